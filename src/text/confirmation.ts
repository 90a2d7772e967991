import type { HeuristicResult } from './heuristic-result.js'
import { confirmationDe } from './lexicon/confirmation-de.js'
import { confirmationEn } from './lexicon/confirmation-en.js'
import { confirmationEs } from './lexicon/confirmation-es.js'
import { confirmationFr } from './lexicon/confirmation-fr.js'
import { confirmationNl } from './lexicon/confirmation-nl.js'
import { confirmationNo } from './lexicon/confirmation-no.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'

/** The words of one language that a page uses to confirm that something the user did went through. */
export interface ConfirmationLexicon {
  /** An order, a purchase, a payment or a paid subscription went through: "thank you for your
   * purchase", "Paiement effectué", "Abonnement souscrit". */
  orderPlaced: readonly string[]
  /** A subscription or contract was cancelled or has a last day: "subscription cancelled",
   * "gekündigt", "résiliation enregistrée". */
  cancelled: readonly string[]
  /** The user was taken off a mailing list: "you are unsubscribed", "vom Newsletter abgemeldet". */
  unsubscribed: readonly string[]
  /** A reference the business keeps for the order: "order number", "Bestellnummer", "Commande #". */
  references: readonly string[]
  /** When a cancellation takes effect, in words: "immediately", "at the end of your billing period". */
  endTimings: readonly string[]
  /** What a contract is called: "subscription", "Abo", "abonnement". */
  subjects: readonly string[]
  /** Mailings, which end without a date or a charge to stop: "newsletter", "nyhetsbrev". */
  mailings: readonly string[]
  /** Words that turn a confirmation around ("has not been cancelled"). */
  negations: readonly string[]
  /** A confirmation turned around by a negation, over the lists above. */
  negatedTemplates: readonly string[]
}

/** Every list is searched on every text: a confirmation phrase says the same in a page of any
 * declared language, and sites declare the wrong one (a French app shipped with `lang="en"`).
 * Norwegian is here although no other heuristic reads it: the phrases of a confirmation are few. */
const LEXICONS: readonly ConfirmationLexicon[] = [confirmationEn, confirmationDe, confirmationFr, confirmationEs, confirmationNl, confirmationNo]

export type ConfirmationKind = 'order' | 'cancellation' | 'unsubscription'

const LIST: Record<ConfirmationKind, keyof ConfirmationLexicon> = {
  order: 'orderPlaced',
  cancellation: 'cancelled',
  unsubscription: 'unsubscribed',
}

const find = (text: string, list: keyof ConfirmationLexicon): string[] => LEXICONS.flatMap((lexicon) => findEntries(text, lexicon[list]))

/** Whether `text` confirms that an order went through (`order`), that a subscription was cancelled
 * (`cancellation`) or that the user left a mailing list (`unsubscription`). "Has not been cancelled"
 * confirms nothing. */
export function confirms(text: string | undefined, kind: ConfirmationKind): HeuristicResult {
  if (!text) return { match: false, evidence: [] }
  const normalized = normalizeText(text)
  const found = find(normalized, LIST[kind])
  if (found.length === 0) return { match: false, evidence: [] }
  const negated = LEXICONS.some((lexicon) => lexicon.negatedTemplates.some((t) => findTemplate(normalized, t, lexicon).length > 0))
  if (negated) return { match: false, evidence: [] }
  return { match: true, score: 1, evidence: found }
}

/** The first words of `text` that say one of `list`'s things (a reference number, an end timing, a
 * contract's name, a mailing), as written; undefined when none do. */
export function confirmationWords(text: string | undefined, list: 'references' | 'endTimings' | 'subjects' | 'mailings'): string | undefined {
  if (!text) return undefined
  return find(normalizeText(text), list)[0]
}
