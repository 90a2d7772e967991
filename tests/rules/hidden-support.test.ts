import rule from '../../src/rules/hidden-support.js'
import { button, click, field, fill, flow, goto, heading, inFrame, link, marked, site, snapshot, step, text, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const FOOTER = 'footer.site'
const HEADER = 'header.site'
const footerText = () => [
  text('© 2026 Streamly Inc. All rights reserved.', { region: FOOTER, fontSizePx: 15 }),
  text('Streamly, 1 Market Street, San Francisco', { region: FOOTER, fontSizePx: 15 }),
]

/** The dark footer: the only help route, 10px #c8c8c8 on white among 15px footer text. */
const faintHelp = () =>
  link({ text: 'Help', href: url('/help'), selector: 'footer > a.help', region: FOOTER, fontSizePx: 10, color: 'rgb(200, 200, 200)', contrastRatio: 1.67 })
/** The fair header and footer: a Help link in the header, a Contact us link in the footer. */
const fairRoutes = () => [
  link({ text: 'Help', href: url('/help'), region: HEADER }),
  link({ text: 'Contact us', href: url('/contact'), region: FOOTER, fontSizePx: 15 }),
  link({ text: 'Privacy', region: FOOTER, fontSizePx: 15 }),
]

const page = (path: string, elements = fairRoutes(), texts = footerText()) => snapshot({ path, elements, texts })
const mailto = () => link({ text: 'Email us', href: 'mailto:support@streamly.example', selector: '#email-support' })

const BANNER = 'div#consent "Cookies"'
const acceptCookies = () => button({ text: 'Accept all', selector: '#accept-cookies', region: BANNER })
const withBanner = (path: string, elements = fairRoutes()) =>
  snapshot({
    path,
    elements: [...elements, acceptCookies(), button({ text: 'Reject all', selector: '#reject-cookies', region: BANNER })],
    texts: [text('We use cookies to improve your visit.', { region: BANNER }), ...footerText()],
  })
const loginPage = (path: string) =>
  snapshot({ path, elements: [field({ label: 'Email', selector: '#email' }), field({ label: 'Password', type: 'password', selector: '#password' }), button({ text: 'Log in' })], texts: [heading('Log in')] })
const noRoutes = () => [link({ text: 'Shop', href: url('/shop') }), link({ text: 'Privacy', region: FOOTER, fontSizePx: 15 })]
/** A chat widget a vendor's script drew into the page: its help centre and e-mail links are the vendor's. */
const chatWidget = () => [
  inFrame(link({ text: 'Help centre', href: url('/help'), selector: 'html > body > a:nth-of-type(1)', region: 'footer' })),
  inFrame(link({ text: 'Email us', href: 'mailto:hello@chatvendor.example', selector: 'html > body > a:nth-of-type(2)', region: 'footer' })),
]

const pressMail = () => link({ text: 'press@streamly.example', href: 'mailto:press@streamly.example', selector: '#press' })
/** The help page lists the press office's address; the support form is three clicks further, where
 * the scenario may mark it. */
const pressThenSupport = (mark: boolean, clicksAfterHelp = 3) => {
  const form = page('/support/form', [...fairRoutes(), mailto()])
  const deeper = Array.from({ length: clicksAfterHelp - 1 }, (_, i) => click(link({ text: `Topic ${i + 1}` }), page(`/support/topic-${i + 1}`)))
  const reach = click(link({ text: 'Write to us' }), form)
  return site([flow('support', [goto(page('/')), click(link({ text: 'Help' }), page('/help', [...fairRoutes(), pressMail()])), ...deeper, mark ? marked(reach, 'support-contact') : reach])])
}

testRule(rule, {
  valid: [
    { name: 'decoy for the mark: unmarked, the press address on the help page counts as the contact reached', site: pressThenSupport(false) },
    { name: 'marked: the marked support form two clicks from the start is within reach', site: pressThenSupport(true, 1) },
    {
      name: 'answering the cookie banner is not a click towards help: two clicks after it',
      site: site([
        flow('support', [
          goto(withBanner('/')),
          click(acceptCookies(), page('/')),
          click(link({ text: 'Help' }), page('/help')),
          click(link({ text: 'Contact us' }), page('/contact', [...fairRoutes(), mailto()])),
        ]),
      ]),
    },
    {
      name: 'a support flow opening /help by its address, when the home page walked links to help',
      site: site([flow('browse', [goto(page('/'))]), flow('support', [goto(page('/help', [...fairRoutes(), mailto()]))], { fresh: true })]),
    },
    {
      name: 'decoy: a login on the way to the account, not to help',
      site: site([
        flow('support', [
          goto(page('/', [...fairRoutes(), link({ text: 'My account', href: url('/account'), selector: '#account' })])),
          click(link({ text: 'My account', href: url('/account'), selector: '#account' }), loginPage('/login')),
          click(link({ text: 'Help' }), page('/help', [...fairRoutes(), mailto()])),
        ]),
      ]),
    },
    {
      name: 'fair: header Help link, footer Contact us, and the help page shows an e-mail address',
      site: site([
        flow('browse', [goto(page('/'))]),
        flow('support', [goto(page('/')), click(link({ text: 'Help' }), page('/help', [...fairRoutes(), mailto()]))], { fresh: true }),
      ]),
    },
    {
      name: 'two clicks to a contact form is fine',
      site: site([
        flow('support', [
          goto(page('/')),
          click(link({ text: 'Help' }), page('/help')),
          click(link({ text: 'Contact us' }), page('/contact', [...fairRoutes(), field({ label: 'Your message', tag: 'textarea' }), button({ text: 'Send' })], [heading('Contact us'), ...footerText()])),
        ]),
      ]),
    },
    {
      name: 'a small footer link is fine when the header also has a normal Help link',
      site: site([flow('browse', [goto(page('/', [faintHelp(), link({ text: 'Help centre', region: HEADER })]))])]),
    },
    {
      name: 'decoy: a normal Help link in a frame the site serves from its own origin is the site\'s',
      site: site([flow('browse', [goto(page('/', [faintHelp(), inFrame(link({ text: 'Help centre', href: url('/help') }), url('/nav'))]))])]),
    },
    {
      name: 'a footer link as small as the rest of the footer',
      site: site([
        flow('browse', [
          goto(page('/', [link({ text: 'Contact', region: FOOTER, fontSizePx: 12 }), link({ text: 'Terms', region: FOOTER, fontSizePx: 12 })], [text('© 2026 Streamly', { region: FOOTER, fontSizePx: 12 }), text('Watch anything.')])),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'marked: clicks are counted to the contact the scenario marks, past a press address on the way',
      site: pressThenSupport(true),
      findings: [{ message: 'took 4 clicks from / (support flow, steps 0–4); more than 2 hides it (marked as reaching support).', step: 4, facts: { clicksToContact: 4, marked: 'support-contact' } }],
    },
    {
      name: 'the help link leads to a login form with no contact beside it',
      site: site([flow('support', [goto(page('/', [link({ text: 'Help', href: url('/help'), selector: '#help' })])), click(link({ text: 'Help', href: url('/help'), selector: '#help' }), loginPage('/login?next=/help'))])]),
      findings: [
        { message: 'never reached an e-mail address, phone number or contact form', step: 1 },
        { message: 'landed on a login form at /login', step: 1 },
      ],
    },
    {
      name: 'the support flow opens /help by its address; no public page walked links to help or contact',
      site: site([
        flow('browse', [goto(page('/', noRoutes(), [text('Watch anything.')])), click(link({ text: 'Shop' }), page('/shop', noRoutes(), [text('Plans from $5')]))]),
        flow('support', [goto(page('/help', [mailto()]))], { fresh: true }),
      ]),
      findings: [{ message: 'opened /help by its address; none of the 2 other public page(s) walked links to help or contact', step: 0 }],
    },
    {
      name: 'dark: the only help route is a 10px, #c8c8c8-on-white footer link (reported once for all pages)',
      site: site([
        flow('browse', [goto(page('/', [faintHelp()])), click(link({ text: 'Plans' }), page('/plans', [faintHelp()]))]),
      ]),
      findings: [
        {
          message:
            'The only help or contact route on /, "Help" in footer.site, is rendered as 10px text beside 15px surrounding text (below 75%) and a contrast of 1.67:1 (rgb(200, 200, 200) on rgb(255, 255, 255), below 3:1) (browse flow, step 0).',
          selector: 'footer > a.help',
          step: 0,
          facts: { fontSizePx: 10, referenceFontSizePx: 15, contrastRatio: 1.67, bodyFontSizePx: 16 },
        },
      ],
    },
    {
      name: 'a chat widget\'s Help link does not stand in for the site\'s faint one',
      site: site([flow('browse', [goto(page('/', [faintHelp(), ...chatWidget()]))])]),
      findings: [{ message: 'The only help or contact route on /, "Help" in footer.site', selector: 'footer > a.help' }],
    },
    {
      name: 'a faint contact link at normal size',
      site: site([flow('browse', [goto(page('/', [link({ text: 'Contact', region: FOOTER, fontSizePx: 15, contrastRatio: 2.1, color: 'rgb(170, 170, 170)' })]))])]),
      findings: [{ message: 'a contrast of 2.1:1', facts: { contrastRatio: 2.1 } }],
    },
    {
      name: 'dark: /help shows a contact channel only after login',
      site: site([
        flow('browse', [goto(page('/help', fairRoutes(), [heading('Help centre'), text('Browse our FAQ.'), ...footerText()]))], { fresh: true }),
        flow(
          'login',
          [
            goto(page('/login', [...fairRoutes(), field({ label: 'Email', selector: '#email' }), field({ label: 'Password', type: 'password', selector: '#password' })])),
            fill(field({ label: 'Email', selector: '#email' }), page('/login')),
            fill(field({ label: 'Password', type: 'password', selector: '#password' }), page('/login')),
            click(button({ text: 'Sign in' }), page('/account')),
            goto(page('/help', [...fairRoutes(), mailto()])),
          ],
          { fresh: true },
        ),
      ]),
      findings: [
        {
          message: 'The e-mail contact "Email us" appears only after login (/help, login flow, step 4); logged out, /help (browse flow, step 0) and the other 1 page(s) seen showed none.',
          flow: 'login',
          step: 4,
          selector: '#email-support',
        },
      ],
    },
    {
      name: 'the support flow needs three clicks to reach a phone number',
      site: site([
        flow('support', [
          goto(page('/')),
          click(link({ text: 'Help' }), page('/help')),
          click(link({ text: 'Still need help?' }), page('/help/more')),
          click(link({ text: 'Contact options' }), page('/help/contact', [...fairRoutes(), link({ text: 'Call 1-800-555-0100', href: 'tel:+18005550100', selector: '#call' })])),
        ]),
      ]),
      findings: [
        {
          message: 'Reaching the phone contact "Call 1-800-555-0100" took 3 clicks from / (support flow, steps 0–3); more than 2 hides it.',
          step: 3,
          selector: '#call',
          facts: { clicksToContact: 3 },
        },
      ],
    },
    {
      name: 'a chat widget\'s e-mail link on every page is not the site\'s contact: its clicks still count',
      site: site([
        flow('support', [
          goto(page('/', [...fairRoutes(), ...chatWidget()])),
          click(link({ text: 'Help' }), page('/help', [...fairRoutes(), ...chatWidget()])),
          click(link({ text: 'Still need help?' }), page('/help/more', [...fairRoutes(), ...chatWidget()])),
          click(link({ text: 'Contact options' }), page('/help/contact', [...fairRoutes(), ...chatWidget(), link({ text: 'Call 1-800-555-0100', href: 'tel:+18005550100', selector: '#call' })])),
        ]),
      ]),
      findings: [{ message: 'Reaching the phone contact "Call 1-800-555-0100" took 3 clicks from /', selector: '#call', facts: { clicksToContact: 3 } }],
    },
    {
      name: 'the support flow never reaches a contact channel',
      site: site([flow('support', [goto(page('/help')), click(link({ text: 'FAQ' }), page('/help/faq', fairRoutes(), [heading('FAQ'), text('How do I change my plan?')]))])]),
      findings: [{ message: 'never reached an e-mail address, phone number or contact form', step: 1 }],
    },
  ],
  outcomes: [
    {
      name: 'error when no page of the site could be read',
      site: site([flow('support', [step({ kind: 'goto', action: 'goto: /help', status: 'failed', error: 'net::ERR_NAME_NOT_RESOLVED' })])]),
      outcome: 'error',
      reason: 'the support flow failed at step 0 (goto: /help): net::ERR_NAME_NOT_RESOLVED, before any page of it could be read',
    },
    {
      name: 'error when the support flow failed before any contact channel',
      site: site([flow('support', [goto(page('/help')), step({ kind: 'click', action: 'click: Contact us', status: 'failed', error: 'element not found' })])]),
      outcome: 'error',
      reason: 'the support flow failed at step 1',
    },
    {
      name: 'needs review when no page has any help or contact route',
      site: site([flow('browse', [goto(snapshot({ path: '/', texts: [text('Watch anything.')] }))])]),
      outcome: 'needs-review',
      reason: 'no help or contact link',
    },
  ],
})
