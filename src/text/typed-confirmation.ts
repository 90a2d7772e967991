import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { typedConfirmationDe } from './lexicon/typed-confirmation-de.js'
import { typedConfirmationEn } from './lexicon/typed-confirmation-en.js'
import { typedConfirmationEs } from './lexicon/typed-confirmation-es.js'
import { typedConfirmationFr } from './lexicon/typed-confirmation-fr.js'
import { typedConfirmationNl } from './lexicon/typed-confirmation-nl.js'
import { normalizeText } from './match-topic.js'
import { anyOfSource, compiledOnce } from './phrase-pattern.js'

/** The words of one language that ask the user to type a given word or phrase. */
export interface TypedConfirmationLexicon {
  /** Instructions to type, just before the word to be typed: "type", "enter", "geben Sie". */
  instructions: readonly string[]
}

const LEXICONS: Readonly<Record<Language, TypedConfirmationLexicon>> = {
  en: typedConfirmationEn,
  de: typedConfirmationDe,
  fr: typedConfirmationFr,
  es: typedConfirmationEs,
  nl: typedConfirmationNl,
}

// The phrase to type is set apart: in quotes of any kind, or in capitals ("type CANCEL").
const QUOTED = `["“„'‘«‹]([^"“”'’»›]{2,40})["”“'’»›]`
const CAPITALS = `(\\p{Lu}{3,}(?:\\s\\p{Lu}{3,}){0,3})(?!\\p{L})`

// Case is ignored in the instruction but not in the phrase: "CANCEL" is set apart by its capitals.
const PHRASE = new RegExp(`^\\s*:?\\s*(?:${QUOTED}|${CAPITALS})`, 'u')

const instructionsOf = compiledOnce((lexicon: TypedConfirmationLexicon) => new RegExp(anyOfSource(lexicon.instructions), 'giu'))

export interface TypedConfirmation extends HeuristicResult {
  /** The word or phrase the user is told to type. */
  phrase?: string
}

/** Whether `text` tells the user to type a set word or phrase, as a field's label or hint does
 * ("Type CANCEL to confirm"). An e-mail or password asked for is not a set phrase. */
export function typedConfirmation(text: string, options: HeuristicOptions = {}): TypedConfirmation {
  const label = normalizeText(text)
  for (const lang of languagesFor(label, options.lang)) {
    for (const instruction of label.matchAll(instructionsOf(LEXICONS[lang]))) {
      const after = label.slice((instruction.index ?? 0) + instruction[0].length)
      const m = PHRASE.exec(after)
      const phrase = (m?.[1] ?? m?.[2])?.trim()
      if (m && phrase) return { match: true, phrase, evidence: [`${instruction[0]}${m[0]}`] }
    }
  }
  return { match: false, evidence: [] }
}
