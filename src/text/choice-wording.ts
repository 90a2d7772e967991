import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { choiceWordingDe } from './lexicon/choice-wording-de.js'
import { choiceWordingEn } from './lexicon/choice-wording-en.js'
import { choiceWordingEs } from './lexicon/choice-wording-es.js'
import { choiceWordingFr } from './lexicon/choice-wording-fr.js'
import { choiceWordingNl } from './lexicon/choice-wording-nl.js'
import { normalizeText } from './match-topic.js'
import { anyOfSource, compiledOnce, findEntries } from './phrase-pattern.js'
import { wordCount } from './split-sentences.js'

/** The words of one language that say which way an option of a choice goes. */
export interface ChoiceWordingLexicon {
  /** Ending the subscription or contract: "Cancel membership", "Continue to cancel". */
  leave: readonly string[]
  /** What keeps the user paying or costs them: keeping the plan, accepting an offer or add-on,
   * switching plans, pausing instead of leaving, accepting all cookies. */
  keep: readonly string[]
  /** Declining an offer or extra: "No thanks", "Reject all", "Skip". */
  decline: readonly string[]
  /** What a choice about cookies or personal data is about: such a choice is consent, not a
   * subscription's offer or its way out. */
  consentTopics: readonly string[]
  /** Labels that, standing alone, only close a form or dialog ("Cancel", "Close"): no side of a choice. */
  dismissal: readonly string[]
}

const LEXICONS: Readonly<Record<Language, ChoiceWordingLexicon>> = {
  en: choiceWordingEn,
  de: choiceWordingDe,
  fr: choiceWordingFr,
  es: choiceWordingEs,
  nl: choiceWordingNl,
}

/** What an option does: `leave` and `decline` save the user money, `keep` costs them. */
export type ChoiceKind = 'leave' | 'keep' | 'decline'
export type ChoiceSide = 'costly' | 'saving'

export interface ChoiceWording extends HeuristicResult {
  kind?: ChoiceKind
  side?: ChoiceSide
}

// Options are button and link labels; a longer text is a sentence that merely mentions a choice.
const MAX_OPTION_WORDS = 12

const wholePattern = compiledOnce((entries: readonly string[]) => new RegExp(`^(?:${anyOfSource(entries)})$`, 'iu'))
const isWhole = (text: string, entries: readonly string[]): boolean => wholePattern(entries).test(text)

/** Which side of a choice the label of an option stands for. Leaving wins over keeping ("Yes,
 * cancel"), keeping over declining ("No, keep my plan"); a bare "Cancel" that closes a form is
 * neither. */
export function choiceWording(text: string, options: HeuristicOptions = {}): ChoiceWording {
  const label = normalizeText(text)
  // A question ("How do I cancel my subscription?") opens an answer; it does not choose anything.
  if (!label || wordCount(label) > MAX_OPTION_WORDS || label.endsWith('?')) return { match: false, evidence: [] }
  const bare = label.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  const lexicons = languagesFor(label, options.lang).map((l) => LEXICONS[l])
  if (lexicons.some((lex) => isWhole(bare, lex.dismissal))) return { match: false, evidence: [] }
  const order: [ChoiceKind, ChoiceSide][] = [
    ['leave', 'saving'],
    ['keep', 'costly'],
    ['decline', 'saving'],
  ]
  for (const [kind, side] of order) {
    const evidence = lexicons.flatMap((lex) => findEntries(label, lex[kind]))
    if (evidence.length) return { match: true, kind, side, evidence: [...new Set(evidence)] }
  }
  return { match: false, evidence: [] }
}

/** Whether the text around a choice makes it one about cookies or personal data. */
export function isConsentChoice(context: string, options: HeuristicOptions = {}): boolean {
  const text = normalizeText(context)
  return languagesFor(text, options.lang).some((l) => findEntries(text, LEXICONS[l].consentTopics).length > 0)
}
