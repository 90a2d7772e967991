import rule from '../../src/rules/forced-opt-out.js'
import { button, check, checkbox, click, field, flow, goto, link, radio, site, snapshot, step, text, uncheck } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const offers = (checked: boolean) =>
  checkbox({ label: 'Send me offers and news from Streamly and selected partners', checked, selector: '#offers', region: 'form#signup' })
const terms = () => checkbox({ label: 'I agree to the Terms of Service and Privacy Policy', required: true, selector: '#terms', region: 'form#signup' })
const rememberMe = () => checkbox({ label: 'Remember me', checked: true, selector: '#remember' })
const sameAddress = () => checkbox({ label: 'Billing address same as shipping', checked: true, selector: '#same-address' })
const email = field({ label: 'Email', type: 'email' })

const BANNER = 'div[role=dialog] "Cookie consent"'
const bannerHome = (...options: ReturnType<typeof button>[]) => snapshot({ path: '/', elements: [link({ text: 'Pricing', href: '/pricing' }), ...options] })
/** A scan's record of a banner its consent platform rules recognised on the home page. */
const scanned = (home: ReturnType<typeof snapshot>, outcome: 'rejected' | 'reject-failed' | 'not-handled') => ({
  ...site([flow('home', [goto(home)])]),
  mode: 'scan' as const,
  cookieBanner: { cmp: 'hubspot', found: true, outcome, shownAt: { flow: 'home', step: 0 } },
})

const signupPage = (...extra: ReturnType<typeof checkbox>[]) =>
  snapshot({ path: '/signup', elements: [email, ...extra, terms(), button({ text: 'Accept all' }), button({ text: 'Reject all' })] })

// A French sign-up page built from a template that left lang="en".
const inscription = (shareTicked: boolean) =>
  snapshot({
    path: '/inscription',
    lang: 'en',
    texts: [text('Créer votre compte'), text("J'accepte les conditions générales"), text('Je veux bien partager mes données avec la boutique')],
    elements: [
      checkbox({ label: "J'accepte les conditions générales", checked: true, selector: '#cg' }),
      checkbox({ label: 'Je veux bien partager mes données avec la boutique', checked: shareTicked, selector: '#partage' }),
    ],
  })
// A German cookie wall under the same template: one button to accept, the rest is small print.
const WALL = 'div.overlay "Cookies"'
const cookieWall = (withRefusal: boolean) =>
  snapshot({
    path: '/',
    lang: 'en',
    texts: [text('Wir und unsere Partner speichern Cookies auf Ihrem Gerät, um Werbung zu personalisieren.', { region: WALL })],
    elements: [
      button({ text: 'Zustimmen und weiter', selector: '#zustimmen', region: WALL }),
      ...(withRefusal ? [button({ text: 'Alle ablehnen', selector: '#ablehnen', region: WALL })] : []),
    ],
  })

testRule(rule, {
  valid: [
    {
      name: 'decoy: French terms box ticked by default is no consent to marketing; the sharing box is unticked',
      site: site([flow('inscription', [goto(inscription(false))])]),
    },
    {
      name: 'a German cookie wall with a refusal beside the acceptance',
      site: site([flow('home', [goto(cookieWall(true))])]),
    },
    {
      name: 'fair signup: marketing box unticked, Terms required and unticked',
      site: site([flow('signup', [goto(signupPage(offers(false)))])]),
    },
    {
      name: 'decoys: a ticked "Remember me" and a ticked "Billing address same as shipping"',
      site: site([
        flow('login', [goto(snapshot({ path: '/login', elements: [rememberMe()] }))]),
        flow('checkout', [goto(snapshot({ path: '/checkout', elements: [sameAddress(), terms()] }))]),
      ]),
    },
    {
      name: 'the user ticked the marketing box',
      site: site([flow('signup', [goto(signupPage(offers(false))), check(offers(true), signupPage(offers(true)))])]),
    },
    {
      name: 'a ticked "Do not send me offers" protects the user',
      site: site([flow('signup', [goto(signupPage(checkbox({ label: 'Do not send me offers from partners', checked: true })))])]),
    },
    {
      name: 'a marketing yes/no choice with "No" pre-selected',
      site: site([
        flow('signup', [
          goto(
            snapshot({
              path: '/signup',
              elements: [
                radio({ label: 'Yes, send me the newsletter', region: 'fieldset "Newsletter"' }),
                radio({ label: 'No, thanks', checked: true, region: 'fieldset "Newsletter"' }),
              ],
            }),
          ),
        ]),
      ]),
    },
    {
      name: 'a cookie banner with "Accept all" and "Reject all" side by side',
      site: site([flow('home', [goto(bannerHome(button({ text: 'Accept all', region: BANNER }), button({ text: 'Reject all', region: BANNER })))])]),
    },
    {
      name: 'decoy: a retention offer\'s "Accept offer" with no decline, nowhere near cookie wording',
      site: site([flow('cancel', [goto(snapshot({ path: '/account/cancel', elements: [offers(false), button({ text: 'Accept offer', region: 'main' })] }))])]),
    },
    {
      name: 'decoy: a cookie settings page saving choices has no "Accept all" to weigh',
      site: site([flow('home', [goto(snapshot({ path: '/cookies', elements: [offers(false), button({ text: 'Save preferences', region: 'main "Cookie settings"' })] }))])]),
    },
    {
      name: 'a banner a scan recognised and declined, offering both in its own words',
      site: scanned(bannerHome(button({ text: 'Accept' }), button({ text: 'Decline' })), 'rejected'),
    },
  ],
  invalid: [
    {
      name: 'a French box to share personal data ticked by default, under a template’s lang="en"',
      site: site([flow('inscription', [goto(inscription(true))])]),
      findings: [{ message: /"Je veux bien partager mes données avec la boutique" was already ticked/, selector: '#partage' }],
    },
    {
      name: 'a German cookie wall that accepts in one click and offers no refusal, under lang="en"',
      site: site([flow('home', [goto(cookieWall(false))])]),
      findings: [{ message: /offers "Zustimmen und weiter" in one click and no way to refuse/, selector: '#zustimmen' }],
    },
    {
      name: 'a cookie banner offering "Accept all" and "Manage settings", no refusal',
      site: site([flow('home', [goto(bannerHome(button({ text: 'Accept all', selector: '#accept', region: BANNER }), button({ text: 'Manage settings', region: BANNER })))])]),
      findings: [
        {
          message:
            'The cookie banner on / (home flow, step 0) offers "Accept all" in one click and no way to refuse beside it; a refusal, if there is one, waits behind "Manage settings"',
          flow: 'home',
          step: 0,
          selector: '#accept',
          facts: { acceptOption: 'Accept all', refuseOnFirstLayer: false, settingsOption: 'Manage settings' },
        },
      ],
    },
    {
      name: 'a banner left unanswered on every page is reported once, where it was first seen',
      site: site([
        flow('home', [
          goto(bannerHome(button({ text: 'Accept all', selector: '#accept', region: BANNER }))),
          click(link({ text: 'Pricing', href: '/pricing' }), snapshot({ path: '/pricing', elements: [button({ text: 'Accept all', selector: '#accept', region: BANNER })] })),
        ]),
      ]),
      findings: [{ message: 'on / (home flow, step 0)', step: 0 }],
    },
    {
      name: 'a German banner: "Alle akzeptieren" beside "Einstellungen"',
      site: site([
        flow('start', [
          goto(snapshot({ path: '/', lang: 'de', elements: [button({ text: 'Alle akzeptieren', selector: '#ok', region: 'div[role=dialog] "Cookie-Hinweis"' }), button({ text: 'Einstellungen', region: 'div[role=dialog] "Cookie-Hinweis"' })] })),
        ]),
      ]),
      findings: [{ message: '"Alle akzeptieren" in one click', selector: '#ok' }],
    },
    {
      name: 'a banner a scan recognised offering only "Accept", which it could not decline',
      site: scanned(bannerHome(button({ text: 'Accept', selector: '#hs-accept' })), 'reject-failed'),
      findings: [{ message: 'offers "Accept" in one click', selector: '#hs-accept', facts: { consentPlatform: 'hubspot', declinedByCancelcheck: false } }],
    },
    {
      name: 'dark signup: "Send me offers and news from Streamly and selected partners" pre-ticked',
      site: site([flow('signup', [goto(signupPage(offers(true)))])]),
      findings: [
        {
          message:
            'The checkbox "Send me offers and news from Streamly and selected partners" was already ticked when /signup first showed it (signup flow, step 0), before any step touched it: consent to marketing ("offers") and third parties ("partners") was the default, not the user\'s choice.',
          flow: 'signup',
          step: 0,
          selector: '#offers',
          facts: { checked: true, marketingWords: 'offers', partnersWords: 'partners' },
        },
      ],
    },
    {
      name: 'unticking it later does not undo the default',
      site: site([flow('signup', [goto(signupPage(offers(true))), uncheck(offers(false), signupPage(offers(false)))])]),
      findings: [{ message: 'Send me offers', step: 0 }],
    },
    {
      name: 'a German newsletter box, ticked',
      site: site([
        flow('registrierung', [
          goto(snapshot({ path: '/registrieren', lang: 'de', elements: [checkbox({ label: 'Ja, ich möchte den Newsletter erhalten', checked: true, selector: '#nl' })] })),
        ]),
      ]),
      findings: [{ message: 'Ja, ich möchte den Newsletter erhalten', selector: '#nl' }],
    },
    {
      name: 'a data-sharing switch switched on in a privacy settings dialog, in any flow',
      site: site([
        flow('browse', [
          goto(
            snapshot({
              path: '/',
              elements: [checkbox({ label: 'Personalised ads from our advertising partners', checked: true, role: 'switch', selector: '#ads', region: 'dialog "Privacy settings"' })],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'The switch "Personalised ads from our advertising partners" was already switched on', selector: '#ads' }],
    },
    {
      name: 'a "Yes" radio pre-selected in a marketing yes/no choice',
      site: site([
        flow('signup', [
          goto(
            snapshot({
              path: '/signup',
              elements: [
                radio({ label: 'Yes, email me special offers', checked: true, selector: '#yes', region: 'fieldset "Offers"' }),
                radio({ label: 'No, thanks', region: 'fieldset "Offers"' }),
              ],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'The option "Yes, email me special offers" was already selected', selector: '#yes' }],
    },
  ],
  outcomes: [
    {
      name: 'needs review when a recognised banner could not be declined and its options could not be read',
      site: scanned(bannerHome(), 'not-handled'),
      outcome: 'needs-review',
      reason: 'could not be declined automatically',
    },
    {
      name: 'not applicable when no page has a checkbox, radio or switch',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [email] }))])]),
      outcome: 'not-applicable',
      reason: 'no checkbox',
    },
    {
      name: 'error when the signup flow failed before its form',
      site: site([flow('signup', [step({ kind: 'goto', action: 'goto: /signup', status: 'failed', error: 'HTTP 500' })])]),
      outcome: 'error',
      reason: 'the signup flow failed at step 0',
    },
    {
      name: 'error, not pass, when signup failed after a page without consent boxes',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/', elements: [rememberMe()] })),
          step({ kind: 'click', action: 'click: Sign up', status: 'failed', error: 'element not found' }),
        ]),
      ]),
      outcome: 'error',
      reason: 'signup flow failed at step 1',
    },
  ],
})
