import rule from '../../src/rules/hidden-renewal-terms.js'
import { button, checkbox, element, field, flow, goto, look, marked, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const at = (y: number, height = 24) => ({ x: 40, y, width: 600, height })
const RENEWAL = 'Your subscription renews automatically every week at $73.42/week until you cancel. Cancel anytime online in Account.'

const card = () => ({ ...field({ label: 'Card number', selector: '#card' }), box: at(300, 40) })
const pay = (label = 'Start free trial') => ({ ...button({ text: label, selector: '#start' }), box: at(500, 48) })
const weekly = () => text('Family box (6 meals) $59.99/week', { box: at(120), region: 'aside#order-summary "Order summary"' })

const paymentPage = (...texts: ReturnType<typeof text>[]) =>
  snapshot({ path: '/checkout', elements: [card(), pay()], texts: [weekly(), ...texts] })
const checkout = (...texts: ReturnType<typeof text>[]) => site([flow('checkout', [goto(paymentPage(...texts))])])

/** A card saved on a billing page first, then the order placed on the payment page by a click the
 * scenario may mark. */
const savedCardThenOrder = (terms: ReturnType<typeof text>[], mark: boolean) => {
  const billing = snapshot({ path: '/billing', elements: [card(), { ...button({ text: 'Save card', selector: '#save' }), box: at(400, 48) }], texts: [weekly()] })
  const ordered = step({ kind: 'click', target: pay(), snapshot: snapshot({ path: '/welcome', texts: [text('Welcome!')] }) })
  return site([
    flow('checkout', [
      goto(billing),
      step({ kind: 'click', target: billing.elements[1], snapshot: paymentPage(...terms) }),
      mark ? marked(ordered, 'places-order') : ordered,
    ]),
  ])
}

/** A paid club offered inside the checkout with a yes and a no button, whichever the user pressed. */
const clubOffer = (terms: ReturnType<typeof text>[], pick: 'yes' | 'no' = 'no', price = 'Join for $4.99/month') => {
  const accept = { ...button({ text: 'Yes, add the Paper Club', selector: '#join' }), box: at(300, 48) }
  const decline = { ...button({ text: 'No thanks', selector: '#skip' }), box: at(360, 24) }
  const offer = snapshot({ path: '/club', elements: [accept, decline], texts: [text('Paper Club', { box: at(100) }), text(price, { box: at(200) }), ...terms] })
  const next = snapshot({ path: '/review', texts: [text('Review your order', { box: at(100) })] })
  return site([flow('checkout', [goto(offer), step({ kind: 'click', target: pick === 'yes' ? accept : decline, snapshot: next })])])
}

/** A French plan page that declares lang="en": a card field named by the caption above it, a plain
 * button under it, and what else the page says. */
const frenchPlanPage = (terms: ReturnType<typeof text>[]) => {
  const caption = text('Numéro de carte', { tag: 'label', kind: 'label', box: { x: 40, y: 272, width: 200, height: 20 } })
  const cardField = element({ tag: 'input', type: 'text', role: 'textbox', name: 'XXXX XXXX XXXX XXXX', box: at(300, 40) })
  const subscribe = element({ tag: 'button', type: 'button', role: 'button', name: 'Souscrire à la formule Plus', text: 'Souscrire à la formule Plus', box: at(400, 48) })
  const page = snapshot({ path: '/abonnement', lang: 'en', elements: [cardField, subscribe], texts: [text('Formule Plus 12,99 €/mois', { box: at(150) }), caption, ...terms] })
  const done = snapshot({ path: '/abonnement', lang: 'en', texts: [text('Mon abonnement', { box: at(100) }), text('Vous êtes abonné à la formule Plus.', { box: at(140) })] })
  return site([flow('subscribe', [goto(page), step({ kind: 'click', target: subscribe, snapshot: done })])])
}

testRule(rule, {
  valid: [
    { name: 'marked order: the marked payment page states the terms; the billing page before it is not where the user commits', site: savedCardThenOrder([text(RENEWAL, { box: at(440) })], true) },
    {
      name: 'fair twin of the club offer: the terms in body type right under the buttons',
      site: clubOffer([text('Renews every month at $4.99 until you cancel. Cancel online any time in your account settings.', { box: at(400) })]),
    },
    {
      name: 'fair twin of the French plan page: the renewal terms in body type beside the button',
      site: frenchPlanPage([text("Votre abonnement est renouvelé automatiquement chaque mois au prix de 12,99 € jusqu'à résiliation. Résiliez en ligne à tout moment depuis votre compte.", { box: at(460) })]),
    },
    {
      name: 'fair: a renewal sentence in normal type right above the button',
      site: checkout(text(RENEWAL, { box: at(440) })),
    },
    {
      name: 'the terms split over two sentences near the button',
      site: checkout(
        text('Your plan renews automatically at $15.00 a month until you cancel.', { box: at(420) }),
        text('Cancel online at any time from your account page.', { box: at(450) }),
      ),
    },
    {
      name: 'a box to tick that states the terms in readable type',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/checkout', elements: [card(), checkbox({ label: `I understand: ${RENEWAL}` }), pay()], texts: [weekly()] })),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'decoy for the mark: without it, the billing page that takes the card is judged too',
      site: savedCardThenOrder([text(RENEWAL, { box: at(440) })], false),
      findings: [{ message: 'At /billing (checkout flow, step 0)' }],
    },
    {
      name: 'marked order: the marked payment page without terms, said to be marked',
      site: savedCardThenOrder([], true),
      findings: [{ message: /^At \/checkout \(checkout flow, step 1\), where the user pays with "Start free trial", no auto-renewal terms .* \(marked as placing the order\)\.$/, facts: { marked: 'places-order' } }],
    },
    {
      name: 'a monthly club offered inside the checkout with only its price, declined or not',
      site: clubOffer([]),
      findings: [{ message: 'At /club (checkout flow, step 0), where the user pays with "Yes, add the Paper Club", no auto-renewal terms are in view near the button (missing in view: that it renews until cancelled, how to cancel)', selector: '#join' }],
    },
    {
      name: 'the French plan page: "sans engagement" in view, the two-year term only in 12px fine print',
      site: frenchPlanPage([
        text('Abonnement sans engagement, vous pouvez vous désabonner quand vous voulez.', { box: at(470) }),
        text("En cliquant sur « Souscrire », vous acceptez de vous abonner pour une durée minimale de 2 ans.", { fontSizePx: 12, box: at(560) }),
      ]),
      findings: [{ message: /leave out that it renews until cancelled, how to cancel; the renewal is stated only in 12px type \(body text 16px\): "En cliquant/, flow: 'subscribe', step: 0 }],
    },
    {
      name: 'dark: the terms only in a collapsed "Details" block in 10px type',
      site: checkout(text(RENEWAL, { selector: '#details p', visible: false, fontSizePx: 10, box: at(0, 0) })),
      findings: [
        {
          message: /At \/checkout \(checkout flow, step 0\), where the user pays with "Start free trial", no auto-renewal terms are in view near the button \(missing in view: that it renews until cancelled, how to cancel\); the renewal is stated only in a collapsed or hidden part of the page, in 10px type \(body text 16px\)/,
          selector: '#start',
          // The weekly price in the order summary gives the price and the period; nothing in view says the rest.
          facts: { hiddenTermsVisible: false, hiddenTermsFontSizePx: 10, missingTerms: 'untilCancelled, howToCancel', termsInView: 'price, period' },
        },
      ],
    },
    {
      name: 'the terms are visible but 2,000px below the button',
      site: checkout(text(RENEWAL, { selector: '#footnote', box: at(2600) })),
      findings: [{ message: /stated only 2,052px away \(1\.5 screen heights is 1,200px\)/, selector: '#footnote', facts: { hiddenTermsGapPx: 2052 } }],
    },
    {
      name: 'the terms sit in the label of a box whose text is faint',
      site: site([
        flow('checkout', [
          goto(
            snapshot({
              path: '/checkout',
              elements: [card(), { ...checkbox({ label: RENEWAL, selector: '#ack' }), look: look({ contrastRatio: 1.6 }) }, pay()],
              texts: [weekly()],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'at contrast 1.6:1 (below 4.5:1)', facts: { hiddenTermsContrast: 1.6 } }],
    },
    {
      name: 'the renewal is stated near the button but without how to cancel',
      site: checkout(text('Renews automatically at $15.00 a month until you cancel.', { box: at(440) })),
      findings: [{ message: 'the renewal terms in view near "Start free trial" leave out how to cancel.', facts: { missingTerms: 'howToCancel' } }],
    },
    {
      name: 'a weekly plan paid for with no renewal statement anywhere',
      site: checkout(),
      findings: [{ message: 'no auto-renewal terms are in view near the button (missing in view: that it renews until cancelled', selector: '#start' }],
    },
  ],
  outcomes: [
    {
      name: 'decoy: "Accept all" beside "Reject all" in a cookie banner over a pricing page is consent, not a plan bought',
      site: (() => {
        const region = 'div.cookie-banner "Cookie consent"'
        const accept = { ...button({ text: 'Accept all', region }), contextText: 'Reject all Accept all', box: at(700, 40) }
        const reject = { ...button({ text: 'Reject all', region }), contextText: 'Reject all Accept all', box: at(700, 40) }
        const pricing = snapshot({ path: '/pricing', elements: [accept, reject], texts: [text('Standard $9.99/month', { box: at(200) })] })
        return site([flow('signup', [goto(pricing)])])
      })(),
      outcome: 'not-applicable',
    },
    {
      name: 'decoy: a one-off extra offered with yes and no buttons recurs not',
      site: clubOffer([], 'yes', 'Gift wrap for $3.00'),
      outcome: 'not-applicable',
    },
    {
      name: 'decoy: a one-off purchase asks for a card but nothing recurs',
      site: site([
        flow('purchase', [
          goto(snapshot({ path: '/checkout/once', elements: [card(), pay('Pay $39.99')], texts: [text('One 2-meal box $39.99', { box: at(120) })] })),
        ]),
      ]),
      outcome: 'not-applicable',
      reason: 'takes payment details or places the order for a subscription',
    },
    {
      name: 'no page asks for payment details',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [element({ tag: 'button', type: 'submit', text: 'Continue' })] }))])]),
      outcome: 'not-applicable',
    },
    {
      name: 'the checkout flow failed before the payment page',
      site: site([flow('checkout', [step({ kind: 'goto', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
      reason: 'failed at step 0',
    },
  ],
})
