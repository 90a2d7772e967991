import rule from '../../src/rules/cancellation-email-missing.js'
import { button, click, flow, goto, heading, site, snapshot } from '../helpers/build-trace.js'
import { message, withMail } from '../helpers/build-mail.js'
import { testRule } from '../helpers/rule-tester.js'

const cancelButton = () => button({ text: 'Cancel membership', selector: '#cancel' })
const finish = () => button({ text: 'Finish cancellation', selector: '#finish' })
const cancelFlow = () =>
  flow('cancel', [
    goto(snapshot({ path: '/account', texts: [heading('Your account')], elements: [cancelButton()] })),
    click(cancelButton(), snapshot({ path: '/cancel/confirm', elements: [finish()] })),
    click(finish(), snapshot({ path: '/cancel/done', texts: [heading('You have cancelled')] })),
  ])
const signup = (...messages: ReturnType<typeof message>[]) => withMail(flow('signup', [goto(snapshot({ path: '/signup' }))]), messages)

const confirmation = message({
  subject: 'Your membership has been cancelled',
  text: 'Hi Alex,\n\nyour Streamly membership has been cancelled. You can keep watching until 14 March 2026.',
})
const newsletter = message({ subject: 'New this week on Streamly', text: 'Five new series to watch tonight.\n\nUnsubscribe from this newsletter.' })
const winBack = message({ subject: 'We miss you already', text: 'Come back for 50% off your next three months.' })

testRule(rule, {
  valid: [
    { name: 'fair: an e-mail confirms the cancellation and the last day', site: site([signup(), withMail(cancelFlow(), [confirmation])]) },
    {
      name: 'the confirmation arrives during a later verify flow',
      site: site([withMail(cancelFlow(), [winBack]), withMail(flow('verify', [goto(snapshot({ path: '/account' }))]), [confirmation])]),
    },
    {
      name: 'in German: "Ihr Abo wurde zum 14.03.2026 gekündigt"',
      site: site([withMail(cancelFlow(), [message({ subject: 'Kündigungsbestätigung', text: 'Ihr Abo wurde zum 14.03.2026 gekündigt.' })])]),
    },
    {
      name: '"effective immediately" says when it takes effect',
      site: site([withMail(cancelFlow(), [message({ subject: 'Cancellation confirmed', text: 'Your plan was cancelled, effective immediately.' })])]),
    },
  ],
  invalid: [
    {
      name: 'dark: nothing arrives after cancelling',
      site: site([signup(message({ subject: 'Welcome to Streamly', text: 'Thanks for joining.' })), withMail(cancelFlow(), [])]),
      findings: [{ message: 'No e-mail confirmed the cancellation within 10 s after the cancel flow: no message arrived at all.', flow: 'cancel', step: 2, selector: '#finish' }],
    },
    {
      name: 'decoys: a newsletter and a win-back offer do not confirm a cancellation',
      site: site([withMail(cancelFlow(), [newsletter, winBack])]),
      findings: [{ message: '2 message(s) that arrived ("New this week on Streamly", "We miss you already") do not confirm it', facts: { messagesAfterCancelling: 2 } }],
    },
    {
      name: 'a confirmation of the signup before cancelling does not count',
      site: site([signup(message({ subject: 'Your plan will not renew automatically', text: 'Trial ends on 3 March 2026.' })), withMail(cancelFlow(), [])]),
      findings: [{ message: 'no message arrived at all' }],
    },
  ],
  outcomes: [
    { name: 'not applicable without a mailbox', site: site([cancelFlow()]), outcome: 'not-applicable', reason: 'names no mailbox' },
    {
      name: 'a confirmation with no date goes to review, outlining the sentence',
      site: site([withMail(cancelFlow(), [message({ subject: 'Cancellation received', text: 'Hello,\n\nwe have cancelled your subscription.' })])]),
      outcome: 'needs-review',
      reason: 'no date',
      findings: [{ message: '"Cancellation received" confirms the cancellation but says neither when', selector: 'body > p:nth-of-type(2)' }],
    },
    {
      name: 'a mailbox that could not be read is an error, not a finding',
      site: site([withMail(cancelFlow(), [], { error: 'Authentication failed' })]),
      outcome: 'error',
      reason: 'the mailbox could not be read after the cancel flow: Authentication failed',
    },
  ],
})
