import { LANGUAGES, type Language } from './detect-language.js'
import { withdrawalButtonDe } from './lexicon/withdrawal-button-de.js'
import { withdrawalButtonEn } from './lexicon/withdrawal-button-en.js'
import { withdrawalButtonEs } from './lexicon/withdrawal-button-es.js'
import { withdrawalButtonFr } from './lexicon/withdrawal-button-fr.js'
import { withdrawalButtonNl } from './lexicon/withdrawal-button-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language for the withdrawal function of CRD Art. 11a (as transposed, e.g. BGB
 * § 356a): the label the directive gives ("withdraw from contract here") and equally unambiguous
 * wordings. */
export interface WithdrawalButtonLexicon {
  /** Labels of a button or link that withdraws from the contract. */
  labels: readonly string[]
  /** Words that mention the right of withdrawal in running text ("Widerrufsrecht"): information
   * about it, not a way to use it. */
  mentions: readonly string[]
}

export const WITHDRAWAL_LEXICONS: Readonly<Record<Language, WithdrawalButtonLexicon>> = {
  en: withdrawalButtonEn,
  de: withdrawalButtonDe,
  fr: withdrawalButtonFr,
  es: withdrawalButtonEs,
  nl: withdrawalButtonNl,
}

/** The withdrawal wording a control's label uses, in any language; undefined when it has none. The
 * labels are specific enough to be read in every language: a site's own language is often not the
 * only one on its pages. */
export function withdrawalLabelIn(label: string): string | undefined {
  const text = normalizeText(label)
  for (const lang of LANGUAGES) {
    const found = findEntries(text, WITHDRAWAL_LEXICONS[lang].labels)[0]
    if (found) return found
  }
  return undefined
}

/** A mention of the right of withdrawal in running text, in any language. */
export function withdrawalMentionIn(text: string): string | undefined {
  const normal = normalizeText(text)
  for (const lang of LANGUAGES) {
    const found = findEntries(normal, WITHDRAWAL_LEXICONS[lang].mentions)[0]
    if (found) return found
  }
  return undefined
}
