import rule from '../../src/rules/cancel-harder-than-signup.js'
import { button, check, checkbox, click, field, fill, flow, goto, link, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const page = (path: string) => snapshot({ path })
const email = field({ label: 'Email', selector: '#email' })
const password = field({ label: 'Password', type: 'password', selector: '#password' })

/** Signup: Terms and Continue count; the e-mail and password identify the user and do not. */
const signup = flow('signup', [
  goto(snapshot({ path: '/signup', elements: [email, password] })),
  fill(email, page('/signup')),
  fill(password, page('/signup')),
  check(checkbox({ label: 'I agree to the Terms' }), page('/signup')),
  click(button({ text: 'Continue' }), page('/checkout')),
])
/** Checkout: Start membership counts; the card number is what paying needs and does not. */
const checkout = flow('checkout', [
  goto(page('/checkout')),
  fill(field({ label: 'Card number' }), page('/checkout')),
  click(button({ text: 'Start membership' }), page('/welcome')),
  step({ kind: 'expect', action: 'expect: Welcome', snapshot: page('/welcome') }),
])

/** The dark cancel path: account → manage → small link → survey → offer → second offer → confirm. */
const darkCancel = flow('cancel', [
  goto(page('/account')),
  click(link({ text: 'Manage membership' }), page('/account/membership')),
  click(link({ text: 'Cancel membership' }), page('/cancel/survey')),
  check(checkbox({ label: 'Too expensive' }), page('/cancel/survey')),
  fill(field({ label: 'Tell us more', tag: 'textarea' }), page('/cancel/survey')),
  click(button({ text: 'Continue' }), page('/cancel/offer')),
  click(button({ text: 'No thanks, continue cancelling' }), page('/cancel/offer-2')),
  click(button({ text: 'No thanks' }), page('/cancel/confirm')),
  click(button({ text: 'Confirm cancellation' }), page('/cancel/done')),
  step({ kind: 'wait', action: 'wait: 2000ms', snapshot: page('/cancel/done') }),
  step({ kind: 'capture', action: 'capture: done', snapshot: page('/cancel/done') }),
])

const fairCancel = flow('cancel', [
  goto(page('/account')),
  click(link({ text: 'Cancel subscription' }), page('/account/cancel')),
  click(button({ text: 'Confirm cancellation' }), page('/account/cancelled')),
])

/** A shop's one-off purchase through a cart, walked beside the subscription. */
const shopping = flow('checkout', [
  goto(page('/products')),
  click(button({ text: 'Add to cart' }), page('/cart')),
  click(button({ text: 'Checkout' }), page('/checkout')),
  fill(field({ label: 'Street' }), page('/checkout')),
  fill(field({ label: 'City' }), page('/checkout')),
  fill(field({ label: 'Postcode' }), page('/checkout')),
  click(button({ text: 'Place order' }), page('/thanks')),
])
/** The club joined in one click on an offer page. */
const oneClickJoin = flow('subscribe', [goto(page('/club')), click(button({ text: 'Yes, join the club' }), page('/club/welcome'))])
/** Leaving the club: manage, more options, cancel, two "continue", confirm. */
const longCancel = flow('cancel', [
  goto(page('/profile')),
  click(link({ text: 'Manage club' }), page('/club/manage')),
  click(button({ text: 'More options' }), page('/club/manage')),
  click(button({ text: 'Cancel club' }), page('/club/manage/confirm')),
  click(button({ text: 'Continue cancellation' }), page('/club/manage/benefits')),
  click(button({ text: 'Continue cancellation' }), page('/club/manage/final')),
  click(button({ text: 'Cancel club' }), page('/club/manage/done')),
])

testRule(rule, {
  valid: [
    {
      name: 'a one-click join against a one-click cancel, with a cart purchase beside them',
      site: site([shopping, oneClickJoin, flow('cancel', [goto(page('/profile')), click(button({ text: 'Cancel club' }), page('/club/cancelled'))])]),
    },
    {
      name: 'fair: two clicks to cancel against three to join',
      site: site([signup, checkout, fairCancel]),
    },
    {
      name: 'logging in before cancelling is not counted against the site',
      site: site([
        flow('signup', [goto(page('/signup')), fill(email, page('/signup')), click(button({ text: 'Join' }), page('/welcome'))]),
        flow(
          'cancel',
          [
            goto(snapshot({ path: '/login', elements: [email, password] })),
            fill(email, page('/login')),
            fill(password, page('/login')),
            click(button({ text: 'Sign in' }), page('/account')),
            click(link({ text: 'Cancel subscription' }), page('/account/cancel')),
            click(button({ text: 'Confirm' }), page('/account/cancelled')),
          ],
          { fresh: true },
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a one-click join against six clicks to cancel: the cart purchase is no part of joining',
      site: site([shopping, oneClickJoin, longCancel]),
      findings: [{ message: /Cancelling \(cancel flow\) took 6 actions .*; joining \(subscribe\) took 1 action/, facts: { signupActions: 1, joiningFlows: 'subscribe' } }],
    },
    {
      name: 'dark: eight actions over seven pages to cancel, three to join',
      site: site([signup, checkout, darkCancel]),
      findings: [
        {
          message:
            'Cancelling (cancel flow) took 8 actions (7 clicks, 1 field) over 7 pages; joining (signup + checkout) took 3 actions (3 clicks, 0 fields) over 3 pages — 2.67× as many actions. Not counted: the e-mail and password typed when joining (2 fields); payment and address details (1 field).',
          flow: 'cancel',
          step: null,
          facts: {
            cancelActions: 8,
            signupActions: 3,
            ratio: 2.67,
            cancelPages: 7,
            signupPages: 3,
            cancelClicks: 7,
            cancelFields: 1,
            signupClicks: 3,
            signupFields: 0,
            signupCredentialStepsExcluded: 2,
            signupPaymentFieldsExcluded: 1,
          },
        },
      ],
    },
    {
      name: 'a cancel flow that failed after already taking more actions than joining',
      site: site([
        flow('signup', [goto(page('/signup')), click(button({ text: 'Join' }), page('/welcome'))]),
        flow('cancel', [...darkCancel.steps.slice(0, 6), step({ kind: 'click', action: 'click: No thanks', status: 'failed', error: 'element not found' })]),
      ]),
      findings: [{ message: 'took at least 5 actions', facts: { cancelFlowCompleted: false, cancelActions: 5, signupActions: 1 } }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable without a cancel flow',
      site: site([signup, checkout]),
      outcome: 'not-applicable',
      reason: 'no cancel flow',
    },
    {
      name: 'not applicable without a signup flow (checkout alone is not joining)',
      site: site([checkout, fairCancel]),
      outcome: 'not-applicable',
      reason: 'no signup flow',
    },
    {
      name: 'error when the signup flow failed',
      site: site([flow('signup', [goto(page('/signup')), step({ kind: 'click', action: 'click: Join', status: 'failed', error: 'Timeout' })]), fairCancel]),
      outcome: 'error',
      reason: 'the signup flow failed at step 1',
    },
    {
      name: 'error when the cancel flow failed before it took more than joining',
      site: site([signup, checkout, flow('cancel', [goto(page('/account')), step({ kind: 'click', action: 'click: Cancel', status: 'failed', error: 'Timeout' })])]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1 (click: Cancel): Timeout',
    },
  ],
})
