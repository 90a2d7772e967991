import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { confirmshamingDe } from './lexicon/confirmshaming-de.js'
import { confirmshamingEn } from './lexicon/confirmshaming-en.js'
import { confirmshamingEs } from './lexicon/confirmshaming-es.js'
import { confirmshamingFr } from './lexicon/confirmshaming-fr.js'
import { confirmshamingNl } from './lexicon/confirmshaming-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'
import { splitSentences, wordCount } from './split-sentences.js'

/** The words of one language that shaming decline options are made of. */
export interface ConfirmshamingLexicon {
  /** What opens a refusal: "no thanks", "nah". On its own it is an ordinary decline. */
  openers: readonly string[]
  /** The speaker refusing or disliking something: "i don't want", "i hate", "i'd rather not". */
  refusals: readonly string[]
  /** What the user is told they give up by declining: savings, deals, free things, being better off. */
  benefits: readonly string[]
  /** The speaker choosing: "i'll", "i'd rather", "i prefer". */
  choices: readonly string[]
  /** A choice worded as a loss or a failing: "pay full price", "stay uninformed", "the hard way". */
  losses: readonly string[]
  /** Saying that a benefit does not suit the speaker: "isn't for me". */
  notForMe: readonly string[]
  /** Words that make a refusal an ordinary choice about messages or stored data ("I don't want to
   * receive offers by e-mail", "No, don't save my card"): receiving, e-mails, cards, passwords. */
  ordinary: readonly string[]
  /** Verbs after a refusal that turn it into wanting the benefit: "I don't want to miss deals". */
  inverters: readonly string[]
  /** Negations: one in or just before a choice of a loss turns it around ("I'd rather not pay full
   * price", "No quiero pagar el precio completo"). */
  negations: readonly string[]
  /** Refusing or disowning a benefit, in this language's word order, over the lists above. */
  refusalTemplates: readonly string[]
  /** Choosing a loss, in this language's word order, over the lists above. */
  lossTemplates: readonly string[]
}

const LEXICONS: Readonly<Record<Language, ConfirmshamingLexicon>> = {
  en: confirmshamingEn,
  de: confirmshamingDe,
  fr: confirmshamingFr,
  es: confirmshamingEs,
  nl: confirmshamingNl,
}

// A decline option is a button or link label: a sentence longer than this is body text, where
// "I would happily pay full price for boots this good" is an opinion, not a choice offered.
const MAX_LABEL_WORDS = 25

const clauseFrom = (sentence: string, phrase: string): string => {
  const start = Math.max(0, sentence.indexOf(phrase))
  const rest = sentence.slice(start)
  return rest.split(/[.!?;]/)[0] ?? rest
}

// The word just before `phrase`, where a negation of the whole phrase stands ("No quiero pagar …");
// none after punctuation, which ends an opener ("No, prefiero pagar …").
const wordBefore = (sentence: string, phrase: string): string => {
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(phrase)))
  return /[\p{L}\p{N}']\s*$/u.test(before) ? (before.trim().split(/\s+/).at(-1) ?? '') : ''
}

function shamingPhrases(sentence: string, lexicon: ConfirmshamingLexicon): string[] {
  const found: string[] = []
  for (const template of lexicon.refusalTemplates) {
    for (const phrase of findTemplate(sentence, template, lexicon)) {
      const clause = clauseFrom(sentence, phrase)
      // "I don't want to receive offers by e-mail" declines messages and says nothing about the user.
      if (findEntries(clause, lexicon.ordinary).length) continue
      const refusal = findEntries(clause, lexicon.refusals)[0] ?? ''
      const afterRefusal = clause.toLowerCase().startsWith(refusal.toLowerCase()) ? clause.slice(refusal.length) : clause
      if (findEntries(afterRefusal, lexicon.inverters).length) continue
      found.push(phrase)
    }
  }
  for (const template of lexicon.lossTemplates) {
    for (const phrase of findTemplate(sentence, template, lexicon)) {
      if (findEntries(`${wordBefore(sentence, phrase)} ${phrase}`, lexicon.negations).length === 0) found.push(phrase)
    }
  }
  return found
}

/** Whether `text`, the label of a decline option, shames or guilts the user for declining: a
 * refusal tied to a benefit given up ("No thanks, I hate saving on groceries") or a choice worded as
 * a loss ("I'll stick with paying full price"). A plain "No thanks" is not. */
export function confirmshaming(text: string, options: HeuristicOptions = {}): HeuristicResult {
  const normalized = normalizeText(text)
  const words = wordCount(normalized)
  const units =
    words <= MAX_LABEL_WORDS ? [normalized] : splitSentences(normalized).filter((s) => wordCount(s) <= MAX_LABEL_WORDS)
  const evidence: string[] = []
  let opened = false
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    for (const unit of units) {
      const phrases = shamingPhrases(unit, lexicon)
      if (phrases.length === 0) continue
      const opener = findEntries(unit, lexicon.openers)[0]
      if (opener && unit.toLowerCase().startsWith(opener.toLowerCase())) {
        opened = true
        evidence.push(opener)
      }
      evidence.push(...phrases)
    }
  }
  if (evidence.length === 0) return { match: false, evidence: [] }
  const score = Math.min(1, 0.7 + (opened ? 0.2 : 0) + (words <= 15 ? 0.1 : 0))
  return { match: true, score, evidence: [...new Set(evidence)] }
}
