import type { FlowTrace, SiteTrace } from '../../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement, TextBlock } from '../../capture/page-snapshot.js'
import { choiceWording, isConsentChoice } from '../../text/choice-wording.js'
import { confirmationWords, confirms } from '../../text/confirmation.js'
import { normalizeText } from '../../text/match-topic.js'
import { isOrderWording, isPaymentField, leadsToBasket, termsNamingButton } from '../../text/order-button.js'
import { type Click, clicksOf, controlLabel } from './clicks.js'
import { fieldNames } from './field-label.js'
import { isPageChrome } from './final-page.js'
import { chainsOf } from './flows.js'
import { costIn, type Price, pricesIn } from './price.js'
import { readingLanguage } from './site-language.js'

/** How a click was recognised as the one that placed an order. */
export type OrderEvidence =
  /** A page confirming the order followed it. */
  | 'confirmed'
  /** It sent the form that holds the payment details. */
  | 'payment-sent'
  /** The page's terms name it as the click that commits ("By clicking Next you agree to upgrade"). */
  | 'named-in-terms'
  /** Its label places an order ("Confirm order") on a page that sums up what is bought, after
   * payment details were given. */
  | 'order-wording'
  /** It accepted a priced offer that had a way to decline beside it ("Yes, add the club" against
   * "No thanks"). */
  | 'offer-accepted'
  /** The scenario marks it as placing the order (`mark: places-order`). */
  | 'marked'

/** A click that placed a paid order, with what the page it was made on showed. */
export interface OrderStep {
  click: Click
  how: OrderEvidence
  /** The fields of the page that took payment details. */
  paymentFields: SnapshotElement[]
  /** The first amount the page asked for, if it showed one. */
  price?: Price
  /** The text of the page after it that confirms the order, if one did. */
  confirmation?: TextBlock
  /** The sentence of the terms that named the button, for `named-in-terms`. */
  terms?: string
}

const mainTexts = (snapshot: PageSnapshot): TextBlock[] => snapshot.texts.filter((t) => t.visible && !isPageChrome(t))

/** The fields of a page that take payment details: a card number, expiry, security code, IBAN, read
 * from the label, the accessible name or the caption beside the field. */
export function paymentFieldsOf(snapshot: PageSnapshot): SnapshotElement[] {
  const lang = readingLanguage(snapshot)
  return snapshot.elements.filter(
    (el) =>
      el.visible &&
      (el.tag === 'input' || el.tag === 'select') &&
      !['checkbox', 'radio', 'submit', 'button', 'hidden'].includes(el.type ?? '') &&
      (/(^|\s)cc-/.test(el.autocomplete ?? '') || isPaymentField(fieldNames(snapshot, el), { lang })),
  )
}

/** The text of `after` that confirms an order and was not on `before` already. */
export function newConfirmation(before: PageSnapshot | undefined, after: PageSnapshot): TextBlock | undefined {
  const earlier = new Set(before ? mainTexts(before).map((t) => normalizeText(t.text)) : [])
  return mainTexts(after).find((t) => !earlier.has(normalizeText(t.text)) && confirms(t.text, 'order').match)
}

const priceOn = (snapshot: PageSnapshot): Price | undefined => mainTexts(snapshot).map((t) => costIn(t.text)).find(Boolean)
const recurringOn = (snapshot: PageSnapshot): boolean => mainTexts(snapshot).some((t) => pricesIn(t.text).some((p) => p.recurring && p.amount > 0))

const isPressable = (el: SnapshotElement): boolean =>
  el.tag === 'button' || el.tag === 'a' || el.role === 'button' || el.role === 'link' || (el.tag === 'input' && ['submit', 'button', 'image'].includes(el.type ?? '')) || Boolean(el.clickable)

const inForm = (el: SnapshotElement, form: string): boolean => el.form === form || el.selector.startsWith(`${form} `) || el.selector.startsWith(`${form}>`) || el.selector.startsWith(`${form} >`)

/** Whether `el` sends the payment fields: a control of their form, or (without a form) a button
 * placed after the last of them, as the submit of a form is. */
function sendsFields(el: SnapshotElement, fields: readonly SnapshotElement[]): boolean {
  if (!isPressable(el)) return false
  const forms = [...new Set(fields.map((f) => f.form).filter((f): f is string => Boolean(f)))]
  if (forms.some((form) => inForm(el, form))) return true
  const lastTop = Math.max(...fields.map((f) => f.box.y))
  return el.box.y >= lastTop && el.box.y - lastTop <= 600
}

const PASSIVE = new Set(['wait', 'expect', 'capture'])

/** The page a click led to and the same page as the steps that only waited or looked at it saw it:
 * a confirmation that renders after the click was captured is still the click's outcome. */
function pagesAfter(click: Click): PageSnapshot[] {
  const pages: PageSnapshot[] = click.after ? [click.after.snapshot] : []
  for (const step of click.flow.steps.filter((s) => s.index > click.step.index)) {
    if (!PASSIVE.has(step.kind)) break
    if (step.snapshot) pages.push(step.snapshot)
  }
  return pages
}

/** Whether a page after the click shows a reference for the order ("Order number", "Booking
 * reference") that the page before it did not. */
function referencedAfter(before: PageSnapshot, click: Click): boolean {
  const earlier = new Set(mainTexts(before).map((t) => normalizeText(t.text)))
  return pagesAfter(click).some((after) =>
    mainTexts(after).some((t) => !earlier.has(normalizeText(t.text)) && confirmationWords(t.text, 'references') !== undefined),
  )
}

/** Whether the click changed what the user sees: another address, or other main text. */
function changedPage(click: Click): boolean {
  const before = new Set(mainTexts(click.before.snapshot).map((t) => normalizeText(t.text)))
  return pagesAfter(click).some(
    (after) => after.url !== click.before.snapshot.url || mainTexts(after).filter((t) => !before.has(normalizeText(t.text))).length >= 2,
  )
}

/** Beyond this vertical distance, px, a "No thanks" belongs to another part of the page than the offer. */
const DECLINE_NEAR_PX = 300

/** Whether `accept` takes up an offer that the page lets the user decline beside it: its label keeps
 * or adds something ("Yes, add the club", "Upgrade"), a control worded as declining stands within
 * reach of it, and neither is about cookies or personal data ("Accept all" / "Reject all" is consent,
 * not a purchase). */
function acceptsOffer(snapshot: PageSnapshot, accept: SnapshotElement | undefined, label: string, lang: string | undefined): boolean {
  if (choiceWording(label, { lang }).kind !== 'keep') return false
  const about = (el: SnapshotElement | undefined, text: string) => [text, el?.contextText ?? '', el?.region ?? ''].join(' ')
  if (isConsentChoice(about(accept, label), { lang })) return false
  return snapshot.elements.some((el) => {
    const text = el.text || el.name
    if (!el.visible || text === label || !isPressable(el) || choiceWording(text, { lang }).kind !== 'decline') return false
    if (isConsentChoice(about(el, text), { lang })) return false
    return !accept || Math.abs(el.box.y - accept.box.y) <= DECLINE_NEAR_PX
  })
}

/** The button that takes up a recurring offer shown with a way to decline beside it ("Yes, add the
 * club" against "No thanks" under "$9.99/month"), whichever the user pressed: the place where the
 * offer is accepted. Undefined on a page without such an offer. */
export function recurringOfferButton(snapshot: PageSnapshot): SnapshotElement | undefined {
  if (!recurringOn(snapshot)) return undefined
  const lang = readingLanguage(snapshot)
  return snapshot.elements.find((el) => el.visible && isPressable(el) && acceptsOffer(snapshot, el, el.text || el.name, lang))
}

interface Candidate extends OrderStep {
  index: number
}

function candidateOf(click: Click, index: number, paidBefore: boolean, pricedBefore: boolean): Candidate | undefined {
  const before = click.before.snapshot
  const lang = readingLanguage(before)
  const label = controlLabel(click)
  const fields = paymentFieldsOf(before)
  const price = priceOn(before)
  const base = { click, index, paymentFields: fields, price }
  const confirmation = pagesAfter(click)
    .map((after) => newConfirmation(before, after))
    .find(Boolean)
  // "Add to cart" and "Proceed to checkout" lead to the order; they do not place it. Unless what
  // followed says otherwise: a page confirming the order with its reference ("Booking confirmed,
  // reference C4X123") comes after an order, whatever the button promised; a checkout's "Thank you
  // for shopping with us" has no reference yet.
  if (label && leadsToBasket(label, { lang }) && !(confirmation && referencedAfter(before, click))) return undefined
  // A free sign-up confirmed is no order: something must have been priced or paid for.
  if (confirmation && (fields.length > 0 || price || paidBefore)) return { ...base, how: 'confirmed', confirmation }
  if (!changedPage(click)) return undefined
  if (fields.length > 0 && click.element && sendsFields(click.element, fields)) return { ...base, how: 'payment-sent' }
  if (!label) return undefined
  // Terms that name the button commit to what costs money by its nature ("agree to upgrade"), or to
  // an order or subscription that this page or an earlier one priced.
  for (const block of mainTexts(before)) {
    const terms = termsNamingButton(block.text, label, { lang })
    if (terms && (terms.paid || price || paidBefore || pricedBefore)) return { ...base, how: 'named-in-terms', terms: terms.sentence }
  }
  if ((paidBefore || fields.length > 0 || recurringOn(before)) && price && isOrderWording(label, { lang })) return { ...base, how: 'order-wording' }
  if (price && acceptsOffer(before, click.element, label, lang)) return { ...base, how: 'offer-accepted' }
  return undefined
}

/** A click the scenario marks as placing the order, with what its page showed. */
function markedOrder(click: Click, index: number): Candidate {
  const before = click.before.snapshot
  const confirmation = pagesAfter(click)
    .map((after) => newConfirmation(before, after))
    .find(Boolean)
  return { click, index, how: 'marked', paymentFields: paymentFieldsOf(before), price: priceOn(before), ...(confirmation ? { confirmation } : {}) }
}

/** The clicks of the site that placed a paid order. In a flow with a step marked `places-order`, the
 * marked clicks and nothing else: the auditor knows. In any other flow: every click a confirmation of
 * the order followed, and, after the last of them, the last click that sent payment details, accepted
 * a priced offer or was labelled as placing the order. A "Continue" from the payment form to a review
 * page that has the real order button is a step, not the order. */
export function orderSteps(site: SiteTrace): OrderStep[] {
  // A scan follows links and never sends a form: none of its clicks placed an order.
  if (site.mode === 'scan') return []
  const steps: OrderStep[] = []
  for (const chain of chainsOf(site)) {
    const clicks = clicksOf(chain)
    const byFlow = new Map<FlowTrace, Candidate[]>()
    const paidIn = new Set<FlowTrace>()
    const pricedIn = new Set<FlowTrace>()
    const markedIn = new Set(chain.filter((flow) => flow.steps.some((s) => s.mark === 'places-order')))
    clicks.forEach((click, index) => {
      if (markedIn.has(click.flow)) {
        if (click.step.mark === 'places-order') byFlow.set(click.flow, [...(byFlow.get(click.flow) ?? []), markedOrder(click, index)])
        return
      }
      const candidate = candidateOf(click, index, paidIn.has(click.flow), pricedIn.has(click.flow))
      if (click.before.flow === click.flow && paymentFieldsOf(click.before.snapshot).length > 0) paidIn.add(click.flow)
      if (click.before.flow === click.flow && priceOn(click.before.snapshot)) pricedIn.add(click.flow)
      if (!candidate) return
      byFlow.set(click.flow, [...(byFlow.get(click.flow) ?? []), candidate])
    })
    for (const candidates of byFlow.values()) {
      if (candidates.some((c) => c.how === 'marked')) {
        for (const { index: _index, ...step } of candidates) steps.push(step)
        continue
      }
      const confirmed = candidates.filter((c) => c.how === 'confirmed')
      const lastConfirmed = confirmed.at(-1)?.index ?? -1
      const later = candidates.filter((c) => c.how !== 'confirmed' && c.index > lastConfirmed).at(-1)
      for (const { index: _index, ...step } of [...confirmed, ...(later ? [later] : [])]) steps.push(step)
    }
  }
  return steps
}
