import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/order-button-ambiguous.js'
import { button, click, field, fill, flow, goto, heading, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

type Page = ReturnType<typeof snapshot>

/** Step 1 (account, "Weiter"/"Continue") → step 2 (payment, the order button) → welcome. */
const twoStep = (orderLabel: string, lang = 'de', options: { paymentField?: string; price?: string; welcome?: string } = {}) => {
  const next = button({ text: lang === 'de' ? 'Weiter' : 'Continue' })
  const account = snapshot({ path: '/registrieren', lang, elements: [field({ label: 'E-Mail' }), next], texts: [heading('Konto')] })
  const order = button({ text: orderLabel })
  const payment = snapshot({
    path: '/kasse',
    lang,
    elements: [...(options.paymentField === '' ? [] : [field({ label: options.paymentField ?? 'IBAN' })]), order],
    texts: [heading('Zahlung'), text(options.price ?? 'Kiosk Plus Digital: 9,99 € im Monat')],
  })
  const welcome = snapshot({ path: '/willkommen', lang, texts: [heading(options.welcome ?? 'Vielen Dank für Ihre Bestellung!')] })
  return site([
    flow('signup', [goto(account), fill(account.elements[0] as SnapshotElement, account), click(next, payment)]),
    flow('checkout', [fill(payment.elements[0] as SnapshotElement, payment), click(order, welcome)]),
  ])
}

testRule(rule, {
  valid: [
    { name: 'fair: "Zahlungspflichtig abonnieren" (the "Weiter" from step 1 to 2 is a decoy)', site: twoStep('Zahlungspflichtig abonnieren') },
    { name: '"Jetzt kaufen"', site: twoStep('Jetzt kaufen') },
    { name: 'Streamly: "Subscribe and pay $12.99"', site: twoStep('Subscribe and pay $12.99', 'en', { paymentField: 'Card number', price: 'Standard $12.99/mo', welcome: 'Thank you for your order' }) },
    { name: 'The Daily Ledger: "Pay $15.00 and subscribe"', site: twoStep('Pay $15.00 and subscribe', 'en', { paymentField: 'Card number', price: 'Digital $15.00/mo', welcome: 'Welcome to The Daily Ledger' }) },
    { name: '"Start paid membership"', site: twoStep('Start paid membership', 'en', { paymentField: 'Card number', welcome: 'Thank you for your order' }) },
  ],
  invalid: [
    {
      name: 'dark: "Jetzt starten" places the order',
      site: twoStep('Jetzt starten'),
      findings: [
        {
          message: 'The button that placed the order, "Jetzt starten" on /kasse (checkout flow, step 1), does not say that pressing it commits to pay (as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do); it led to /willkommen, which says "Vielen Dank für Ihre Bestellung!".',
          flow: 'checkout',
          step: 1,
          facts: { label: 'Jetzt starten', paymentFields: 'IBAN', price: '9,99 € im Monat' },
        },
      ],
    },
    { name: '"Weiter" as the final button', site: twoStep('Weiter'), findings: [{ message: 'The button that placed the order, "Weiter" on /kasse' }] },
    {
      name: '"Mit PayPal bezahlen" names the means of payment, not the obligation',
      site: twoStep('Mit PayPal bezahlen'),
      findings: [{ message: 'names only the means of payment ("Mit PayPal"), not the obligation to pay', facts: { paymentMethod: 'Mit PayPal' } }],
    },
    {
      name: '"Start my trial" on a trial that turns paid',
      site: twoStep('Start my trial', 'en', { paymentField: 'Card number', price: 'Free for 7 days, then $9.99/mo', welcome: 'Thank you for your order' }),
      findings: [{ message: '"Start my trial" on /kasse (checkout flow, step 1), does not say that pressing it commits to pay' }],
    },
    {
      name: 'without payment fields, the click before the order confirmation on a priced page',
      site: twoStep('Continue', 'en', { paymentField: '', price: 'Premium $17.99/mo', welcome: 'Thank you for your order' }),
      findings: [{ message: 'The button that placed the order, "Continue" on /kasse' }],
    },
  ],
  outcomes: [
    { name: 'no signup or checkout flow', site: site([flow('cancel', [goto(snapshot({ path: '/' }))])]), outcome: 'not-applicable', reason: 'no signup or checkout flow' },
    {
      name: 'decoy: a free newsletter sign-up with "Weiter" and no price',
      site: twoStep('Anmelden', 'de', { paymentField: '', price: 'Unser Newsletter, jeden Freitag.', welcome: 'Anmeldung erfolgreich' }),
      outcome: 'not-applicable',
      reason: 'no click placed a paid order',
    },
    {
      name: 'the checkout failed before the order button',
      site: site([flow('checkout', [goto(snapshot({ path: '/kasse', lang: 'de' })), step({ kind: 'click', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
      reason: 'the checkout flow failed at step 1',
    },
  ],
})
