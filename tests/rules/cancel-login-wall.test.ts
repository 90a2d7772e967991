import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/cancel-login-wall.js'
import { button, click, field, fill, flow, goto, heading, link, site, snapshot, step, text, url } from '../helpers/build-trace.js'
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

/** A step of a scan: the link it followed, why, and the page it reached. */
const followed = (category: string, el: SnapshotElement, from: Page, to: Page) => ({
  ...click(el, to),
  discovery: { category, score: 7, matched: [`text:"${el.text.toLowerCase()}"`], from: from.url },
})
const scanned = (...flows: ReturnType<typeof flow>[]) => ({ ...site(flows), mode: 'scan' as const })

/** A scan that looks for the cancel link: a help article on cancelling sends members to their account,
 * which asks them to sign in; the scan follows "Mein Konto" there itself, and the sign-in page offers
 * to cancel without signing in, on the form with "Jetzt kündigen". */
const scanThroughAccount = () => {
  const faq = link({ text: 'Wie kann ich mein Abo kündigen?', href: url('/hilfe/kuendigen') })
  const account = link({ text: 'Mein Konto', href: url('/konto'), region: 'header > nav' })
  const withoutLogin = link({ text: 'Ohne Anmeldung kündigen', href: url('/kuendigung') })
  const start = snapshot({ path: '/', lang: 'de', elements: [account, faq] })
  const article = snapshot({ path: '/hilfe/kuendigen', lang: 'de', elements: [account], texts: [heading('Wie kann ich mein Abo kündigen?')] })
  const login = snapshot({ path: '/konto', lang: 'de', elements: [account, field({ label: 'E-Mail-Adresse', type: 'email' }), field({ label: 'Passwort', type: 'password' }), button({ text: 'Anmelden' }), withoutLogin] })
  return flow('cancel', [goto(start), followed('cancel', faq, start, article), followed('account', account, article, login), followed('cancel', withoutLogin, login, cancelForm())])
}

/** A scan in which "Cancel subscription" opens a sign-in page, whose "My account" the scan then follows. */
const scanIntoSignIn = () => {
  const cancel = link({ text: 'Cancel subscription', href: url('/cancel'), region: 'footer' })
  const account = link({ text: 'My account', href: url('/account'), region: 'header > nav' })
  const signIn = () => snapshot({ path: '/cancel', elements: [account, field({ label: 'Email address', type: 'email' }), field({ label: 'Password', type: 'password' }), button({ text: 'Sign in' })] })
  const start = snapshot({ path: '/', elements: [account, cancel] })
  return flow('cancel', [goto(start), followed('cancel', cancel, start, signIn()), followed('account', account, signIn(), snapshot({ path: '/account', elements: [account, field({ label: 'Password', type: 'password' })] }))])
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
      name: 'scan: a login the scan opened itself through "Mein Konto", looking for the way to cancel, is not a wall',
      site: scanned(scanThroughAccount()),
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
      name: 'French, on a page that keeps its template\'s lang="en": "Résilier mon abonnement" (no address to tell) leads to a sign-in page',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/compte', lang: 'en', texts: [heading('Mon compte'), text('Gérez votre abonnement, vos factures et vos informations personnelles depuis cette page.')] })),
          click(button({ text: 'Résilier mon abonnement' }), snapshot({ path: '/connexion', lang: 'en', elements: [field({ label: 'Mot de passe', type: 'password' })] })),
          click(button({ text: 'Se connecter' }), snapshot({ path: '/resiliation', lang: 'en', elements: [button({ text: 'Confirmer la résiliation' })] })),
          click(button({ text: 'Confirmer la résiliation' }), snapshot({ path: '/resiliation/fin', lang: 'en' })),
        ]),
      ]),
      findings: [{ message: 'Pressing "Résilier mon abonnement" on /compte (cancel flow, step 1) led to a login form on /connexion (step 1)' }],
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
    {
      name: 'scan: "Cancel subscription" opens a sign-in page, though the scan followed a link on from it',
      site: scanned(scanIntoSignIn()),
      findings: [
        {
          message: 'Pressing "Cancel subscription" on / (cancel flow, step 1) led to a login form on /cancel (step 1), which asks for a password ("Password").',
          step: 1,
          facts: { cancelControl: 'Cancel subscription', cancelControlStep: 1, loginPage: '/cancel', cancellationForm: null },
        },
      ],
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
