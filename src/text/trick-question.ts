import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { trickQuestionDe } from './lexicon/trick-question-de.js'
import { trickQuestionEn } from './lexicon/trick-question-en.js'
import { trickQuestionEs } from './lexicon/trick-question-es.js'
import { trickQuestionFr } from './lexicon/trick-question-fr.js'
import { trickQuestionNl } from './lexicon/trick-question-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'
import { splitSentences } from './split-sentences.js'

/** The words of one language that consent checkboxes are worded with. */
export interface TrickQuestionLexicon {
  /** Acting on a box: "tick", "check", "select", "box". */
  boxActions: readonly string[]
  /** Acting on a box the other way: "untick", "uncheck", "leave blank". Each counts as a negation. */
  boxNegations: readonly string[]
  /** Negation words: "not", "don't", "never". A negation spelt in two parts ("ne … pas") is listed
   * by one part only, so that it counts once. */
  negations: readonly string[]
  /** What the consent is about: receiving, being contacted, e-mails, offers, sharing. */
  consentTopics: readonly string[]
  /** What introduces a condition: "if you", "wenn sie". */
  conditions: readonly string[]
  /** A box action turned into its opposite by a negation ("do not tick", "kreuzen Sie nicht an"). */
  negatedActionTemplates: readonly string[]
  /** A condition that refuses ("if you do not wish"), over the lists above. */
  refusalTemplates: readonly string[]
  /** Verbs that withdraw from messages or a service ("unsubscribe", "opt out", "abmelden"): saying
   * no in one word, so that a negation on them ("I don't want to unsubscribe") is a double negative. */
  optOuts: readonly string[]
}

const LEXICONS: Readonly<Record<Language, TrickQuestionLexicon>> = {
  en: trickQuestionEn,
  de: trickQuestionDe,
  fr: trickQuestionFr,
  es: trickQuestionEs,
  nl: trickQuestionNl,
}

interface SentenceReading {
  negations: string[]
  reversal: string[]
}

function readSentence(sentence: string, lexicon: TrickQuestionLexicon): SentenceReading | undefined {
  const actions = findEntries(sentence, lexicon.boxActions)
  const boxNegations = findEntries(sentence, lexicon.boxNegations)
  if (actions.length + boxNegations.length === 0) return undefined
  if (findEntries(sentence, lexicon.consentTopics).length === 0) return undefined
  const negations = [...boxNegations, ...findEntries(sentence, lexicon.negations)]
  const negatedAction =
    boxNegations.length > 0 || lexicon.negatedActionTemplates.some((t) => findTemplate(sentence, t, lexicon).length > 0)
  const refusal = lexicon.refusalTemplates.flatMap((t) => findTemplate(sentence, t, lexicon))
  // Ticking a box to say no turns the usual meaning of a tick around.
  const reversal = !negatedAction && actions.length > 0 && refusal.length > 0 ? [...refusal, actions[0] ?? ''] : []
  return { negations, reversal }
}

/** Whether `text` words a consent choice so that it reads the wrong way round: two or more
 * negations in one opt-in or opt-out sentence ("Uncheck this box if you do not wish to not be
 * contacted"), or a box to tick in order to refuse ("If you do not want our e-mails, tick this
 * box"). Only sentences about a box and about consent (messages, contact, sharing) count. */
export function trickQuestion(text: string, options: HeuristicOptions = {}): HeuristicResult {
  const normalized = normalizeText(text)
  let best = 0
  const evidence: string[] = []
  for (const lang of languagesFor(normalized, options.lang)) {
    for (const sentence of splitSentences(normalized)) {
      const reading = readSentence(sentence, LEXICONS[lang])
      if (!reading) continue
      const count = reading.negations.length
      const score = count >= 3 ? 1 : count === 2 ? 0.8 : reading.reversal.length ? 0.7 : 0
      if (score === 0) continue
      best = Math.max(best, score)
      evidence.push(...(count >= 2 ? reading.negations : reading.reversal))
    }
  }
  if (best === 0) return { match: false, evidence: [] }
  return { match: true, score: best, evidence: [...new Set(evidence)] }
}

/** Longer captions are explanations, not the statement of one choice. */
const MAX_CHOICE_WORDS = 25

/** The negations in the sentence that states a choice (the first of `text`), up to the thing chosen
 * (its first consent topic, when it names one): negation words and withdrawing verbs
 * ("unsubscribe"), each word once, so that "no ads and no newsletters" is one
 * refusal while "Ich möchte keine Versicherungen doch nicht abschließen" stacks two. Empty for a
 * text too long to be one choice. */
export function choiceNegations(text: string, options: HeuristicOptions = {}): string[] {
  const [first] = splitSentences(normalizeText(text))
  if (!first || first.split(' ').length > MAX_CHOICE_WORDS) return []
  let best: string[] = []
  for (const lang of languagesFor(first, options.lang)) {
    const lexicon = LEXICONS[lang]
    // What follows the thing chosen is an aside ("Send me offers, you can unsubscribe at any time").
    // A topic word that opens the label is its title ("Newsletter: I do not wish to…").
    const lower = first.toLowerCase()
    const at = findEntries(first, lexicon.consentTopics)
      .map((topic) => lower.indexOf(topic.toLowerCase(), 1))
      .filter((i) => i > 0)
    const choice = at.length ? first.slice(0, Math.min(...at)) : first
    const found = [...findEntries(choice, lexicon.boxNegations), ...findEntries(choice, lexicon.negations), ...findEntries(choice, lexicon.optOuts)]
    const distinct = [...new Set(found.map((w) => w.toLowerCase()))]
    if (distinct.length > best.length) best = distinct
  }
  return best
}

/** Whether `text` names something a consent box is about (messages, contact, sharing data), in the
 * words of its language. */
export function consentTopicOf(text: string, options: HeuristicOptions = {}): string | undefined {
  const normalized = normalizeText(text)
  for (const lang of languagesFor(normalized, options.lang)) {
    const [topic] = findEntries(normalized, LEXICONS[lang].consentTopics)
    if (topic) return topic
  }
  return undefined
}
