import rule from '../../src/rules/hidden-renewal-terms.js'
import { button, checkbox, element, field, flow, goto, look, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const at = (y: number, height = 24) => ({ x: 40, y, width: 600, height })
const RENEWAL = 'Your subscription renews automatically every week at $73.42/week until you cancel. Cancel anytime online in Account.'

const card = () => ({ ...field({ label: 'Card number', selector: '#card' }), box: at(300, 40) })
const pay = (label = 'Start free trial') => ({ ...button({ text: label, selector: '#start' }), box: at(500, 48) })
const weekly = () => text('Family box (6 meals) $59.99/week', { box: at(120), region: 'aside#order-summary "Order summary"' })

const paymentPage = (...texts: ReturnType<typeof text>[]) =>
  snapshot({ path: '/checkout', elements: [card(), pay()], texts: [weekly(), ...texts] })
const checkout = (...texts: ReturnType<typeof text>[]) => site([flow('checkout', [goto(paymentPage(...texts))])])

testRule(rule, {
  valid: [
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
      name: 'dark: the terms only in a collapsed "Details" block in 10px type',
      site: checkout(text(RENEWAL, { selector: '#details p', visible: false, fontSizePx: 10, box: at(0, 0) })),
      findings: [
        {
          message: /At \/checkout \(checkout flow, step 0\), where the user pays with "Start free trial", no auto-renewal terms are in view near the button \(missing in view: that it renews until cancelled, the price, how often it is charged, how to cancel\); the renewal is stated only in a collapsed or hidden part of the page, in 10px type \(body text 16px\)/,
          selector: '#start',
          facts: { hiddenTermsVisible: false, hiddenTermsFontSizePx: 10, missingTerms: 'untilCancelled, price, period, howToCancel' },
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
      name: 'decoy: a one-off purchase asks for a card but nothing recurs',
      site: site([
        flow('purchase', [
          goto(snapshot({ path: '/checkout/once', elements: [card(), pay('Pay $39.99')], texts: [text('One 2-meal box $39.99', { box: at(120) })] })),
        ]),
      ]),
      outcome: 'not-applicable',
      reason: 'asks for payment details for a subscription',
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
