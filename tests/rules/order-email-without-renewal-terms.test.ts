import rule from '../../src/rules/order-email-without-renewal-terms.js'
import { flow, goto, site, snapshot } from '../helpers/build-trace.js'
import { message, withMail } from '../helpers/build-mail.js'
import { testRule } from '../helpers/rule-tester.js'

const checkout = (...messages: ReturnType<typeof message>[]) => withMail(flow('checkout', [goto(snapshot({ path: '/checkout' }))]), messages)
const signup = (...messages: ReturnType<typeof message>[]) => withMail(flow('signup', [goto(snapshot({ path: '/signup' }))]), messages)

const fairOrder = message({
  subject: 'Thanks for your order',
  text: 'Thank you for your order #1042.\n\nYour Standard membership renews automatically every month at $15.49 until you cancel.\n\nYou can cancel anytime online under Account › Membership.',
})

testRule(rule, {
  valid: [
    { name: 'fair: the order e-mail states renewal, price, period and how to cancel', site: site([signup(), checkout(fairOrder)]) },
    {
      name: 'decoy: a welcome e-mail without an order in it is not the acknowledgment',
      site: site([signup(message({ subject: 'Welcome to Streamly', text: 'Your account is ready. Start watching now.' })), checkout(fairOrder)]),
    },
  ],
  invalid: [
    {
      name: 'dark: the order e-mail gives the amount and nothing on renewal or cancelling',
      site: site([checkout(message({ subject: 'Your Streamly receipt', text: 'Thank you for your purchase!\n\nStandard plan: $15.49\n\nEnjoy watching.' }))]),
      findings: [
        {
          message: 'The order e-mail "Your Streamly receipt" never says that the subscription renews, at what price, or how to cancel.',
          flow: 'checkout',
          step: null,
          selector: 'body > p:nth-of-type(1)',
          facts: { missingTerms: 'untilCancelled, price, period, howToCancel', statesRenewal: false },
        },
      ],
    },
    {
      name: 'an order e-mail that states the renewal but not how to cancel',
      site: site([checkout(message({ subject: 'Order confirmed', text: 'Order confirmed.\n\nYour plan renews automatically every month at $15.49 until you cancel.' }))]),
      findings: [{ message: 'does not say how to cancel', facts: { missingTerms: 'howToCancel', statesRenewal: true } }],
    },
  ],
  outcomes: [
    { name: 'not applicable without a mailbox', site: site([flow('checkout', [goto(snapshot({ path: '/checkout' }))])]), outcome: 'not-applicable', reason: 'names no mailbox' },
    { name: 'no order e-mail goes to review', site: site([checkout(message({ subject: 'Welcome', text: 'Hello there.' }))]), outcome: 'needs-review', reason: 'no e-mail confirming the order' },
  ],
})
