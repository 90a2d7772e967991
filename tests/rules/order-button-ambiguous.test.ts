import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/order-button-ambiguous.js'
import { button, click, element, field, fill, flow, goto, heading, marked, site, snapshot, step, text } from '../helpers/build-trace.js'
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

/** A card form whose fields have no <label>: a caption above each, the placeholder as the name, and
 * a plain button (type=button) under them, as single-page apps build it. */
const captionedCardForm = (orderLabel: string, texts: ReturnType<typeof text>[], lang = 'en', after?: Page) => {
  const caption = text('Numéro de carte', { tag: 'label', kind: 'label', box: { x: 40, y: 500, width: 200, height: 20 } })
  const card = element({ tag: 'input', type: 'text', role: 'textbox', name: 'XXXX XXXX XXXX XXXX', box: { x: 40, y: 528, width: 300, height: 36 } })
  const order = element({ tag: 'button', type: 'button', role: 'button', name: orderLabel, text: orderLabel, box: { x: 40, y: 600, width: 300, height: 40 } })
  const page = snapshot({ path: '/abonnement', lang, elements: [card, order], texts: [heading('Choisissez votre abonnement'), ...texts, caption] })
  const done = after ?? snapshot({ path: '/abonnement', lang, texts: [heading('Mon abonnement'), text('Vous êtes abonné à la formule Plus.')] })
  return site([flow('subscribe', [goto(page), fill(card, page), click(order, done)])])
}

/** A card form sent with a button that reloads the same page (the query changes, the form empties). */
const reloadingCardForm = (orderLabel: string) => {
  const card = field({ label: 'credit card number:', selector: '#pay > #card' })
  const cvv = field({ label: 'cvv:', selector: '#pay > #cvv' })
  const send = button({ text: orderLabel, selector: '#pay > button' })
  const page = snapshot({ url: 'https://shop.example/store?item=1', elements: [card, cvv, send], texts: [heading('store'), text('100 gems')] })
  const reloaded = snapshot({ url: 'https://shop.example/store?', elements: [card, cvv, send], texts: [heading('store'), text('100 gems')] })
  return site([flow('checkout', [goto(page), fill(card, page), click(send, reloaded)])])
}

/** Payment on one page ("Continue"), a review page with the real order button, then the home page. */
const reviewThenOrder = (orderLabel: string) => {
  const card = field({ label: 'Card number' })
  const next = button({ text: 'Continue' })
  const payment = snapshot({ path: '/checkout', elements: [card, next], texts: [heading('Payment'), text('Total $24.00')] })
  const order = button({ text: orderLabel })
  const review = snapshot({ path: '/review', elements: [order], texts: [heading('Review your order'), text('Notebook $18.00'), text('Shipping $6.00'), text('Total $24.00')] })
  const home = snapshot({ path: '/', texts: [heading('New this week')] })
  return site([flow('checkout', [goto(payment), fill(card, payment), click(next, review), click(order, home)])])
}

/** An offer of a paid club inside the checkout: a yes button and a no button. */
const clubOffer = (pick: 'yes' | 'no', yes = 'Yes, add the Paper Club') => {
  const accept = button({ text: yes })
  const decline = button({ text: 'No thanks, maybe later' })
  const offer = snapshot({ path: '/club', elements: [accept, decline], texts: [heading('Paper Club'), text('Members save on every order. Join for $4.99/month')] })
  const next = snapshot({ path: '/account', texts: [heading('Your account')] })
  return site([flow('subscribe', [goto(offer), click(pick === 'yes' ? accept : decline, next)])])
}

/** A plan page whose terms name the button ("By clicking Next you agree to upgrade"), no price on it,
 * the price on the page before. */
const namedInTerms = (terms: string, planText = 'Pro $40 per return') => {
  const pick = button({ text: 'Choose Pro' })
  const plans = snapshot({ path: '/plans', elements: [pick], texts: [heading('Plans'), text(planText)] })
  const next = button({ text: 'Next' })
  const agree = snapshot({ path: '/pro-terms', elements: [next], texts: [heading('Pro terms'), text(terms)] })
  const after = snapshot({ path: '/interview', texts: [heading('Tell us about your income')] })
  return site([flow('checkout', [goto(plans), click(pick, agree), click(next, after)])])
}

/** The confirmation renders only after the click was captured: a later wait step sees it. */
const lateConfirmation = (methodLabel: string) => {
  const pay = button({ text: methodLabel })
  const purchase = snapshot({ path: '/kasse', lang: 'de', elements: [pay], texts: [heading('Bezahlung'), text('Gesamtpreis 44,97 €')] })
  const stillThere = snapshot({ path: '/kasse', lang: 'de', elements: [pay], texts: [heading('Bezahlung'), text('Gesamtpreis 44,97 €')] })
  const thanks = snapshot({ path: '/danke', lang: 'de', texts: [heading('Vielen Dank für deinen Einkauf!'), text('Gesamtpreis 44,97 €')] })
  return site([flow('checkout', [goto(purchase), click(pay, stillThere), step({ kind: 'wait', snapshot: thanks })])])
}

/** The real order button, then a free pick on the welcome page that a page thanking for the "order"
 * follows: the guess takes the pick, an auditor's mark the order button. */
const freePickAfterOrder = (orderLabel: string, mark: boolean) => {
  const card = field({ label: 'Card number' })
  const order = button({ text: orderLabel })
  const payment = snapshot({ path: '/checkout', elements: [card, order], texts: [heading('Payment'), text('Plus $12.99/month')] })
  const pick = button({ text: 'Select' })
  const welcome = snapshot({ path: '/welcome', elements: [pick], texts: [heading('Welcome aboard'), text('Pick your free welcome issue')] })
  const done = snapshot({ path: '/welcome/issue', texts: [heading('Thank you for your order!')] })
  const ordered = click(order, welcome)
  return site([flow('checkout', [goto(payment), fill(card, payment), mark ? marked(ordered, 'places-order') : ordered, click(pick, done)])])
}

testRule(rule, {
  valid: [
    { name: 'fair: "Zahlungspflichtig abonnieren" (the "Weiter" from step 1 to 2 is a decoy)', site: twoStep('Zahlungspflichtig abonnieren') },
    { name: '"Jetzt kaufen"', site: twoStep('Jetzt kaufen') },
    { name: 'Streamly: "Subscribe and pay $12.99"', site: twoStep('Subscribe and pay $12.99', 'en', { paymentField: 'Card number', price: 'Standard $12.99/mo', welcome: 'Thank you for your order' }) },
    { name: 'The Daily Ledger: "Pay $15.00 and subscribe"', site: twoStep('Pay $15.00 and subscribe', 'en', { paymentField: 'Card number', price: 'Digital $15.00/mo', welcome: 'Welcome to The Daily Ledger' }) },
    { name: 'fair twin of the captioned card form: "Payer 12,99 € par mois"', site: captionedCardForm('Payer 12,99 € par mois', [text('Plus 12,99 €/mois')], 'en') },
    { name: 'fair twin of the reloading form: "Pay now"', site: reloadingCardForm('Pay now') },
    { name: 'fair twin of the review page: "Buy now"', site: reviewThenOrder('Buy now') },
    { name: 'fair twin of the offer: "Yes, join and pay $4.99/month"', site: clubOffer('yes', 'Yes, join and pay $4.99/month') },
    { name: 'a payment method that says it: "Jetzt kaufen mit PayPal"', site: lateConfirmation('Jetzt kaufen mit PayPal') },
    { name: 'marked: "Subscribe and pay $12.99/month", not the free "Select" after it that the guess would take', site: freePickAfterOrder('Subscribe and pay $12.99/month', true) },
    { name: '"Start paid membership"', site: twoStep('Start paid membership', 'en', { paymentField: 'Card number', welcome: 'Thank you for your order' }) },
  ],
  invalid: [
    {
      name: 'without a mark, the guess takes the free "Select" that a thank-you page followed',
      site: freePickAfterOrder('Subscribe and pay $12.99/month', false),
      findings: [{ message: 'The button that placed the order, "Select" on /welcome (checkout flow, step 3)', facts: { orderStepBecause: 'confirmed' } }],
    },
    {
      name: 'marked: the marked "Get started" is judged, and the finding says it was marked',
      site: freePickAfterOrder('Get started', true),
      findings: [
        {
          message: 'The button that placed the order, "Get started" on /checkout (checkout flow, step 2), does not say that pressing it commits to pay (as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do); it led to /welcome, which says "Welcome aboard" (marked as placing the order).',
          step: 2,
          facts: { orderStepBecause: 'marked', marked: 'places-order', price: '$12.99/month' },
        },
      ],
    },
    {
      name: 'dark: "Jetzt starten" places the order',
      site: twoStep('Jetzt starten'),
      findings: [
        {
          message: 'The button that placed the order, "Jetzt starten" on /kasse (checkout flow, step 1), does not say that pressing it commits to pay (as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do); it led to /willkommen, which says "Vielen Dank für Ihre Bestellung!" (it is the order button because a page confirming the order followed it).',
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
    {
      name: 'card fields named only by the caption above them, in a page that declares the wrong language',
      site: captionedCardForm("Souscrire à l'offre Plus", [text('Plus 12,99 €/mois'), text('Saisissez les informations de votre carte pour commencer votre abonnement dès aujourd’hui.')], 'en'),
      findings: [{ message: '"Souscrire à l\'offre Plus" on /abonnement (subscribe flow, step 2), does not say', facts: { orderStepBecause: 'confirmed', paymentFields: 'Numéro de carte | XXXX XXXX XXXX XXXX' } }],
    },
    {
      name: 'the submit of the card form that reloads the same page, with no confirmation',
      site: reloadingCardForm('save payment for future'),
      findings: [{ message: '"save payment for future" on /store (checkout flow, step 2)', facts: { orderStepBecause: 'payment-sent' } }],
    },
    {
      name: 'the order button of the review page, not the "Continue" of the payment page before it',
      site: reviewThenOrder('Confirm Order'),
      findings: [{ message: '"Confirm Order" on /review (checkout flow, step 3)', step: 3, facts: { orderStepBecause: 'order-wording' } }],
    },
    {
      name: 'a one-click "Yes, add …" that starts a paid membership',
      site: clubOffer('yes'),
      findings: [{ message: '"Yes, add the Paper Club" on /club (subscribe flow, step 1)', facts: { orderStepBecause: 'offer-accepted' } }],
    },
    {
      name: 'a "Next" that the terms name as the click that upgrades',
      site: namedInTerms('By clicking Next, you are agreeing to upgrade to Pro.'),
      findings: [{ message: '"Next" on /pro-terms (checkout flow, step 2)', facts: { orderStepBecause: 'named-in-terms' } }],
    },
    {
      name: 'a payment-method button whose confirmation a later wait step saw',
      site: lateConfirmation('Kreditkarte'),
      findings: [{ message: '"Kreditkarte" on /kasse (checkout flow, step 1)', facts: { orderStepBecause: 'confirmed' } }],
    },
    {
      name: 'terms that commit to an upgrade need no price on the way (it was still loading when captured)',
      site: namedInTerms('By clicking Next, you are agreeing to upgrade to Pro in order to file.', 'One moment...'),
      findings: [{ message: '"Next" on /pro-terms (checkout flow, step 2)', facts: { orderStepBecause: 'named-in-terms' } }],
    },
    {
      name: 'a "Proceed to payment" that books at once: the next page confirms the booking with its reference',
      site: (() => {
        const go = button({ text: 'Proceed to Payment' })
        const review = snapshot({ path: '/review', elements: [go], texts: [heading('Review your trip'), text('Ferry crossing €62'), text('Cabin €30'), text('Total €92')] })
        const booked = snapshot({ path: '/done', texts: [heading('Booking confirmed!'), text('Your booking reference is: FX9Q2')] })
        return site([flow('checkout', [goto(review), click(go, booked)])])
      })(),
      findings: [{ message: 'The button that placed the order, "Proceed to Payment" on /review' }],
    },
  ],
  outcomes: [
    {
      name: 'decoy: pressing "Accept all" in a cookie banner over a priced page places no order',
      site: (() => {
        const region = 'div.cookie-banner "Cookie consent"'
        const accept = { ...button({ text: 'Accept all', region }), contextText: 'Reject all Accept all' }
        const reject = { ...button({ text: 'Reject all', region }), contextText: 'Reject all Accept all' }
        const pricing = snapshot({ path: '/pricing', elements: [accept, reject], texts: [heading('Plans'), text('Standard $9.99/month')] })
        const after = snapshot({ path: '/pricing/', texts: [heading('Plans'), text('Standard $9.99/month'), text('Premium $14.99/month')] })
        return site([flow('signup', [goto(pricing), click(accept, after)])])
      })(),
      outcome: 'not-applicable',
    },
    {
      name: 'decoy: terms that name the button for a free newsletter, with no price anywhere',
      site: namedInTerms('By clicking Next, you agree to subscribe to our newsletter.', 'Pick a topic'),
      outcome: 'not-applicable',
    },
    { name: 'decoy: declining the paid club places no order', site: clubOffer('no'), outcome: 'not-applicable', reason: 'no click placed a paid order' },
    {
      name: 'decoy: terms that name the button only for accepting the conditions',
      site: namedInTerms('By clicking Next, you agree to our Terms of Service and Privacy Policy.'),
      outcome: 'not-applicable',
    },
    {
      name: 'decoy: "Proceed to checkout" is followed by a thank-you line, but it only leads to the checkout',
      site: (() => {
        const go = button({ text: 'Proceed to Checkout' })
        const cart = snapshot({ path: '/cart', elements: [go], texts: [heading('Your cart'), text('Notebook $18.00')] })
        const checkout = snapshot({ path: '/checkout', texts: [heading('Checkout'), text('Thank you for shopping with us')] })
        return site([flow('checkout', [goto(cart), click(go, checkout)])])
      })(),
      outcome: 'not-applicable',
    },
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
