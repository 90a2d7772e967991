import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions } from './heuristic-result.js'
import { checkoutTermsDe } from './lexicon/checkout-terms-de.js'
import { checkoutTermsEn } from './lexicon/checkout-terms-en.js'
import { checkoutTermsEs } from './lexicon/checkout-terms-es.js'
import { checkoutTermsFr } from './lexicon/checkout-terms-fr.js'
import { checkoutTermsNl } from './lexicon/checkout-terms-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language that name the parts of a checkout: what is charged, what is paid
 * with, what is agreed to. */
export interface CheckoutTermsLexicon {
  /** A charge everyone pays on top of the product: "service fee", "delivery", "processing fee". */
  fees: readonly string[]
  /** The fees that pay for getting the goods to the buyer: "shipping", "Versand", "livraison". A
   * shop states them where delivery is first priced, which may be the basket. */
  delivery: readonly string[]
  /** Saying that delivery costs nothing: "free shipping", "versandkostenfrei", "livraison offerte". */
  freeDelivery: readonly string[]
  /** A tax line: "sales tax", "VAT". */
  taxes: readonly string[]
  /** Saying ahead that tax comes on top: "calculated at checkout", "plus tax". */
  taxNotices: readonly string[]
  /** Saying that the prices shown already hold the tax: "prices include all taxes", "inkl. MwSt.", "TTC". */
  taxIncluded: readonly string[]
  /** The line that adds everything up: "total", "order total". Subtotals are not totals. */
  totals: readonly string[]
  /** Lines that only look like totals: "subtotal". */
  notTotals: readonly string[]
  /** Buying without a subscription: "buy once", "one-time purchase", "skip trial". */
  oneOff: readonly string[]
  /** Fields that take payment details: "card number", "security code", "IBAN". */
  paymentFields: readonly string[]
  /** Things a user may want or not and a purchase does not need: newsletters, offers, partners. */
  optionalConsents: readonly string[]
  /** Things a purchase may need agreement to: terms, privacy notice, age. */
  necessaryConsents: readonly string[]
}

const LEXICONS: Readonly<Record<Language, CheckoutTermsLexicon>> = {
  en: checkoutTermsEn,
  de: checkoutTermsDe,
  fr: checkoutTermsFr,
  es: checkoutTermsEs,
  nl: checkoutTermsNl,
}

export type CheckoutTerm = Exclude<keyof CheckoutTermsLexicon, 'notTotals'>

/** The phrases of `text` that say `term`, as written, in the text's language (or every language
 * when it cannot be told). A total is only a total when no "subtotal" word says otherwise. */
export function checkoutTerms(text: string, term: CheckoutTerm, options: HeuristicOptions = {}): string[] {
  const normalized = normalizeText(text)
  const found: string[] = []
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    if (term === 'totals' && findEntries(normalized, lexicon.notTotals).length > 0) continue
    found.push(...findEntries(normalized, lexicon[term]))
  }
  return [...new Set(found)]
}

export const saysCheckoutTerm = (text: string | undefined, term: CheckoutTerm, options: HeuristicOptions = {}): boolean =>
  text !== undefined && checkoutTerms(text, term, options).length > 0

/** Whether `text` names a line that only looks like a total: a subtotal, total savings. */
export function saysSubtotal(text: string, options: HeuristicOptions = {}): boolean {
  const normalized = normalizeText(text)
  return languagesFor(normalized, options.lang).some((lang) => findEntries(normalized, LEXICONS[lang].notTotals).length > 0)
}

/** `saysCheckoutTerm` for short labels on pages whose declared language may be wrong (a French shop
 * left at `lang="en"`): the declared language first, then what the text itself reads as, or every
 * language when it cannot be told. */
export const saysCheckoutTermLoosely = (text: string | undefined, term: CheckoutTerm, lang: string | undefined): boolean =>
  saysCheckoutTerm(text, term, { lang }) || (lang !== undefined && saysCheckoutTerm(text, term))

export const saysSubtotalLoosely = (text: string, lang: string | undefined): boolean =>
  saysSubtotal(text, { lang }) || (lang !== undefined && saysSubtotal(text))
