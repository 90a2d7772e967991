import type { StepRecord } from '../../src/artifacts/site-trace.js'
import rule from '../../src/rules/slow-step.js'
import { button, click, field, fill, flow, goto, site, snapshot, step, text, toast } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const T0 = Date.parse('2026-05-01T10:00:00.000Z')

/** A step started `at` ms into the walk, taking `durationMs` (action and settle) and, for steps with a
 * target, `targetWaitMs` until its element was usable. */
const timed = (record: StepRecord, at: number, durationMs: number, targetWaitMs?: number): StepRecord => ({
  ...record,
  startedAt: new Date(T0 + at).toISOString(),
  durationMs,
  targetWaitMs,
})

const create = button({ text: 'Create account', selector: '#create' })
const cardNumber = field({ label: 'Card number', selector: '#card-number' })
const signupPage = snapshot({ path: '/signup', elements: [create] })
const loading = snapshot({ path: '/checkout', texts: [toast('Loading secure checkout…', { selector: '#checkout-loader', fixed: false })] })
const paymentPage = snapshot({ path: '/checkout', elements: [cardNumber] })

// A shop home page whose own timer opens an offer box some seconds after a newsletter box was closed.
const dismiss = button({ text: 'No thanks', selector: '#newsletter-dismiss', region: 'dialog "Newsletter"' })
const browse = button({ text: 'Show all products', selector: '#all' })
const homeWithNewsletter = snapshot({ path: '/', elements: [browse, dismiss], texts: [text('Join our newsletter', { kind: 'dialog' })] })
const homeBrowsing = snapshot({ path: '/', elements: [browse] })
const homeWithOffer = snapshot({
  path: '/',
  elements: [browse],
  texts: [text('Deal of the hour: garden chairs −60 %', { kind: 'dialog', fixed: true }), text('Deal of the hour', { kind: 'heading', region: 'dialog "Deal of the hour"' })],
})
const waitFor = (awaited: string, page: ReturnType<typeof snapshot>): StepRecord =>
  step({ kind: 'wait', action: `wait for text "${awaited}"`, snapshot: page })
// A cancellation whose confirmation box comes up only after a long spinner.
const endNow = button({ text: 'End my membership', selector: '#end' })
const accountBusy = snapshot({ path: '/account', elements: [endNow], texts: [toast('Processing your request…')] })
const confirmBox = snapshot({ path: '/account', texts: [text('Confirm the end of your membership', { kind: 'dialog' })] })

testRule(rule, {
  valid: [
    {
      name: 'a payment form that is there as soon as the page loads',
      site: site([
        flow('signup', [timed(goto(signupPage), 0, 400), timed(click(create, paymentPage), 900, 600, 30)]),
        flow('checkout', [timed(fill(cardNumber, paymentPage), 2_000, 120, 20)]),
      ]),
    },
    {
      // Decoy: the walker spent 4 s reading a countdown again and 6 s in a fixed pause of the
      // scenario; the page itself was ready at once.
      name: 'time spent in the walker’s own waiting, not the page',
      site: site([
        flow('signup', [
          timed(goto(signupPage), 0, 400),
          timed(step({ kind: 'wait', action: 'wait 6000 ms', snapshot: signupPage }), 4_800, 6_010),
          timed(click(create, paymentPage), 11_000, 500, 20),
          timed(fill(cardNumber, paymentPage), 11_900, 100, 10),
        ]),
      ]),
    },
    {
      // A fresh flow starts a new browser: its first step is not kept waiting by the last flow's page.
      name: 'a fresh flow after a step whose page was still loading',
      site: site([
        flow('signup', [timed(click(create, loading), 0, 500, 20)]),
        flow('support', [timed(fill(cardNumber, paymentPage), 6_000, 200, 100)], { fresh: true }),
      ]),
    },
    {
      // Decoy: a slow action with nothing on the page saying it is busy may be the walking machine's.
      name: 'a step slow in its own settling, with no sign of loading on the page',
      site: site([flow('support', [timed(goto(snapshot({ path: '/help' })), 0, 6_200)])]),
    },
    {
      // Decoy: the scenario waited for a popup the page opens on its own timer after the newsletter
      // box was closed; the page under it could be used the whole time.
      name: 'a wait for the page’s own timed offer popup after closing another box',
      site: site([
        flow('checkout', [
          timed(goto(homeWithNewsletter), 0, 400),
          timed(click(dismiss, homeBrowsing), 1_000, 500, 20),
          timed(waitFor('Deal of the hour', homeWithOffer), 1_600, 7_800, 7_400),
          timed(click(browse, homeBrowsing), 9_500, 300, 20),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a wait for a confirmation box that a spinner keeps away for 7 s after the user asked to cancel',
      site: site([
        flow('cancel', [
          timed(goto(accountBusy), 0, 400),
          timed(click(endNow, accountBusy), 1_000, 500, 20),
          timed(waitFor('Confirm the end', confirmBox), 1_600, 7_000, 6_900),
        ]),
      ]),
      findings: [{ message: 'took 7.5 s to become usable, showing "Processing your request…" meanwhile', flow: 'cancel', step: 1, facts: { measuredUntil: 'next step could act' } }],
    },
    {
      name: 'a card form behind a loading spinner for 5.5 s after the click that opened it',
      site: site([
        flow('signup', [timed(goto(signupPage), 0, 400), timed(click(create, loading), 1_000, 620, 60)]),
        flow('checkout', [timed(fill(cardNumber, paymentPage), 4_900, 2_500, 2_400)]),
      ]),
      findings: [
        {
          message:
            'After step 1 of the signup flow (click "Create account"), /checkout took 6.2 s to become usable, showing "Loading secure checkout…" meanwhile: "Card number" (checkout flow, step 0) could be used only then.',
          flow: 'signup',
          step: 1,
          selector: '#checkout-loader',
          facts: { usableAfterMs: 6_240, measuredUntil: 'next step could act', nextStep: 'checkout #0' },
        },
      ],
    },
    {
      name: 'a page that takes 7 s to load and settle behind a "please wait" notice',
      site: site([flow('cancel', [timed(goto(snapshot({ path: '/account', texts: [toast('Please wait, loading your account…')] })), 0, 7_000)])]),
      findings: [
        {
          message: 'After step 0 of the cancel flow (goto: /account), /account took 7.0 s to load and settle, showing "Please wait, loading your account…" meanwhile.',
          facts: { measuredUntil: 'page settled' },
        },
      ],
    },
  ],
  outcomes: [
    {
      name: 'no step acted on a readable page',
      site: site([flow('signup', [step({ kind: 'goto', status: 'failed', error: 'net::ERR_CONNECTION_REFUSED' })], { status: 'failed' })]),
      outcome: 'error',
      reason: 'ERR_CONNECTION_REFUSED',
    },
  ],
})
