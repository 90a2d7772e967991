import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/cancel-login-wall.js'
import { button, click, field, fill, flow, goto, heading, link, site, snapshot, step, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

type Page = ReturnType<typeof snapshot>
const loginPage = (path = '/login') =>
  snapshot({
    path,
    lang: 'de',
    elements: [field({ label: 'E-Mail-Adresse', type: 'email' }), field({ label: 'Passwort', type: 'password' }), button({ text: 'Anmelden' })],
    texts: [heading('Anmelden')],
  })
const cancelForm = (extra: SnapshotElement[] = []): Page =>
  snapshot({ path: '/kuendigen', lang: 'de', elements: [field({ label: 'E-Mail-Adresse für die Bestätigung', type: 'email' }), ...extra, button({ text: 'Jetzt kündigen' })], texts: [heading('Vertrag kündigen')] })
const done = () => snapshot({ path: '/kuendigen/bestaetigung', lang: 'de', texts: [heading('Ihre Kündigung ist eingegangen')] })
const home = () => snapshot({ path: '/', lang: 'de', elements: [link({ text: 'Mitgliedschaft beenden', href: url('/login?weiter=/kuendigen') })] })

const walledFlow = () => {
  const login = loginPage()
  const form = cancelForm()
  return flow('cancel', [
    goto(home()),
    click(link({ text: 'Mitgliedschaft beenden', href: url('/login?weiter=/kuendigen') }), login),
    fill(login.elements[0] as SnapshotElement, login),
    fill(login.elements[1] as SnapshotElement, login),
    click(login.elements[2] as SnapshotElement, form),
    click(form.elements[1] as SnapshotElement, done()),
  ])
}

/** English: the scenario signs in first, then finds the cancel button (Ledger's and Streamly's way). */
const signInFirst = () => {
  const login = snapshot({ path: '/login', elements: [field({ label: 'Email address', type: 'email' }), field({ label: 'Password', type: 'password' }), button({ text: 'Log in' })] })
  const account = snapshot({ path: '/account', elements: [button({ text: 'Cancel subscription' })] })
  const confirm = snapshot({ path: '/cancel/confirm', elements: [button({ text: 'Cancel subscription' })] })
  return flow('cancel', [
    goto(login),
    fill(login.elements[0] as SnapshotElement, login),
    fill(login.elements[1] as SnapshotElement, login),
    click(login.elements[2] as SnapshotElement, account),
    click(account.elements[0] as SnapshotElement, confirm),
    click(confirm.elements[0] as SnapshotElement, snapshot({ path: '/cancel/done', texts: [heading('Your subscription has been cancelled')] })),
  ])
}

testRule(rule, {
  valid: [
    {
      name: 'fair: the footer button opens the form directly',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/', lang: 'de', elements: [link({ text: 'Verträge hier kündigen', href: url('/kuendigen') })] })),
          click(link({ text: 'Verträge hier kündigen', href: url('/kuendigen') }), cancelForm()),
          click(button({ text: 'Jetzt kündigen' }), done()),
        ]),
      ]),
    },
    { name: 'decoy: signing in before any cancel control is pressed is not a wall', site: site([signInFirst()]) },
    {
      name: 'decoy: a password asked on the cancellation form itself is not a login in front of it',
      site: site([
        flow('cancel', [
          goto(home()),
          click(link({ text: 'Mitgliedschaft beenden', href: url('/kuendigen') }), cancelForm([field({ label: 'Passwort zur Bestätigung', type: 'password' })])),
          click(button({ text: 'Jetzt kündigen' }), done()),
        ]),
      ]),
    },
    {
      name: 'decoy: an "Abbrechen" that closes a form and then a login is no choice to cancel',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/kasse', lang: 'de', elements: [button({ text: 'Abbrechen' })] })),
          click(button({ text: 'Abbrechen' }), snapshot({ path: '/kasse', lang: 'de' })),
          click(link({ text: 'Anmelden' }), loginPage()),
          click(button({ text: 'Anmelden' }), snapshot({ path: '/konto', lang: 'de', elements: [link({ text: 'Vertrag kündigen', href: url('/kuendigen') })] })),
          click(link({ text: 'Vertrag kündigen', href: url('/kuendigen') }), cancelForm()),
          click(button({ text: 'Jetzt kündigen' }), done()),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'dark: "Mitgliedschaft beenden" opens a login before the form',
      site: site([walledFlow()]),
      findings: [
        {
          message: 'Pressing "Mitgliedschaft beenden" on / (cancel flow, step 1) led to a login form on /login (step 1), which asks for a password ("Passwort") before the cancellation form on /kuendigen (step 4).',
          flow: 'cancel',
          step: 1,
          facts: { cancelControl: 'Mitgliedschaft beenden', loginPage: '/login', cancellationForm: '/kuendigen' },
        },
      ],
    },
    {
      name: 'English: "Cancel membership" leads to a sign-in page',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/account' })),
          click(link({ text: 'Cancel membership', href: url('/signin?next=/cancel') }), snapshot({ path: '/signin', elements: [field({ label: 'Password', type: 'password' })] })),
          click(button({ text: 'Sign in' }), snapshot({ path: '/cancel', elements: [button({ text: 'Confirm cancellation' })] })),
          click(button({ text: 'Confirm cancellation' }), snapshot({ path: '/cancel/done' })),
        ]),
      ]),
      findings: [{ message: 'Pressing "Cancel membership" on /account (cancel flow, step 1) led to a login form on /signin (step 1)', facts: { cancellationForm: '/cancel' } }],
    },
  ],
  outcomes: [
    { name: 'no cancel flow', site: site([flow('signup', [goto(snapshot({ path: '/' }))])]), outcome: 'not-applicable', reason: 'no cancel flow' },
    {
      name: 'the cancel flow never pressed a cancel control',
      site: site([flow('cancel', [goto(snapshot({ path: '/account' })), click(link({ text: 'Settings' }), snapshot({ path: '/settings' }))])]),
      outcome: 'not-applicable',
      reason: 'no cancel flow pressed a control',
    },
    {
      name: 'the flow failed after the cancel control, before anything loaded',
      site: site([
        flow('cancel', [
          goto(home()),
          click(link({ text: 'Mitgliedschaft beenden', href: url('/login?weiter=/kuendigen') }), snapshot({ path: '/konto/mitgliedschaft', lang: 'de' })),
          step({ kind: 'click', status: 'failed', error: 'timeout' }),
        ]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 2',
    },
  ],
})
