import { billingMessageDe } from './lexicon/billing-message-de.js'
import { billingMessageEn } from './lexicon/billing-message-en.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language that tell an e-mail asking for or recording a payment. */
export interface BillingMessageLexicon {
  /** An invoice, a receipt, a charge made or due, a payment reminder. */
  billing: readonly string[]
  /** Money going back to the customer: a refund receipt is not a bill. */
  refunds: readonly string[]
}

const LEXICONS: readonly BillingMessageLexicon[] = [billingMessageEn, billingMessageDe]

/** The words that make `text` a bill (an invoice, receipt, charge or payment reminder); empty when
 * it is none, or when it speaks of a refund. */
export function billingWords(text: string): string[] {
  const normalized = normalizeText(text)
  if (LEXICONS.some((lexicon) => findEntries(normalized, lexicon.refunds).length > 0)) return []
  return [...new Set(LEXICONS.flatMap((lexicon) => findEntries(normalized, lexicon.billing)))]
}
