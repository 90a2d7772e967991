import type { Finding } from '../report/model.js'
import { statesObligationToPay } from '../text/order-button.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { bgbOrderButton, crdOrderButton, roscaNegativeOption, ukOrderButton } from './data/legal-references.js'
import { controlLabel } from './lib/clicks.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { fieldNames } from './lib/field-label.js'
import { pathOf } from './lib/flows.js'
import { type OrderEvidence, orderSteps } from './lib/order-step.js'
import { readingLanguage } from './lib/site-language.js'
import { markedAs } from '../scenario/step-mark.js'

const HOW: Record<Exclude<OrderEvidence, 'marked'>, string> = {
  confirmed: 'a page confirming the order followed it',
  'payment-sent': 'it sent the payment details',
  'named-in-terms': 'the terms beside it name it as the click that commits',
  'order-wording': 'it places the order after payment details were given',
  'offer-accepted': 'it accepted the priced offer',
}

export default defineRule({
  meta: {
    id: 'order-button-ambiguous',
    title: 'The order button does not say that it commits to pay',
    category: 'sneaking',
    severity: 'serious',
    severityByJurisdiction: { de: 'critical' },
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [crdOrderButton, bgbOrderButton, ukOrderButton, roscaNegativeOption],
    help: 'EU, German and UK law require the button that places a paid order to say that pressing it creates an obligation to pay, as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do. A button labelled "Continue", "Jetzt starten" or "Start my trial" lets people pay without knowing that this was the click that cost money, and in Germany no contract is concluded at all.',
    fix: 'Label the final button "zahlungspflichtig bestellen", "Buy now", "Subscribe and pay" or with an equally unambiguous wording that says the click costs money.',
    decides: {
      how: [
        'The rule judges the click that placed a paid order. In a flow where the scenario marks a step `places-order`, that is the marked click and no other, and the finding says it was marked.',
        'Otherwise the click is found from what it did (`lib/order-step.ts`), never a link on an earlier page.',
        'In each flow it takes every click after which a page confirming the order appeared (also on the wait steps after it, and in any supported language), and, after the last of those, the last click of one of the four kinds below.',
        'A click that sent the form holding the payment fields (a control of that form, or a button below the last field; fields are named by their label, accessible name or the caption beside them), whatever the payment method.',
        'A click that is named by the page\'s terms as the click that commits ("By clicking Next, you agree to upgrade"); an upgrade or charge needs no price, an order or subscription needs one on the way.',
        'A click that is labelled as placing the order ("Confirm order", "Bestellen", "Souscrire") on a priced page after payment details were given in the flow, or on a page with a recurring price.',
        'A click that accepted a priced offer that had a way to decline within 300px of it ("Yes, add the club" against "No thanks"); a cookie banner\'s "Accept all" against "Reject all" is consent, not an offer.',
        'A confirmation after a click counts only when something was priced or paid for (a free sign-up owes nothing); labels that lead to the basket, the checkout or the payment ("Add to cart", "Zur Kasse", "Proceed to payment") count only when the page after them confirms the order together with its reference ("Booking confirmed. Your booking reference is C4X123"): then the click placed the order, whatever it promised.',
        'The label is then read in the page\'s language and, failing that, in every supported language: it passes when it says the click costs money ("zahlungspflichtig bestellen", "Buy now", "Pay $9.99", "Subscribe for $9.99/month"); naming only the means of payment ("Mit PayPal") does not.',
      ],
      flagged: 'A card form whose only button is "Save payment for future", or a one-click "Yes, add Stationery Saver Club" under "Join for $9.99/month", or "Confirm Order" on a review page after the card was entered.',
      notFlagged: '"Proceed to Checkout" on the basket page (it leads to the order, it does not place it), or "Payer" on the card form.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const steps = orderSteps(site)
    for (const order of steps) {
      const { click } = order
      const { before } = click
      const label = controlLabel(click)
      const lang = readingLanguage(before.snapshot)
      // A page's words and its buttons' can differ in language (an English catalogue, a French "Payer"):
      // a label that says it in any language says it.
      const result = statesObligationToPay(label, { lang })
      if (result.match || statesObligationToPay(label).match) continue
      const where = `${pathOf(before.snapshot.url)} (${click.flow.name} flow, step ${click.step.index})`
      const confirmation = order.confirmation
      const led = click.after ? `; it led to ${pathOf(click.after.snapshot.url)}${confirmation ? `, which says ${quote(confirmation.text, 60)}` : ''}` : ''
      const why = result.paymentMethod
        ? `names only the means of payment (${quote(result.paymentMethod)}), not the obligation to pay`
        : 'does not say that pressing it commits to pay (as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do)'
      const facts = {
        label,
        lang: lang ?? null,
        price: order.price?.text ?? null,
        paymentFields: order.paymentFields.map((f) => fieldNames(before.snapshot, f)).join(' ; ') || null,
        paymentMethod: result.paymentMethod ?? null,
        orderStepBecause: order.how,
        ...(order.how === 'marked' ? { marked: 'places-order' } : {}),
        terms: order.terms ?? null,
      }
      findings.push(
        ctx.finding({
          flow: click.flow.name,
          step: click.step.index,
          message: `The button that placed the order, ${quote(label)} on ${where}, ${why}${led} ${order.how === 'marked' ? markedAs('places-order') : `(it is the order button because ${HOW[order.how]})`}.`,
          evidence: click.element ? evidenceAt(before, click.element, label, facts) : evidenceOfPage(before, facts, label),
        }),
      )
    }
    if (steps.length === 0) return notApplicable('no click placed a paid order: none sent payment details, accepted a priced offer or was followed by an order confirmation')
    return failIfAny(findings)
  },
})
