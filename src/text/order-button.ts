import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { orderButtonDe } from './lexicon/order-button-de.js'
import { orderButtonEn } from './lexicon/order-button-en.js'
import { orderButtonEs } from './lexicon/order-button-es.js'
import { orderButtonFr } from './lexicon/order-button-fr.js'
import { orderButtonNl } from './lexicon/order-button-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'
import { splitSentences } from './split-sentences.js'

/** The words of one language that an order button uses to say, or fail to say, that pressing it
 * commits the consumer to pay (CRD Art. 8(2), BGB § 312j(3), CCRs reg. 14(3)). */
export interface OrderButtonLexicon {
  /** Wordings that on their own say the click costs money: "zahlungspflichtig bestellen", "buy now",
   * "subscribe and pay", "start paid membership". */
  obligations: readonly string[]
  /** Verbs of paying ("pay", "bezahlen"): they say it too, unless they only name how to pay. */
  payVerbs: readonly string[]
  /** Means of payment a label can name instead of the obligation: "with PayPal", "mit Kreditkarte". */
  paymentMethods: readonly string[]
  /** Verbs of ordering or joining ("subscribe", "abonnieren"): with the amount beside them the label
   * says what the click costs ("Subscribe for $9.99/month"). */
  orderVerbs: readonly string[]
  /** Words that say the start is free: with them, an amount is the later price, not this click's. */
  freeWords: readonly string[]
  /** Labels of fields that take payment details (card, IBAN): the page that has them is where the
   * order is placed. */
  paymentFields: readonly string[]
  /** Labels that place an order or start a subscription, whether or not they say it costs money:
   * "Confirm order", "Bestellen", "Souscrire". A label of one of these is an order button. */
  placeOrder: readonly string[]
  /** Labels that lead to the basket or the checkout, a step before the order: "Add to cart",
   * "Zur Kasse". */
  toBasket: readonly string[]
  /** How terms name the button they apply to: "By clicking", "Mit Klick auf", "En cliquant sur". */
  clickPhrases: readonly string[]
  /** Commitments that cost money by their nature, with no price beside them: "upgrade", "be charged". */
  paidChanges: readonly string[]
}

const LEXICONS: Readonly<Record<Language, OrderButtonLexicon>> = {
  en: orderButtonEn,
  de: orderButtonDe,
  fr: orderButtonFr,
  es: orderButtonEs,
  nl: orderButtonNl,
}

// A sum of money as labels write it: "$9.99", "9,99 €", "EUR 12".
const AMOUNT = /(?:[$€£]|\b(?:usd|eur|gbp|chf)\b)\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:[$€£]|\b(?:usd|eur|gbp|chf|euros?)\b)/iu

export interface OrderButtonResult extends HeuristicResult {
  /** The means of payment the label names in place of the obligation ("Mit PayPal"), if that is
   * what it does. */
  paymentMethod?: string
}

/** Whether an order button's label says that pressing it commits the consumer to pay. `match` is
 * true when it does; `evidence` holds the wording that says it, or (with `paymentMethod`) the means of
 * payment named instead. */
export function statesObligationToPay(label: string, options: HeuristicOptions = {}): OrderButtonResult {
  const text = normalizeText(label)
  const amount = AMOUNT.exec(text)?.[0]
  let method: string | undefined
  for (const lang of languagesFor(text, options.lang)) {
    const lexicon = LEXICONS[lang]
    const obligations = findEntries(text, lexicon.obligations)
    if (obligations.length) return { match: true, score: 1, evidence: obligations }
    const pay = findEntries(text, lexicon.payVerbs)
    const methods = findEntries(text, lexicon.paymentMethods)
    // "Pay $9.99" says what the click costs; "Mit PayPal bezahlen" says only how.
    if (pay.length && (amount || methods.length === 0)) return { match: true, score: 1, evidence: amount ? [...pay, amount] : pay }
    method ??= methods[0]
    const verbs = findEntries(text, lexicon.orderVerbs)
    if (verbs.length && amount && findEntries(text, lexicon.freeWords).length === 0) {
      return { match: true, score: 0.8, evidence: [...verbs, amount] }
    }
  }
  return method ? { match: false, evidence: [method], paymentMethod: method } : { match: false, evidence: [] }
}

/** Whether a field's label asks for payment details (a card number, an IBAN). */
export function isPaymentField(label: string, options: HeuristicOptions = {}): boolean {
  const text = normalizeText(label)
  return languagesFor(text, options.lang).some((lang) => findEntries(text, LEXICONS[lang].paymentFields).length > 0)
}

/** Whether a control's label places an order or starts a subscription ("Confirm order", "Bestellen",
 * "Souscrire à l'abonnement"), as opposed to leading to the basket or checkout ("Add to cart",
 * "Zur Kasse"). */
export function isOrderWording(label: string, options: HeuristicOptions = {}): boolean {
  const text = normalizeText(label)
  if (!text || text.length > 80 || leadsToBasket(text, options)) return false
  return languagesFor(text, options.lang).some((lang) => {
    const lexicon = LEXICONS[lang]
    return findEntries(text, lexicon.placeOrder).length > 0 || findEntries(text, lexicon.obligations).length > 0
  })
}

/** Whether a control's label leads to the basket or the checkout ("Add to cart", "Zur Kasse"): a
 * step before the order, not the order. */
export function leadsToBasket(label: string, options: HeuristicOptions = {}): boolean {
  const text = normalizeText(label)
  return languagesFor(text, options.lang).some((lang) => findEntries(text, LEXICONS[lang].toBasket).length > 0)
}

const firstWord = (label: string): string | undefined => /[\p{L}\p{N}]+/u.exec(normalizeText(label).toLowerCase())?.[0]

/** The sentence of `text` that names the button `label` as the click that commits to order, subscribe
 * or pay, and whether what it commits to costs money by its nature (`paid`: an upgrade, a charge): "By clicking Next, you agree to upgrade to Deluxe", "En cliquant sur « Souscrire », vous
 * acceptez de vous abonner". Terms that name the button only for accepting conditions ("By clicking
 * Sign up you agree to our Terms") do not count. */
export function termsNamingButton(text: string, label: string, options: HeuristicOptions = {}): { sentence: string; paid: boolean } | undefined {
  const word = firstWord(label)
  if (!word) return undefined
  for (const sentence of splitSentences(normalizeText(text))) {
    const lower = sentence.toLowerCase()
    for (const lang of languagesFor(sentence, options.lang)) {
      const lexicon = LEXICONS[lang]
      const phrase = findEntries(lower, lexicon.clickPhrases)[0]
      if (!phrase) continue
      const after = lower.slice(lower.indexOf(phrase) + phrase.length)
      // The first word after "By clicking", past quotes and guillemets, is the button's name.
      const named = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(after)
      if (named?.[1] !== word) continue
      const rest = after.slice(named[0].length)
      // "Upgrade", "pay" or "be charged" cost money by themselves; "subscribe" or "order" only with a price.
      const paid = [lexicon.obligations, lexicon.payVerbs, lexicon.paidChanges].some((list) => findEntries(rest, list).length > 0)
      if (paid || [lexicon.placeOrder, lexicon.orderVerbs].some((list) => findEntries(rest, list).length > 0)) return { sentence, paid }
    }
  }
  return undefined
}
