import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/cancel-entry-hidden.js'
import { button, click, element, field, fill, flow, goto, inFrame, link, look, site, snapshot, step } from '../helpers/build-trace.js'
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

/** An account page whose "Manage subscription" section is collapsed: its buttons are laid out but
 * faded out (opacity 0) until the toggle is pressed. */
function fadedSection(open: boolean): ReturnType<typeof snapshot> {
  const faded = (text: string, selector: string): SnapshotElement =>
    element({ tag: 'button', role: 'button', text, name: text, selector, region: ACCOUNT, box: { x: 40, y: 400, width: 600, height: 46 }, look: look({ opacity: open ? 1 : 0 }) })
  return snapshot({
    path: '/',
    elements: [plainButton('Manage subscription', '#toggle'), faded('Update payment method', '#card'), faded('Cancel my plan', '#cancel')],
  })
}

/** A sentence at the foot of the profile names the plan; pressing the plan's name (a span that looks
 * like the words around it) opens a dialog whose second button leads to the unsubscribe page. The
 * fair twin: the name is an underlined link to a page of its own with the same buttons. */
function inlineEntry(styled: boolean) {
  const planName = element({
    tag: styled ? 'a' : 'span',
    role: styled ? 'link' : undefined,
    clickable: styled ? undefined : 'pointer',
    href: styled ? 'https://shop.example/account' : undefined,
    text: 'the Plus plan',
    name: 'the Plus plan',
    selector: '#plan-name',
    box: { x: 540, y: 810, width: 120, height: 20 },
    look: look({ fontWeight: 600, underline: styled ? true : undefined }),
  })
  const profile = snapshot({ path: '/account/profile', elements: [plainButton('Save for this month', '#save', 'main'), planName] })
  const goOn = plainButton('Continue', '#go-on', 'div.dialog "Your plan"')
  const others = styled ? [] : profile.elements
  // The link opens a page of its own; the span opens a dialog over the profile.
  const next = snapshot({ path: styled ? '/account/plan' : '/account/profile', elements: [...others, plainButton('Keep my plan', '#keep', 'div.dialog "Your plan"'), goOn] })
  return flow('cancel', [goto(profile), click(planName, next), click(goOn, snapshot({ path: '/account/unsubscribe' }))])
}

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
      name: 'a chat widget\'s footer of twenty help articles is no part of the site\'s footer',
      site: (() => {
        const footer = ['About', 'Terms', 'Privacy', 'Contact'].map((text) => link({ text, region: 'footer', fontSizePx: 14 }))
        const cancel = link({ text: 'Cancel membership', selector: '#footer-cancel', region: 'footer', fontSizePx: 14 })
        const widget = Array.from({ length: 20 }, (_, i) => inFrame(link({ text: `Article ${i + 1}`, selector: `html > body > footer > a:nth-of-type(${i + 1})`, region: 'footer', fontSizePx: 11 })))
        const home = snapshot({ path: '/', elements: [...footer, cancel, ...widget] })
        return site([flow('cancel', [goto(home), click(cancel, confirmPage())])])
      })(),
    },
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
      name: 'fair: "Manage subscription" opens its own page, where "Cancel my plan" is a button like the others',
      site: site([
        (() => {
          const account = snapshot({ path: '/account', elements: [plainButton('Manage subscription', '#manage'), plainButton('Order history', '#orders')] })
          const subscription = snapshot({ path: '/account/subscription', elements: [plainButton('Change plan', '#change'), plainButton('Cancel my plan', '#cancel')] })
          return flow('cancel', [goto(account), click(account.elements[0] as SnapshotElement, subscription), click(subscription.elements[1] as SnapshotElement, confirmPage())])
        })(),
      ]),
    },
    {
      name: 'fair: the plan name is an underlined link to the plan page, which offers to go on',
      site: site([inlineEntry(true)]),
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
            'The way in to cancelling, "Cancel membership" on /account/membership (cancel flow, pressed at step 8), is 11px text (under 12px); a contrast of 1.93:1 (rgb(184, 188, 196) on rgb(255, 255, 255), below 3:1); hidden until "More options" was pressed (step 7); one of 17 links in its group (main.account-page > nav.account-links "More account options"). It was reached after 2 clicks from /account.',
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
      name: 'dark: the cancel button sits in a section faded out (opacity 0) until "Manage subscription" is pressed',
      site: site([flow('cancel', [goto(fadedSection(false)), click(plainButton('Manage subscription', '#toggle'), fadedSection(true)), click(fadedSection(true).elements[2] as SnapshotElement, confirmPage())])]),
      findings: [{ message: '"Cancel my plan" on / (cancel flow, pressed at step 2), is hidden until "Manage subscription" was pressed (step 1).', step: 1, facts: { collapsed: true, revealedBy: 'Manage subscription' } }],
    },
    {
      name: 'dark: the cancel button is not on the page at all until "More options" is pressed',
      site: site([
        (() => {
          const closed = snapshot({ path: '/cancel-offer', elements: [plainButton('Pause my plan', '#pause'), plainButton('More options', '#more')] })
          const open = snapshot({ path: '/cancel-offer', elements: [...closed.elements, plainButton('Cancel subscription', '#cancel')] })
          return flow('cancel', [goto(closed), click(closed.elements[1] as SnapshotElement, open), click(open.elements[2] as SnapshotElement, confirmPage())])
        })(),
      ]),
      findings: [{ message: 'hidden until "More options" was pressed (step 1)' }],
    },
    {
      name: 'dark: no control says "cancel"; the way in is a plain-text plan name whose dialog leads to /account/unsubscribe',
      site: site([inlineEntry(false)]),
      findings: [
        {
          message:
            'The way in to cancelling, "Continue" on /account/profile (cancel flow, pressed at step 2), is hidden until "the Plus plan" was pressed (step 1); "the Plus plan" itself is text with no link or button styling (16px, no underline, fill or border).',
          selector: '#go-on',
        },
      ],
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
      reason: 'pressed no control worded as cancelling and opened no page whose address says so',
    },
    {
      name: 'error when the cancel flow failed before pressing a cancel control',
      site: site([flow('cancel', [goto(fairAccount()), step({ kind: 'click', action: 'click: Cancel membership', status: 'failed', error: 'Timeout' })])]),
      outcome: 'error',
      reason: 'before any control asking to cancel was pressed',
    },
  ],
})
