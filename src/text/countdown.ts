import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions } from './heuristic-result.js'
import { countdownDe } from './lexicon/countdown-de.js'
import { countdownEn } from './lexicon/countdown-en.js'
import { countdownEs } from './lexicon/countdown-es.js'
import { countdownFr } from './lexicon/countdown-fr.js'
import { countdownNl } from './lexicon/countdown-nl.js'
import { urgencyDe } from './lexicon/urgency-de.js'
import { urgencyEn } from './lexicon/urgency-en.js'
import { urgencyEs } from './lexicon/urgency-es.js'
import { urgencyFr } from './lexicon/urgency-fr.js'
import { urgencyNl } from './lexicon/urgency-nl.js'
import { normalizeText } from './match-topic.js'
import { anyOfSource, compiledOnce, findEntries } from './phrase-pattern.js'
import { urgency, type UrgencyLexicon } from './urgency.js'

/** What reading the time left on a countdown takes in one language. */
export interface CountdownLexicon {
  /** Every way a countdown writes a unit, lower case, with its length in seconds ("hrs": 3600, "m": 60). */
  units: Readonly<Record<string, number>>
  /** Words that make a countdown a claim about an offer or a price rather than a session, a delivery
   * cut-off or a one-time code: "deal", "offer", "% off". */
  offer: readonly string[]
}

const LEXICONS: Readonly<Record<Language, { countdown: CountdownLexicon; urgency: UrgencyLexicon }>> = {
  en: { countdown: countdownEn, urgency: urgencyEn },
  de: { countdown: countdownDe, urgency: urgencyDe },
  fr: { countdown: countdownFr, urgency: urgencyFr },
  es: { countdown: countdownEs, urgency: urgencyEs },
  nl: { countdown: countdownNl, urgency: urgencyNl },
}

/** The time left a countdown shows. */
export interface CountdownReading {
  /** The timer as written ("09:59", "2d 03h 04m"). */
  written: string
  remainingSeconds: number
  /** The smallest unit shown: a reading is exact to within this many seconds. */
  resolutionSeconds: number
}

const FULL_CLOCK = /(?<![\d:])(?:(\d{1,2})\s?:\s?)?(\d{1,2})\s?:\s?(\d{2})\s?:\s?(\d{2})(?![\d:])/u
// A colon after the clock may end a phrase ("ends in 09:59: 3 months free"); only a digit after it
// would make it a longer clock ("10:00:05").
const CLOCK = '(?<![\\d:])(\\d{1,2})\\s?:\\s?(\\d{2})(?!\\d|\\s?:\\s?\\d{2})'

interface Patterns {
  unitRun: RegExp
  unitPair: RegExp
  cuedClock: RegExp
  clockThenUnit: RegExp
  dayBefore: RegExp
}
const patternsFor = compiledOnce((lang: Language): Patterns => {
  const { countdown, urgency: words } = LEXICONS[lang]
  const names = Object.keys(countdown.units).sort((a, b) => b.length - a.length)
  const unit = `(${names.map((n) => n.replace(/\./g, '\\.')).join('|')})`
  const pair = `\\d+\\s?${unit}(?!\\p{L})`
  const dayUnits = names.filter((n) => countdown.units[n] === 86_400)
  return {
    unitRun: new RegExp(`${pair}(?:[\\s:,.]*${pair})*`, 'iu'),
    unitPair: new RegExp(`(\\d+)\\s?${unit}(?!\\p{L})`, 'giu'),
    // Two numbers are minutes and seconds only where the words make them a time left: "ends in
    // 09:59", "04:53 left". "Sale ends at 23:59" is a time of day.
    cuedClock: new RegExp(`${anyOfSource(words.countdownCues)}[\\s:]*${CLOCK}|${CLOCK}\\s*${anyOfSource(words.timeLeft)}`, 'iu'),
    clockThenUnit: new RegExp(`${CLOCK}\\s*${unit}(?!\\p{L})`, 'iu'),
    dayBefore: new RegExp(`(\\d+)\\s?(?:${dayUnits.join('|')})[\\s,]*$`, 'iu'),
  }
})

function readIn(text: string, lang: Language): CountdownReading | undefined {
  const { units } = LEXICONS[lang].countdown
  const p = patternsFor(lang)
  const full = FULL_CLOCK.exec(text)
  if (full) {
    const [written, h1, h2, m, s] = full
    // "1:02:03:04" is days, hours, minutes, seconds; "02:03:04" hours, minutes, seconds.
    let seconds = h1 !== undefined ? Number(h1) * 86_400 + Number(h2) * 3_600 : Number(h2) * 3_600
    seconds += Number(m) * 60 + Number(s)
    const days = p.dayBefore.exec(text.slice(0, full.index))
    if (days && h1 === undefined) return { written: `${days[0]}${written}`.trim(), remainingSeconds: seconds + Number(days[1]) * 86_400, resolutionSeconds: 1 }
    return { written, remainingSeconds: seconds, resolutionSeconds: 1 }
  }
  const clockUnit = p.clockThenUnit.exec(text)
  if (clockUnit) {
    // "04:53 minutes" is minutes and seconds; "02:30 hours" hours and minutes.
    const [written, a, b, unit] = clockUnit
    const hours = (units[(unit ?? '').toLowerCase()] ?? 60) >= 3_600
    return hours
      ? { written, remainingSeconds: Number(a) * 3_600 + Number(b) * 60, resolutionSeconds: 60 }
      : { written, remainingSeconds: Number(a) * 60 + Number(b), resolutionSeconds: 1 }
  }
  const cued = p.cuedClock.exec(text)
  if (cued) {
    const minutes = cued[1] ?? cued[3]
    const seconds = cued[2] ?? cued[4]
    const written = `${minutes}:${seconds}`
    return { written, remainingSeconds: Number(minutes) * 60 + Number(seconds), resolutionSeconds: 1 }
  }
  const run = p.unitRun.exec(text)
  if (run) {
    let remainingSeconds = 0
    let resolutionSeconds = Infinity
    for (const [, amount, unit] of run[0].matchAll(p.unitPair)) {
      const length = units[(unit ?? '').toLowerCase()] ?? 1
      remainingSeconds += Number(amount) * length
      resolutionSeconds = Math.min(resolutionSeconds, length)
    }
    return { written: run[0].trim(), remainingSeconds, resolutionSeconds }
  }
  return undefined
}

/** The time left on a countdown in `text` ("Deal ends in 09:59", "2d 03h 04m 05s left"), when the
 * text puts a deadline on something (see `urgency`); undefined for a clock time, a date or a text
 * without a timer. */
export function readCountdown(text: string, options: HeuristicOptions = {}): CountdownReading | undefined {
  const normalized = normalizeText(text)
  if (!/\d/.test(normalized) || !urgency(normalized, options).match) return undefined
  for (const lang of languagesFor(normalized, options.lang)) {
    const reading = readIn(normalized, lang)
    if (reading) return reading
  }
  return undefined
}

/** The words in `text` that tie a countdown to an offer or a price ("Deal", "60% off"). */
export function offerWordsIn(text: string, options: HeuristicOptions = {}): string[] {
  const normalized = normalizeText(text)
  return [...new Set(languagesFor(normalized, options.lang).flatMap((lang) => findEntries(normalized, LEXICONS[lang].countdown.offer)))]
}

/** Whether `text` is a time unit alone, as a countdown writes it under or beside its digits ("Hours",
 * "MIN", "Sekunden"); one-letter units only where `allowLetters`. */
export function isTimeUnit(text: string, options: HeuristicOptions & { allowLetters?: boolean } = {}): boolean {
  const word = normalizeText(text).trim().toLowerCase().replace(/[.:]$/, '')
  if (!word || (word.length < 2 && !options.allowLetters)) return false
  return languagesFor(word, options.lang).some((lang) => LEXICONS[lang].countdown.units[word] !== undefined) ||
    (options.lang !== undefined && Object.values(LEXICONS).some((l) => l.countdown.units[word] !== undefined))
}

/** `readCountdown` for pages whose declared language may be wrong (a German banner on a page left at
 * `lang="en"`): the declared language first, then what the text reads as. */
export const readCountdownLoosely = (text: string, lang: string | undefined): CountdownReading | undefined =>
  readCountdown(text, { lang }) ?? (lang !== undefined ? readCountdown(text) : undefined)

/** `offerWordsIn` in the declared language and in the one the text reads as. */
export const offerWordsLoosely = (text: string, lang: string | undefined): string[] =>
  [...new Set([...offerWordsIn(text, { lang }), ...(lang !== undefined ? offerWordsIn(text) : [])])]
