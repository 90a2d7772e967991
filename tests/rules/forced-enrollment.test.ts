import rule from '../../src/rules/forced-enrollment.js'
import { button, checkbox, field, flow, goto, site, snapshot, step, text, toast } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const terms = () => checkbox({ label: 'I agree to the Terms and Privacy Policy', required: true, selector: '#terms' })
const adult = () => checkbox({ label: 'I am 18 or older', required: true, selector: '#adult' })
const offers = (required: boolean) =>
  checkbox({ label: 'Send me the Boxly newsletter and offers from our partners', required, selector: '#offers' })
const signupPage = (...extra: ReturnType<typeof checkbox>[]) =>
  snapshot({ path: '/signup', elements: [field({ label: 'Email address' }), ...extra, adult(), terms(), button({ text: 'Continue' })] })

const password = (required: boolean) => ({ ...field({ label: 'Create a password', type: 'password', selector: '#pw' }), required })
const oncePage = (required: boolean) =>
  snapshot({
    path: '/checkout/once',
    texts: [text('A one-time purchase: no subscription, nothing to cancel.')],
    elements: [field({ label: 'Email address' }), password(required), button({ text: 'Pay $39.99' })],
  })

/** A German page whose `lang` attribute was left at "en", as templates leave it. */
const leftAtEnglish = (flowName: string, sentence: string, elements: ReturnType<typeof field>[]) =>
  site([flow(flowName, [goto(snapshot({ path: '/seite', lang: 'en', texts: [text(sentence)], elements }))])])

// A cookie preferences panel whose "Save" refuses to close while some categories are off.
const PANEL = 'div[role=dialog] "Privacy preferences"'
const at = (y: number) => ({ x: 300, y, width: 40, height: 16 })
const category = (label: string, y: number, checked = false) => ({ ...checkbox({ label, role: 'switch', checked, region: PANEL, selector: `#cat-${y}` }), box: at(y) })
const errorUnder = (y: number) => toast('Please switch this on to continue.', { region: PANEL, box: { x: 300, y: y + 22, width: 500, height: 18 } })
const save = () => button({ text: 'Save choices', selector: '#save', region: PANEL })
const panel = (errorsUnder: number[], extra: ReturnType<typeof checkbox>[] = []) =>
  snapshot({
    path: '/',
    texts: [text('We and our partners use cookies to measure visits and show ads.', { region: PANEL }), ...errorsUnder.map(errorUnder)],
    elements: [category('Statistics', 100), category('Personalised ads', 160), category('Strictly necessary', 220), ...extra, save()],
  })
const saving = (errorsUnder: number[]) =>
  site([flow('signup', [goto(panel([])), step({ kind: 'click', target: save(), snapshot: panel(errorsUnder) })])])

testRule(rule, {
  valid: [
    {
      name: 'fair: the preferences are saved with every optional category off',
      site: saving([]),
    },
    {
      name: 'decoy: only the strictly necessary category must be on',
      site: saving([220]),
    },
    {
      name: 'fair: the newsletter box is optional; decoys: required Terms and "I am 18 or older" boxes',
      site: site([flow('signup', [goto(signupPage(offers(false)))])]),
    },
    {
      name: 'fair: an optional password on a one-off purchase',
      site: site([flow('purchase', [goto(oncePage(false))])]),
    },
    {
      name: 'a required password on a subscription signup is not a one-off purchase',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [password(true), terms()] }))])]),
    },
  ],
  invalid: [
    {
      name: 'cookie preferences that cannot be saved with statistics and ads switched off',
      site: saving([100, 160, 220]),
      findings: [
        {
          message: /Pressing "Save choices" at \/ \(signup flow, step 1\) with "Statistics", "Personalised ads" switched off only brought "Please switch this on to continue\." under them/,
          step: 1,
          facts: { heldBack: 'Statistics | Personalised ads' },
        },
      ],
    },
    {
      name: 'dark: the newsletter and partner-offers box is required',
      site: site([flow('signup', [goto(signupPage(offers(true)))])]),
      findings: [
        {
          message:
            'The checkbox "Send me the Boxly newsletter and offers from our partners" at /signup (signup flow, step 0) is required: the form cannot be sent unless the user accepts "newsletter", "offers", "partners".',
          selector: '#offers',
          facts: { required: true, necessaryWords: null },
        },
      ],
    },
    {
      name: 'marketing bundled into the Terms box',
      site: site([
        flow('signup', [goto(snapshot({ path: '/signup', elements: [checkbox({ label: 'I agree to the Terms and to receive marketing emails', required: true })] }))]),
      ]),
      findings: [{ message: 'accepts "marketing", bundled with "Terms".' }],
    },
    {
      name: 'dark: an account is required to buy one box once',
      site: site([flow('purchase', [goto(oncePage(true))])]),
      findings: [
        {
          message: /The one-off purchase at \/checkout\/once \(purchase flow, step 0\) \(".*"\) cannot be completed without creating an account: the password field "Create a password" is required\./,
          selector: '#pw',
          facts: { oneOffWording: 'one-time purchase | no subscription' },
        },
      ],
    },
    {
      name: 'German: a required Newsletter box',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/registrieren', lang: 'de', elements: [checkbox({ label: 'Ich möchte den Newsletter und Angebote von Partnern erhalten', required: true })] })),
        ]),
      ]),
      findings: [{ message: '"Newsletter"' }],
    },
    {
      name: 'a German signup left at lang="en": a required box for "Werbung und Rabatte"',
      site: leftAtEnglish('signup', 'Erstellen Sie Ihr Konto, um Ihre Bestellungen jederzeit zu verfolgen und schneller einzukaufen.', [
        checkbox({ label: 'Ich möchte Werbung und Rabatte per E-Mail erhalten', required: true }),
      ]),
      findings: [{ message: '"Werbung", "Rabatte"' }],
    },
    {
      name: 'a German one-off purchase left at lang="en" that requires a password',
      site: leftAtEnglish('checkout', 'Einmalig kaufen, ohne Abo: Sie bezahlen nur dieses eine Paket und gehen keine Verpflichtung ein.', [
        field({ label: 'E-Mail-Adresse' }),
        { ...field({ label: 'Passwort wählen', type: 'password', selector: '#pw' }), required: true },
        button({ text: 'Jetzt bezahlen' }),
      ]),
      findings: [{ message: 'cannot be completed without creating an account' }],
    },
  ],
  outcomes: [
    {
      name: 'no checkbox and no one-off purchase',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [field({ label: 'Email address' })] }))])]),
      outcome: 'not-applicable',
    },
    {
      name: 'no signup or checkout flow',
      site: site([flow('support', [goto(snapshot({ path: '/help' }))])]),
      outcome: 'not-applicable',
    },
    {
      name: 'the signup failed before any page was read',
      site: site([flow('signup', [step({ kind: 'goto', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
    },
  ],
})
