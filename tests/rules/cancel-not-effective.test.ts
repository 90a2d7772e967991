import rule from '../../src/rules/cancel-not-effective.js'
import { button, click, flow, goto, heading, marked, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const cancelButton = () => button({ text: 'Cancel subscription', selector: '#cancel' })
const confirmButton = () => button({ text: 'Submit request', selector: '#submit' })

const account = (...lines: string[]) =>
  snapshot({ path: '/account', texts: [heading('My account'), ...lines.map((l, i) => text(l, { selector: `#status-${i}` }))], elements: [cancelButton()] })

/** Login page, account, the cancel button, the final step, and then (optionally) the account again. */
const cancelFlow = (after?: ReturnType<typeof snapshot>) =>
  flow('cancel', [
    goto(account('Your Digital plan renews on 14 March 2026.', 'Active')),
    click(cancelButton(), snapshot({ path: '/cancel/confirm', texts: [heading('Review your request')], elements: [confirmButton()] })),
    click(confirmButton(), snapshot({ path: '/cancel/done', texts: [heading('Thank you for your feedback.')] })),
    ...(after ? [goto(after)] : []),
  ])

const backToAccount = () => button({ text: 'Back to my account', selector: '#back' })
/** The cancel flow ending with a click back to the account page it started from. */
const cancelFlowBack = (after: ReturnType<typeof snapshot>) =>
  flow('cancel', [
    goto(account('Your Digital plan renews on 14 March 2026.', 'Active')),
    click(cancelButton(), snapshot({ path: '/cancel/confirm', texts: [heading('Review your request')], elements: [confirmButton()] })),
    click(confirmButton(), snapshot({ path: '/cancel/done', texts: [heading('Sorry to see you go')], elements: [backToAccount()] })),
    click(backToAccount(), after),
  ])

const viewPlan = () => button({ text: 'View my plan', selector: '#plan' })
const subscription = (...lines: string[]) => snapshot({ path: '/subscription', texts: [heading('My plan'), ...lines.map((l, i) => text(l, { selector: `#plan-${i}` }))] })
/** After cancelling, "View my plan" opens a page the flow had not shown: no revisit of the account
 * the rule would recognise, unless the scenario marks it. The account before cancelling is marked too. */
const markedStatus = (after: ReturnType<typeof snapshot>, mark = true) => {
  const status = (s: ReturnType<typeof step>) => (mark ? marked(s, 'account-status') : s)
  return site([
    flow('cancel', [
      status(goto(account('Your Digital plan renews on 14 March 2026.', 'Active'))),
      click(cancelButton(), snapshot({ path: '/cancel/confirm', texts: [heading('Review your request')], elements: [confirmButton()] })),
      click(confirmButton(), snapshot({ path: '/cancel/done', texts: [heading('Thank you for your feedback.')], elements: [viewPlan()] })),
      status(click(viewPlan(), after)),
    ]),
  ])
}

testRule(rule, {
  valid: [
    {
      name: 'marked: the page marked as the account status says it was cancelled; the marked page before cancelling is not read',
      site: markedStatus(subscription('Cancelled — access until 14 March 2026')),
    },
    {
      name: 'fair: "Back to my account" shows the plan cancelled',
      site: site([cancelFlowBack(account('Cancelled — access until 14 March 2026'))]),
    },
    {
      name: 'fair: the account says "Cancelled — access until …"',
      site: site([cancelFlow(account('Cancelled — access until 14 March 2026'))]),
    },
    {
      name: 'decoy: "Active until 30 June, then cancelled" is effective',
      site: site([cancelFlow(account('Active until 30 June 2026, then cancelled.'))]),
    },
    {
      name: 'decoy: "Your subscription has been cancelled. Active until …"',
      site: site([cancelFlow(account('Your subscription has been cancelled. Active until 30 June 2026.'))]),
    },
    {
      name: 'a verify flow after the cancel flow finds the plan ended',
      site: site([cancelFlow(), flow('verify', [goto(account('Status: Cancelled', 'Your access ends on 14 March 2026.'))])]),
    },
    {
      name: 'in German: "Ihr Abo wurde gekündigt"',
      site: site([cancelFlow(snapshot({ path: '/konto', lang: 'de', texts: [text('Ihr Abo wurde zum 14. März 2026 gekündigt.')] }))]),
    },
  ],
  invalid: [
    {
      name: 'a German account page left at lang="en" still says the plan renews',
      site: site([
        cancelFlow(
          snapshot({
            path: '/konto',
            lang: 'en',
            texts: [heading('Mein Konto'), text('Ihr Abo ist aktiv und verlängert sich am 14. März 2026 automatisch.', { selector: '#status' }), text('Hier finden Sie Ihre Rechnungen und Ihre Zahlungsdaten.')],
          }),
        ),
      ]),
      findings: [{ message: /^After cancelling, \/konto .* still says "Ihr Abo ist aktiv/, selector: '#status' }],
    },
    {
      name: 'marked: the page marked as the account status, reached by a click to a page not seen before, still active',
      site: markedStatus(subscription('Your Digital plan renews on 14 March 2026.', 'Active')),
      findings: [
        {
          message: /^After cancelling, \/subscription \(cancel flow, step 3\) still says .* \(marked as the account status page\)\.$/,
          step: 3,
          facts: { marked: 'account-status' },
        },
      ],
    },
    {
      name: 'dark: after cancelling, the account still says "Your Digital plan renews on …"',
      site: site([cancelFlow(account('Your Digital plan renews on 14 March 2026.', 'Active'))]),
      findings: [
        {
          message:
            'After cancelling, /account (cancel flow, step 3) still says "Your Digital plan renews on 14 March 2026." and "Active" ("renews on", "Active"), with no word of the subscription being cancelled or ending.',
          flow: 'cancel',
          step: 3,
          selector: '#status-0',
          facts: { statusWords: 'renews on | Active' },
        },
      ],
    },
    {
      name: 'a verify flow finds the plan active',
      site: site([cancelFlow(), flow('verify-status', [goto(account('Next billing date: 14 March 2026'))])]),
      findings: [{ message: 'After cancelling, /account (verify-status flow, step 0) still says "Next billing date: 14 March 2026"', flow: 'verify-status' }],
    },
    {
      name: '"has not been cancelled" is still active',
      site: site([cancelFlow(account('Your subscription has not been cancelled.'))]),
      findings: [{ message: '"has not been cancelled"' }],
    },
    {
      name: '"Back to my account" after cancelling shows the plan active with a next payment',
      site: site([cancelFlowBack(account('Active', 'Next payment: 14 March 2026'))]),
      findings: [{ message: /After cancelling, \/account \(cancel flow, step 3\) still says/, step: 3 }],
    },
  ],
  outcomes: [
    {
      name: 'decoy for the mark: unmarked, the same page is no revisit of the account the rule can tell',
      site: markedStatus(subscription('Your Digital plan renews on 14 March 2026.', 'Active'), false),
      outcome: 'not-applicable',
    },
    {
      name: 'a cancel flow that failed after the revisit is not judged',
      site: site([
        flow('cancel', [
          goto(account('Active')),
          click(cancelButton(), snapshot({ path: '/cancel/confirm', elements: [confirmButton()] })),
          goto(account('Your Digital plan renews on 14 March 2026.')),
          step({ kind: 'click', action: 'click: Submit request', status: 'failed', error: 'Timeout' }),
        ]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed',
    },
    {
      name: 'not applicable without a revisit, and says how to add one',
      site: site([cancelFlow()]),
      outcome: 'not-applicable',
      reason: 'does not revisit the account after cancelling',
    },
    {
      name: 'not applicable without a cancel flow',
      site: site([flow('signup', [goto(account('Active'))])]),
      outcome: 'not-applicable',
      reason: 'no cancel flow',
    },
    {
      name: 'a goto before any cancel click is not a revisit',
      site: site([flow('cancel', [goto(account('Active')), click(cancelButton(), snapshot({ path: '/cancel/confirm' }))])]),
      outcome: 'not-applicable',
      reason: 'does not revisit',
    },
    {
      name: 'pages before the last cancel click are not revisits, however they were reached',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/help' })),
          click(button({ text: 'How do I cancel my subscription?' }), snapshot({ path: '/help' })),
          goto(account('Your Digital plan renews on 14 March 2026.')),
          click(cancelButton(), snapshot({ path: '/cancel/confirm', elements: [confirmButton()] })),
          click(confirmButton(), snapshot({ path: '/cancel/done' })),
        ]),
      ]),
      outcome: 'not-applicable',
      reason: 'does not revisit',
    },
    {
      name: 'needs review when the revisited page shows no status',
      site: site([cancelFlow(snapshot({ path: '/login', texts: [heading('Log in to your account')] }))]),
      outcome: 'needs-review',
      reason: "none of the 1 page(s) seen after cancelling (/login) shows the subscription's status",
    },
    {
      name: 'needs review when the page says both',
      site: site([cancelFlow(account('Your subscription has been cancelled.', 'Your plan renews on 14 March 2026.'))]),
      outcome: 'needs-review',
      reason: 'says both',
      findings: [{ message: 'says both "Your subscription has been cancelled." and "Your plan renews on 14 March 2026."' }],
    },
    {
      name: 'error when the cancel flow failed before the revisit',
      site: site([flow('cancel', [goto(account('Active')), step({ kind: 'click', action: 'click: Cancel subscription', status: 'failed', error: 'Timeout' })])]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})
