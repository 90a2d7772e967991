import rule from '../../src/rules/trial-conversion-unclear.js'
import { button, flow, goto, heading, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const at = (y: number, height = 24) => ({ x: 40, y, width: 600, height })

const offer = (content = 'Try free for 7 days!') => text(content, { selector: '#offer', box: at(200) })
const payButton = () => button({ text: 'Start free trial' })

const checkoutPage = (...texts: ReturnType<typeof text>[]) =>
  snapshot({ path: '/checkout', texts: [heading('Delivery and payment', { box: at(100, 40) }), ...texts], elements: [payButton()] })

const checkout = (...texts: ReturnType<typeof text>[]) => site([flow('checkout', [goto(checkoutPage(...texts))])])

testRule(rule, {
  valid: [
    {
      name: 'fair: "Free for 7 days, then $59.99/week starting March 9, 2026" in one sentence',
      site: checkout(offer('Free for 7 days, then $59.99/week starting March 9, 2026. Cancel anytime in Account.')),
    },
    {
      name: 'fair: the offer gives the length, a sentence right below it gives the price after the trial',
      site: checkout(offer(), text('After your free trial you will be charged $59.99/week until you cancel.', { box: at(240) })),
    },
    {
      name: 'fair: the offer says nothing more, a nearby sentence gives the date and the price',
      site: checkout(
        offer('Start your free trial'),
        text('Your trial ends on March 9, 2026; from then on your subscription renews at $73.42/week until you cancel.', { box: at(400) }),
      ),
    },
    {
      name: 'German: "14 Tage kostenlos testen, danach 9,99 € im Monat"',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/abo', lang: 'de', texts: [text('14 Tage kostenlos testen, danach 9,99 € im Monat.', { box: at(200) })] })),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a German checkout left at lang="en": "14 Tage kostenlos testen!" with no price after the trial',
      site: site([
        flow('signup', [
          goto(
            snapshot({
              path: '/abo',
              lang: 'en',
              texts: [text('14 Tage kostenlos testen!', { selector: '#angebot', box: at(200) }), text('Geben Sie Ihre Zahlungsdaten ein, um Ihr Probeabo zu starten.', { box: at(300) })],
            }),
          ),
        ]),
      ]),
      findings: [{ message: '14 Tage kostenlos testen' }],
    },
    {
      name: 'dark: "Try free for 7 days!" with the price only in a collapsed, 10px "Details" block',
      site: checkout(
        offer(),
        text('Your 7-day free trial ends on March 9, 2026; from then on your subscription renews at $81.77/week until you cancel.', {
          selector: '#details p',
          visible: false,
          fontSizePx: 10,
          box: at(0, 0),
        }),
      ),
      findings: [
        {
          message: /"Try free for 7 days!" on \/checkout \(checkout flow, step 0\) does not state, in view on the same page, the price charged after the trial\. The price after the trial is stated only in a collapsed or hidden part of the page, in 10px type \(body text 16px\)/,
          selector: '#offer',
          facts: { offerWords: 'Try free', chargeStarts: '7 days', priceAfterTrial: null, hiddenStatementVisible: false, hiddenStatementFontSizePx: 10 },
        },
      ],
    },
    {
      name: 'dark: the price after the trial is a footnote 2,000px below the offer',
      site: checkout(offer(), text('Then $59.99/week until you cancel.', { box: at(2300) })),
      findings: [{ message: /stated only 2,076px away \(1\.5 screen heights is 1,200px\)/, facts: { hiddenStatementGapPx: 2076 } }],
    },
    {
      name: 'the price after the trial is given, but neither the trial length nor a date',
      site: checkout(offer('Start your free trial today'), text('Then $59.99/week until you cancel.', { box: at(240) })),
      findings: [{ message: 'does not state, in view on the same page, when charging starts.', facts: { chargeStarts: null } }],
    },
    {
      name: 'one finding per page: the plan page and the checkout both offer the trial without terms',
      site: site([
        flow('signup', [goto(snapshot({ path: '/plans', texts: [offer()] })), step({ kind: 'click', snapshot: snapshot({ path: '/plans', texts: [offer()] }) })]),
        flow('checkout', [goto(checkoutPage(offer('$0 today, then enjoy your box')))]),
      ]),
      findings: [
        { message: 'on /plans (signup flow, step 0)', flow: 'signup' },
        { message: /"\$0 today, then enjoy your box" on \/checkout .* the price charged after the trial or when charging starts/, flow: 'checkout' },
      ],
    },
  ],
  outcomes: [
    {
      name: 'decoy: free shipping and a free recipe e-book are not trials',
      site: checkout(text('Free shipping on your first box. Get our free recipe e-book when you sign up.', { box: at(200) })),
      outcome: 'not-applicable',
      reason: 'offers a free trial',
    },
    {
      name: 'no page offers a trial',
      site: checkout(text('Family box $59.99/week')),
      outcome: 'not-applicable',
      reason: 'offers a free trial',
    },
    {
      name: 'no signup or checkout flow',
      site: site([flow('cancel', [goto(snapshot({ path: '/account', texts: [offer()] }))])]),
      outcome: 'not-applicable',
      reason: 'no signup or checkout flow',
    },
    {
      name: 'the checkout flow failed before any page could be read',
      site: site([flow('checkout', [step({ kind: 'goto', status: 'failed', error: 'net::ERR_CONNECTION_REFUSED' })])]),
      outcome: 'error',
      reason: 'failed at step 0',
    },
  ],
})
