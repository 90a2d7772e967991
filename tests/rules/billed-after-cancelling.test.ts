import rule from '../../src/rules/billed-after-cancelling.js'
import type { StepRecord } from '../../src/artifacts/site-trace.js'
import { button, click, flow, goto, marked, site, snapshot } from '../helpers/build-trace.js'
import { message, withMail } from '../helpers/build-mail.js'
import { testRule } from '../helpers/rule-tester.js'

const finish = () => button({ text: 'Finish cancellation', selector: '#finish' })
/** The click on "Finish cancellation" starts at 00:00:03.400. */
const at = (s: StepRecord, startedAt: string): StepRecord => ({ ...s, startedAt })
const cancelFlow = (...messages: ReturnType<typeof message>[]) =>
  withMail(
    flow('cancel', [
      goto(snapshot({ path: '/cancel/confirm', elements: [finish()] })),
      at(click(finish(), snapshot({ path: '/cancel/done' })), '2026-01-01T00:00:03.400Z'),
    ]),
    messages,
  )

/** "Cancel membership" only opens the form at 00:00:01; "Yes, I'm sure" submits it at 00:00:05. */
const confirmedLater = (mark: boolean, ...messages: ReturnType<typeof message>[]) => {
  const entry = button({ text: 'Cancel membership', selector: '#cancel' })
  const sure = button({ text: "Yes, I'm sure", selector: '#sure' })
  const submit = at(click(sure, snapshot({ path: '/cancel/done' })), '2026-01-01T00:00:05.000Z')
  return withMail(
    flow('cancel', [
      goto(snapshot({ path: '/account', elements: [entry] })),
      at(click(entry, snapshot({ path: '/cancel/confirm', elements: [sure] })), '2026-01-01T00:00:01.000Z'),
      mark ? marked(submit, 'submits-cancellation') : submit,
    ]),
    messages,
  )
}

const invoice = (receivedAt = '2026-01-01T00:00:04.000Z') =>
  message({ subject: 'Your Streamly receipt', text: 'Hello,\n\nwe charged $15.49 to your card ending 4242.\n\nInvoice #2231', receivedAt })

testRule(rule, {
  valid: [
    {
      name: 'fair: only the cancellation confirmation, which mentions no further invoices',
      site: site([cancelFlow(message({ subject: 'Membership cancelled', text: 'Your membership has been cancelled. You will not receive another invoice.' }))]),
    },
    { name: 'decoy: a refund receipt after cancelling is not a bill', site: site([cancelFlow(message({ subject: 'Your refund', text: 'Your receipt: we refunded $15.49.' }))]) },
    {
      name: 'a receipt from before the cancellation click is not after cancelling',
      site: site([cancelFlow(invoice('2026-01-01T00:00:02.000Z'))]),
    },
    {
      name: 'marked: the receipt came before the marked submit, though after the "Cancel membership" that the guess would take',
      site: site([confirmedLater(true, invoice('2026-01-01T00:00:03.000Z'))]),
    },
    { name: 'decoy: a newsletter after cancelling', site: site([cancelFlow(message({ subject: 'New this week', text: 'Five new series.' }))]) },
  ],
  invalid: [
    {
      name: 'dark: a receipt arrives right after "Finish cancellation"',
      site: site([cancelFlow(invoice())]),
      findings: [
        {
          message: 'After cancelling ("Finish cancellation" in the cancel flow), the e-mail "Your Streamly receipt" bills the customer ("receipt", "we charged", "Invoice").',
          flow: 'cancel',
          step: null,
          selector: 'body > p:nth-of-type(2)',
          facts: { cancelledAt: '2026-01-01T00:00:03.400Z' },
        },
      ],
    },
    {
      name: 'without the mark, the guess takes "Cancel membership" for the moment of cancelling',
      site: site([confirmedLater(false, invoice('2026-01-01T00:00:03.000Z'))]),
      findings: [{ message: 'After cancelling ("Cancel membership" in the cancel flow)' }],
    },
    {
      name: 'marked: a receipt after the marked submit, and the finding says it was marked',
      site: site([confirmedLater(true, invoice('2026-01-01T00:00:06.000Z'))]),
      findings: [{ message: 'After cancelling ("Yes, I\'m sure" in the cancel flow (marked as submitting the cancellation)), the e-mail "Your Streamly receipt" bills the customer', facts: { cancelledAt: '2026-01-01T00:00:05.000Z' } }],
    },
    {
      name: 'within the same second as the click counts (IMAP keeps whole seconds)',
      site: site([cancelFlow(invoice('2026-01-01T00:00:03.000Z'))]),
      findings: [{ message: 'bills the customer' }],
    },
    {
      name: 'a payment reminder in a later verify flow, in German',
      site: site([
        cancelFlow(),
        withMail(flow('verify', [goto(snapshot({ path: '/konto' }))]), [message({ subject: 'Zahlungserinnerung', text: 'Bitte begleichen Sie den offenen Betrag von 15,49 €.', receivedAt: '2026-01-01T00:00:09.000Z' })]),
      ]),
      findings: [{ message: '"Zahlungserinnerung" bills the customer', flow: 'verify' }],
    },
  ],
  outcomes: [
    { name: 'not applicable without a mailbox', site: site([flow('cancel', [goto(snapshot({ path: '/cancel' }))])]), outcome: 'not-applicable', reason: 'names no mailbox' },
    {
      name: 'not applicable when nothing pressed says cancel',
      site: site([withMail(flow('cancel', [goto(snapshot({ path: '/account' }))]), [invoice()])]),
      outcome: 'not-applicable',
      reason: 'pressed nothing that says cancel',
    },
  ],
})
