import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/cancel-entry-hidden.js'
import { button, click, element, field, fill, flow, goto, link, look, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const ACCOUNT = 'main.account-page > section.card "Membership"'
const MORE = 'main.account-page > nav.account-links "More account options"'

const plainButton = (text: string, selector: string, region = ACCOUNT, fontSizePx = 15): SnapshotElement =>
  element({ tag: 'button', type: 'button', role: 'button', text, name: text, selector, region, box: { x: 40, y: 300, width: 180, height: 44 }, look: look({ fontSizePx }) })

/** The honest account page: "Cancel membership" among the other account actions, as large as they are. */
const fairAccount = () =>
  snapshot({
    path: '/account',
    elements: [plainButton('Change plan', '#change'), plainButton('Update payment method', '#card'), plainButton('Cancel membership', '#cancel')],
  })
const confirmPage = () => snapshot({ path: '/cancel/confirm', elements: [plainButton('Cancel subscription', '#finish', 'main')] })
const signIn = () => {
  const email = field({ label: 'Email address', type: 'email', selector: '#email' })
  const password = field({ label: 'Password', type: 'password', selector: '#password' })
  const submit = button({ text: 'Sign in', selector: '#sign-in' })
  const login = snapshot({ path: '/login', elements: [email, password, submit] })
  return { login, email, password, submit }
}

/** Seventeen 11px light-grey links in a "More options" section; `visible` says whether it is open. */
function membershipPage(open: boolean): ReturnType<typeof snapshot> {
  const names = ['Viewing activity', 'Ratings', 'Parental controls', 'Playback settings', 'Subtitle appearance', 'Display language', 'Signed-in devices', 'Profile transfer', 'Gift cards', 'Redeem a code', 'Billing history', 'E-mail preferences', 'Privacy settings', 'Cancel membership', 'Download your data', 'Test participation', 'Ratings history']
  const links = names.map((text, i) =>
    link({ text, selector: text === 'Cancel membership' ? '#more-cancel' : `#more-${i}`, region: MORE, fontSizePx: 11, color: 'rgb(184, 188, 196)', contrastRatio: 1.93, visible: open }),
  )
  const summary = element({ tag: 'summary', role: 'button', text: 'More options', name: 'More options', selector: 'details.more-options > summary', look: look({ fontSizePx: 12 }) })
  return snapshot({ path: '/account/membership', elements: [plainButton('Upgrade to Premium', '#upgrade'), summary, ...links] })
}
const cancelLinkIn = (page: ReturnType<typeof snapshot>): SnapshotElement => page.elements.find((e) => e.selector === '#more-cancel') as SnapshotElement
const summaryIn = (page: ReturnType<typeof snapshot>): SnapshotElement => page.elements.find((e) => e.name === 'More options') as SnapshotElement

/** Sign in, open and close the profile form (a decoy), go to membership, open "More options", cancel. */
function darkFlow() {
  const { login, email, password, submit } = signIn()
  const account = snapshot({
    path: '/account',
    elements: [plainButton('Manage membership', '#manage'), plainButton('Edit profile', '#edit', 'section.card "Profile"')],
  })
  const editing = snapshot({
    path: '/account',
    elements: [...account.elements, plainButton('Save changes', '#save', 'form#profile-form'), link({ text: 'Cancel', selector: '#profile-cancel', region: 'form#profile-form' })],
  })
  const closed = membershipPage(false)
  const opened = membershipPage(true)
  return flow('cancel', [
    goto(login),
    fill(email, login),
    fill(password, login),
    click(submit, account),
    click(account.elements[1] as SnapshotElement, editing),
    click(editing.elements[3] as SnapshotElement, account),
    click(account.elements[0] as SnapshotElement, closed),
    click(summaryIn(closed), opened),
    click(cancelLinkIn(opened), snapshot({ path: '/cancel/survey' })),
  ])
}

testRule(rule, {
  valid: [
    {
      name: 'fair: a "Cancel membership" button among the account actions',
      site: site([flow('cancel', [goto(fairAccount()), click(fairAccount().elements[2] as SnapshotElement, confirmPage()), click(confirmPage().elements[0] as SnapshotElement, snapshot({ path: '/cancel/done' }))])]),
    },
    {
      name: 'decoy: a "Cancel" that closes the edit form is not the way in; the plain button after it is',
      site: site([
        flow('cancel', [
          goto(fairAccount()),
          click(link({ text: 'Cancel', selector: '#profile-cancel', fontSizePx: 10, contrastRatio: 1.5 }), fairAccount()),
          click(fairAccount().elements[2] as SnapshotElement, confirmPage()),
        ]),
      ]),
    },
    {
      name: 'a link at 80% of its neighbours is not yet fine print',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/account', elements: [plainButton('Change plan', '#change'), plainButton('Update payment method', '#card'), link({ text: 'Cancel membership', selector: '#cancel', region: ACCOUNT, fontSizePx: 12 })] })),
          click(link({ text: 'Cancel membership', selector: '#cancel', region: ACCOUNT, fontSizePx: 12 }), confirmPage()),
        ]),
      ]),
    },
    {
      name: 'signing in does not count as clicks toward the entry',
      site: site([
        (() => {
          const { login, email, password, submit } = signIn()
          return flow('cancel', [goto(login), fill(email, login), fill(password, login), click(submit, fairAccount()), click(fairAccount().elements[2] as SnapshotElement, confirmPage())])
        })(),
      ]),
    },
  ],
  invalid: [
    {
      name: 'dark: an 11px faint link among 17, in a collapsed "More options" section',
      site: site([darkFlow()]),
      findings: [
        {
          message:
            'The way in to cancelling, "Cancel membership" on /account/membership (cancel flow, pressed at step 8), is 11px text (under 12px); a contrast of 1.93:1 (rgb(184, 188, 196) on rgb(255, 255, 255), below 3:1); hidden in a collapsed section until "More options" was opened (step 7); one of 17 links in its group (main.account-page > nav.account-links "More account options"). It was reached after 2 clicks from /account.',
          step: 7,
          selector: '#more-cancel',
          facts: { clicksBefore: 2, collapsed: true, revealedBy: 'More options', linksInGroup: 17, fontSizePx: 11, contrastRatio: 1.93 },
        },
      ],
    },
    {
      name: 'a cancel link smaller than the account actions beside it',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/account', elements: [plainButton('Change plan', '#change', ACCOUNT, 18), plainButton('Update payment method', '#card', ACCOUNT, 18), link({ text: 'Cancel membership', selector: '#cancel', region: ACCOUNT, fontSizePx: 13 })] })),
          click(link({ text: 'Cancel membership', selector: '#cancel', region: ACCOUNT, fontSizePx: 13 }), confirmPage()),
        ]),
      ]),
      findings: [{ message: 'is 13px beside 18px for the links beside it (72%). It was reached after 0 clicks from /account.', facts: { fontRatio: 0.72 } }],
    },
    {
      name: 'three pages deep',
      site: site([
        (() => {
          const home = snapshot({ path: '/', elements: [plainButton('Account', '#account')] })
          const account = snapshot({ path: '/account', elements: [plainButton('Settings', '#settings')] })
          const settings = snapshot({ path: '/account/settings', elements: [plainButton('Subscription', '#subscription')] })
          const subscription = snapshot({ path: '/account/settings/subscription', elements: [plainButton('Cancel subscription', '#cancel')] })
          return flow('cancel', [
            goto(home),
            click(home.elements[0] as SnapshotElement, account),
            click(account.elements[0] as SnapshotElement, settings),
            click(settings.elements[0] as SnapshotElement, subscription),
            click(subscription.elements[0] as SnapshotElement, confirmPage()),
          ])
        })(),
      ]),
      findings: [{ message: '3 clicks past /', facts: { clicksBefore: 3 } }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable without a cancel flow',
      site: site([flow('signup', [goto(snapshot({ path: '/signup' }))])]),
      outcome: 'not-applicable',
      reason: 'no cancel flow',
    },
    {
      name: 'needs review when the cancel flow pressed nothing worded as cancelling',
      site: site([flow('cancel', [goto(fairAccount()), click(plainButton('Change plan', '#change'), snapshot({ path: '/pricing' }))])]),
      outcome: 'needs-review',
      reason: 'pressed no link or button worded as cancelling',
    },
    {
      name: 'error when the cancel flow failed before pressing a cancel control',
      site: site([flow('cancel', [goto(fairAccount()), step({ kind: 'click', action: 'click: Cancel membership', status: 'failed', error: 'Timeout' })])]),
      outcome: 'error',
      reason: 'before any control asking to cancel was pressed',
    },
  ],
})
