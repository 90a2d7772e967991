import rule from '../../src/rules/missing-confirmation.js'
import { button, click, flow, goto, heading, link, marked, site, snapshot, step, text, toast } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const FOOTER = 'footer.site'
const chrome = () => [text('© 2026 Streamly. Plans from $5.99/mo. Cancel your membership any time.', { region: FOOTER })]
const account = snapshot({
  path: '/account',
  elements: [link({ text: 'Cancel subscription' }), button({ text: 'Cancel' })],
  texts: [heading('Your account'), text('Standard plan · $9.99/month')],
})
const confirmButton = button({ text: 'Confirm cancellation' })

/** A cancel flow: account → confirm → the page given (and, a few seconds later, `settled`). */
const cancelFlow = (done: ReturnType<typeof snapshot>, settled?: ReturnType<typeof snapshot>, settledAfterMs?: number) =>
  flow('cancel', [goto(account), click(link({ text: 'Cancel subscription' }), snapshot({ path: '/account/cancel' })), click(confirmButton, done)], { settled, settledAfterMs })

const fairDoneTexts = () => [
  heading('Subscription cancelled'),
  text('Your Standard subscription has been cancelled. You keep access until 23 December 2026 and you will not be charged again.'),
  ...chrome(),
]
const fairDone = () => snapshot({ path: '/account/cancelled', texts: fairDoneTexts() })

const darkDone = (withToast: boolean) =>
  snapshot({
    path: '/account/cancel/done',
    texts: [heading('Thanks for your feedback!'), ...chrome(), ...(withToast ? [toast('Request received', { selector: '#toast' })] : [])],
  })

/** A checkout of a monthly plan (or, with `price`, of whatever that price is for). */
const checkoutFlow = (done: ReturnType<typeof snapshot>, price = 'Standard $9.99/month') =>
  flow('checkout', [goto(snapshot({ path: '/checkout', texts: [heading('Checkout'), text(price)] })), click(button({ text: 'Start membership' }), done)])

/** A flow named for what it is not: "Cancel subscription" opens an offer page, "Yes, go ahead" sends
 * the cancellation, the confirmation follows, and the account is opened again. The guess takes the
 * page of the last click worded as cancelling. */
const goodbyeFlow = (done: ReturnType<typeof snapshot>, marks: 'submit' | 'page' | 'none') => {
  const offer = snapshot({ path: '/account/stay', elements: [button({ text: 'Yes, go ahead' })], texts: [heading('Before you go'), text('Stay and get 50% off for three months.')] })
  const submit = click(button({ text: 'Yes, go ahead' }), done)
  const wait = step({ kind: 'wait', snapshot: done })
  return site([
    flow('goodbye', [
      goto(account),
      click(link({ text: 'Cancel subscription' }), offer),
      marks === 'submit' ? marked(submit, 'submits-cancellation') : submit,
      marks === 'page' ? marked(wait, 'confirms-cancellation') : wait,
      click(link({ text: 'Home' }), snapshot({ path: '/', texts: [heading('Welcome back')] })),
    ], { role: 'cancel' }),
  ])
}

testRule(rule, {
  valid: [
    { name: 'marked submit: the page the marked "Yes, go ahead" led to confirms the cancellation', site: goodbyeFlow(fairDone(), 'submit') },
    { name: 'marked page: the page marked as confirming the cancellation confirms it', site: goodbyeFlow(fairDone(), 'page') },
    {
      name: 'a newsletter left on a site that never showed a price: "You are unsubscribed" is the whole confirmation',
      site: site([
        flow('unsubscribe', [
          goto(snapshot({ path: '/newsletter', elements: [button({ text: 'Unsubscribe' })], texts: [heading('Our Friday letter')] })),
          click(button({ text: 'Unsubscribe' }), snapshot({ path: '/newsletter/bye', texts: [heading('You are unsubscribed from our newsletter.')] })),
        ]),
      ]),
    },
    {
      name: 'Norwegian: "Du har nå meldt deg av nyhetsbrevet" confirms the unsubscription',
      site: site([
        flow('meld-av', [
          goto(snapshot({ path: '/', lang: 'no', elements: [button({ text: 'Bekreft' })], texts: [heading('Er du sikker?')] })),
          click(button({ text: 'Bekreft' }), snapshot({ path: '/', lang: 'no', texts: [heading('Du har nå meldt deg av nyhetsbrevet.')] })),
        ]),
      ]),
    },
    {
      name: 'a one-off purchase: "Vielen Dank für Ihren Einkauf" needs no plan or billing date',
      site: site([checkoutFlow(snapshot({ path: '/danke', lang: 'de', texts: [heading('Vielen Dank für Ihren Einkauf!'), text('Gesamtpreis 44,97 €')] }), 'Jacke 44,97 €')]),
    },
    {
      name: 'a success page that says the payment went through, with the order number, outlasting the toast on it',
      site: (() => {
        const success = snapshot({ path: '/cart/payment/success', lang: 'en', texts: [heading('Paiement effectué'), text('Commande #3456789'), text('28,20 €'), toast('Paiement effectué avec succès')] })
        const settled = snapshot({ path: '/cart/payment/success', lang: 'en', texts: [heading('Paiement effectué'), text('Commande #3456789'), text('28,20 €')] })
        return site([flow('checkout', [goto(snapshot({ path: '/cart/payment', texts: [text('Total 28,20 €')] })), click(button({ text: 'Payer' }), success)], { settled })])
      })(),
    },
    {
      name: 'the page the cancellation reached confirms it; the account opened again by address afterwards is a check, not the confirmation',
      site: site([
        flow('cancel', [
          goto(account),
          click(confirmButton, snapshot({ path: '/account/cancelled', texts: fairDoneTexts() })),
          goto(snapshot({ path: '/account', texts: [heading('Your account'), text('No active subscription')] })),
        ]),
      ]),
    },
    {
      name: 'fair: the done page says what was cancelled and until when, and still does seconds later',
      site: site([cancelFlow(fairDone(), fairDone())]),
    },
    {
      name: 'German: "Ihr Abo wurde gekündigt. Es endet am 23.12.2026."',
      site: site([cancelFlow(snapshot({ path: '/konto/gekuendigt', lang: 'de', texts: [heading('Kündigung bestätigt'), text('Ihr Abo wurde gekündigt. Es endet am 23.12.2026.')] }))]),
    },
    {
      name: 'a confirmation that appears only after a moment counts',
      site: site([cancelFlow(snapshot({ path: '/account/cancelled', texts: [heading('One moment…')] }), fairDone())]),
    },
    {
      name: 'fair checkout: thank-you page with the plan, price and next billing date',
      site: site([
        checkoutFlow(
          snapshot({
            path: '/welcome',
            texts: [heading('Thank you for your order'), text('Your Standard plan is active: $9.99/mo, next billing date 23 January 2027.')],
          }),
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a loop: "Cancel subscription" leads back to the account page that offers it again, confirming nothing',
      site: site([flow('cancel', [goto(account), click(link({ text: 'Cancel subscription' }), account)])]),
      findings: [{ message: 'does not confirm the cancellation: it says "Your account"' }],
    },
    {
      name: 'decoy for the marks: unmarked, the guess judges the offer page "Cancel subscription" led to',
      site: goodbyeFlow(fairDone(), 'none'),
      findings: [{ message: 'The page "Cancel subscription" led to (/account/stay, goodbye flow, step 1) does not confirm the cancellation' }],
    },
    {
      name: 'marked page: a page marked as confirming the cancellation that does not, said to be marked',
      site: goodbyeFlow(darkDone(false), 'page'),
      findings: [
        {
          message: 'The page marked as confirming the cancellation (/account/cancel/done, goodbye flow, step 3) does not confirm the cancellation: it says "Thanks for your feedback!", nothing about the subscription being cancelled or when it ends.',
          step: 3,
          facts: { marked: 'confirms-cancellation' },
        },
      ],
    },
    {
      name: 'marked submit: the page the marked click led to, said to be marked',
      site: goodbyeFlow(darkDone(false), 'submit'),
      findings: [{ message: 'The page "Yes, go ahead" led to (/account/cancel/done, goodbye flow, step 3) does not confirm the cancellation: it says "Thanks for your feedback!", nothing about the subscription being cancelled or when it ends (marked as submitting the cancellation).', facts: { marked: 'submits-cancellation' } }],
    },
    {
      name: 'the cancellation leads to a settings page; the account reopened afterwards does not make up for it',
      site: site([
        flow('cancel', [
          goto(account),
          click(button({ text: 'Cancel subscription' }), snapshot({ path: '/privacy-settings', texts: [heading('Privacy settings')] })),
          goto(snapshot({ path: '/account', texts: [heading('Your account'), text('Subscription cancelled')] })),
        ]),
      ]),
      findings: [{ message: 'The page "Cancel subscription" led to (/privacy-settings, cancel flow, step 1) does not confirm the cancellation', step: 1 }],
    },
    {
      name: 'dark: "Thanks for your feedback!" and a "Request received" toast gone 3 s later',
      site: site([cancelFlow(darkDone(true), darkDone(false), 3000)]),
      findings: [
        {
          message:
            'The cancel flow ends without a lasting cancellation confirmation (/account/cancel/done, cancel flow, step 2): the only notice, "Request received", was a toast gone 3 s later.',
          flow: 'cancel',
          step: 2,
          selector: '#toast',
          facts: { transientText: 'Request received', settledAfterMs: 3000 },
        },
      ],
    },
    {
      name: 'an order whose "Order placed successfully!" toast, in the notifications region a toast library mounts, still shows when the home page is read again',
      site: (() => {
        const home = () =>
          snapshot({
            path: '/',
            texts: [
              text('Order placed successfully!', { tag: 'section', kind: 'status', live: true, selector: 'section[aria-label="Notifications"]' }),
              toast('Order placed successfully!', { selector: 'section > ol > li' }),
              heading('Goods for everyday living'),
            ],
          })
        return site([flow('checkout', [goto(snapshot({ path: '/checkout', texts: [heading('Checkout'), text('Linen shirt $128')] })), click(button({ text: 'Pay $128' }), home())], { settled: home(), settledAfterMs: 3000 })])
      })(),
      findings: [{ message: 'the only notice, "Order placed successfully!", was a toast (fixed, in a live region), which does not stay.' }],
    },
    {
      name: 'a cancellation stated only in a fixed live-region toast (no settled snapshot)',
      site: site([cancelFlow(snapshot({ path: '/account', texts: [heading('Your account'), toast('Your membership has been cancelled')] }))]),
      findings: [{ message: 'the only notice, "Your membership has been cancelled", was a toast (fixed, in a live region), which does not stay.' }],
    },
    {
      name: 'the final page says nothing about the cancellation (the footer does not count)',
      site: site([cancelFlow(snapshot({ path: '/goodbye', texts: [heading("We're sorry to see you go"), ...chrome()] }))]),
      findings: [{ message: 'does not confirm the cancellation: it says "We\'re sorry to see you go", nothing about the subscription being cancelled' }],
    },
    {
      name: '"has not been cancelled" is not a confirmation',
      site: site([cancelFlow(snapshot({ path: '/account/cancel', texts: [heading('Something went wrong'), text('Your subscription has not been cancelled. Please try again.')] }))]),
      findings: [{ message: 'does not confirm the cancellation' }],
    },
    {
      name: 'checkout ends on a page that confirms nothing',
      site: site([checkoutFlow(snapshot({ path: '/browse', texts: [heading('Trending now')] }))]),
      findings: [{ message: 'The final page of the checkout flow (/browse, checkout flow, step 1) does not confirm the order: it says "Trending now"', flow: 'checkout', step: 1 }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable: a cancel flow that stops at "Manage subscription", on a page still offering to cancel, cancelled nothing',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/', elements: [button({ text: 'Manage subscription' })], texts: [heading('My profile')] })),
          click(button({ text: 'Manage subscription' }), snapshot({ path: '/', elements: [button({ text: 'Update payment method' }), button({ text: 'Cancel Migrate Mate' })], texts: [heading('My profile')] })),
        ]),
      ]),
      outcome: 'not-applicable',
      reason: 'no flow placed an order or pressed anything choosing to cancel',
    },
    {
      name: 'needs review when the page says "cancelled" but not until when',
      site: site([cancelFlow(snapshot({ path: '/account/cancelled', texts: [heading('Your membership has been cancelled.')] }))]),
      outcome: 'needs-review',
      reason: 'confirms only part',
      findings: [{ message: 'says "Your membership has been cancelled." but not when it ends.', step: 2 }],
    },
    {
      name: 'needs review when the end date is a placeholder and "until then" points back to it',
      site: site([cancelFlow(snapshot({ path: '/cancel', texts: [heading('Subscription Cancelled'), text('Your subscription is set to end on XX date.'), text("You'll still have full access until then.")] }))]),
      outcome: 'needs-review',
      findings: [{ message: 'but not when it ends.' }],
    },
    {
      name: 'needs review when checkout thanks for the order but names no plan or price',
      site: site([checkoutFlow(snapshot({ path: '/thanks', texts: [heading('Thank you for your order!')] }))]),
      outcome: 'needs-review',
      findings: [{ message: 'but not which plan was bought' }],
    },
    {
      name: 'error when the cancel flow failed',
      site: site([flow('cancel', [goto(account), step({ kind: 'click', action: 'click: Confirm cancellation', status: 'failed', error: 'Timeout 10000ms exceeded' })])]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1 (click: Confirm cancellation): Timeout 10000ms exceeded, so its final page was never reached',
    },
    {
      name: 'not applicable without a cancel or checkout flow',
      site: site([flow('signup', [goto(snapshot({ path: '/signup' }))])]),
      outcome: 'not-applicable',
      reason: 'no cancel or checkout flow',
    },
  ],
})
