import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { urgencyDe } from './lexicon/urgency-de.js'
import { urgencyEn } from './lexicon/urgency-en.js'
import { urgencyEs } from './lexicon/urgency-es.js'
import { urgencyFr } from './lexicon/urgency-fr.js'
import { urgencyNl } from './lexicon/urgency-nl.js'
import { normalizeText } from './match-topic.js'
import { anyOfSource, compiledOnce, findEntries } from './phrase-pattern.js'

/** The words of one language that put a deadline on an offer. */
export interface UrgencyLexicon {
  /** Phrases that set a deadline or say time is short: "offer ends", "only today", "limited time". */
  deadlines: readonly string[]
  /** Time units as countdowns write them, two letters or more: "days", "hrs", "min". */
  timeUnits: readonly string[]
  /** One-letter units, read only right after a number ("16h 59m 06s"). */
  timeUnitLetters: readonly string[]
  /** The units of seconds, in both lists' spellings: a running countdown shows them, a duration
   * ("1 hour 20 minutes") seldom does. */
  secondsUnits: readonly string[]
  /** Words just before a clock that make it a time left rather than a time of day: "in", "within". */
  countdownCues: readonly string[]
  /** Words just after a clock that say the same: "left", "remaining". */
  timeLeft: readonly string[]
}

const LEXICONS: Readonly<Record<Language, UrgencyLexicon>> = {
  en: urgencyEn,
  de: urgencyDe,
  fr: urgencyFr,
  es: urgencyEs,
  nl: urgencyNl,
}

// A clock with seconds ("13:09:27") is a countdown: times of day are not written to the second.
const CLOCK_WITH_SECONDS = /(?<![\d:])\d{1,2}\s?:\s?\d{2}\s?:\s?\d{2}(?:\s?:\s?\d{2})?(?![\d:])/gu
const CLOCK = '(?<![\\d:])\\d{1,2}\\s?:\\s?\\d{2}(?![\\d:])'

interface Timers {
  unitPair: RegExp
  unitRun: RegExp
  unitLabels: RegExp
  cuedClock: RegExp
}

const timersFor = compiledOnce((lexicon: UrgencyLexicon): Timers => {
  const units = [...lexicon.timeUnits].sort((a, b) => b.length - a.length).map((u) => u.replace(/\./g, '\\.'))
  const letters = lexicon.timeUnitLetters.join('')
  const unit = `(?:${units.join('|')}${letters ? `|[${letters}]` : ''})`
  const word = anyOfSource(lexicon.timeUnits)
  const pair = `\\d+\\s?${unit}(?!\\p{L})`
  return {
    // "2 Hours 57 Minutes", "16H 59M 06S", "0DAYS22HOURS": a number glued or spaced to its unit.
    unitPair: new RegExp(`\\d+\\s?(${unit})(?!\\p{L})`, 'giu'),
    unitRun: new RegExp(`${pair}(?:[\\s:,.]*(?:\\d+\\s+)*${pair})+`, 'giu'),
    // "DAYS HRS MINS SECS": the labels under a countdown whose digits did not come through.
    unitLabels: new RegExp(`${word}(?:[\\s:.,\\d]+${word}){2,}`, 'iu'),
    // "ends in 04:53", "reserved for 19:10", "08:48 minutes", "04:53 left".
    cuedClock: new RegExp(
      `${anyOfSource(lexicon.countdownCues)}[\\s:]*${CLOCK}|${CLOCK}\\s*(?:${anyOfSource([...lexicon.timeUnits, ...lexicon.timeLeft])})`,
      'iu',
    ),
  }
})

function countdownsIn(text: string, lexicon: UrgencyLexicon): string[] {
  const found = [...text.matchAll(CLOCK_WITH_SECONDS)].map((m) => m[0])
  const timers = timersFor(lexicon)
  // Units in a row make a countdown when there are three of them or one is seconds: "1 hour 20
  // minutes" is a duration, "2 m by 3 m" a size, and "10M" far from "10 seconds" two separate things.
  for (const run of text.matchAll(timers.unitRun)) {
    const units = new Set([...run[0].matchAll(timers.unitPair)].map((m) => (m[1] ?? '').toLowerCase()))
    const ticking = [...units].some((u) => lexicon.secondsUnits.includes(u))
    if (units.size >= 3 || (units.size === 2 && ticking)) found.push(run[0])
  }
  const labels = timers.unitLabels.exec(text)?.[0]
  if (labels) found.push(labels)
  const cued = timers.cuedClock.exec(text)?.[0]
  if (cued) found.push(cued)
  return found
}

/** Whether `text` puts a deadline on an offer: a countdown ("Offer ends in 10:00", "2d 13:49:51
 * left") or limited-time wording ("Only today", "Limited time only", "Angebot endet in"). The text
 * only nominates: whether the deadline is real takes reloading the page. */
export function urgency(text: string, options: HeuristicOptions = {}): HeuristicResult {
  const normalized = normalizeText(text)
  const deadlines: string[] = []
  const countdowns: string[] = []
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    deadlines.push(...findEntries(normalized, lexicon.deadlines))
    countdowns.push(...countdownsIn(normalized, lexicon))
  }
  if (deadlines.length + countdowns.length === 0) return { match: false, evidence: [] }
  const score = countdowns.length && deadlines.length ? 1 : countdowns.length ? 0.9 : 0.7
  return { match: true, score, evidence: [...new Set([...countdowns, ...deadlines])] }
}
