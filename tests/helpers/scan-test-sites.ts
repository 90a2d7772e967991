import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A page of a test site: HTML body, or a redirect elsewhere on the site. */
export type TestPage = { title: string; body: string; lang?: string } | { redirect: string }

export interface ServedSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  baseUrl: string
  /** Paths (with query) the browser asked for, in order: what a scan opened. */
  requested: string[]
  /** Paths that received anything but GET or HEAD: what a scan must never send. */
  posted: string[]
  close(): Promise<void>
}

/** Serves one small site on a free 127.0.0.1 port; any other path is a 404. Asks for favicons are
 * answered with 404 and not counted. */
export async function serveSite(pages: Readonly<Record<string, TestPage>>): Promise<ServedSite> {
  const requested: string[] = []
  const posted: string[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const page = pages[url.pathname]
    if (url.pathname !== '/favicon.ico') requested.push(`${url.pathname}${url.search}`)
    if (req.method !== 'GET' && req.method !== 'HEAD') posted.push(`${req.method} ${url.pathname}`)
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><title>Not found</title><p>Not found</p>')
    } else if ('redirect' in page) {
      res.writeHead(302, { location: page.redirect })
      res.end()
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><html lang="${page.lang ?? 'en'}"><head><meta charset="utf-8"><title>${page.title}</title><style>${STYLE}</style></head><body>${page.body}</body></html>`)
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    posted,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

const STYLE = `
body { font-family: sans-serif; margin: 0; }
header, footer, main { padding: 12px 24px; }
footer a { font-size: 10px; color: #bbb; margin-right: 8px; }
.hover-menu .dropdown { display: none; position: absolute; background: #fff; border: 1px solid #ccc; }
.hover-menu:hover .dropdown { display: block; }
`

/** English streaming service: plans and signup in the header and on the page, help and terms in the
 * footer; the only word on cancelling is a help article that says to call. */
export const ENGLISH_SITE: Readonly<Record<string, TestPage>> = {
  '/': {
    title: 'Streamly',
    body: `<header><nav><a href="/">Streamly</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav></header>
<main><h1>Watch everything</h1><p>Films and series, wherever you are.</p>
<a href="/signup" class="cta">Start free trial</a>
<form id="newsletter" action="/newsletter" method="post"><input type="email" aria-label="Email"><button type="submit">Subscribe</button></form>
<a href="https://elsewhere.example/help">Help</a></main>
<footer><a href="/help">Help</a> <a href="/terms">Terms of use</a> <a href="mailto:hi@streamly.example">Email us</a></footer>`,
  },
  '/pricing': {
    title: 'Plans – Streamly',
    body: `<header><nav><a href="/">Streamly</a> <a href="/pricing">Pricing</a></nav></header>
<main><h1>Choose your plan</h1><p>Basic $8.99/month. Premium $15.99/month.</p>
<a href="/signup?plan=premium">Start your free trial</a> <a href="/checkout">Buy now</a></main>`,
  },
  '/signup': {
    title: 'Sign up – Streamly',
    body: `<main><h1>Create your account</h1><form action="/signup" method="post"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button type="submit">Create account</button></form></main>`,
  },
  '/help': {
    title: 'Help – Streamly',
    body: `<main><h1>Help centre</h1><ul><li><a href="/help/billing">Billing questions</a></li><li><a href="/help/how-to-cancel">How to cancel</a></li></ul>
<p>Still stuck? <a href="/contact">Contact us</a></p></main>`,
  },
  '/help/how-to-cancel': {
    title: 'How to cancel – Streamly',
    body: `<main><h1>How do I cancel?</h1><p>To cancel your subscription, call us at 1-800-555-0100, Monday to Friday.</p></main>`,
  },
  '/help/billing': { title: 'Billing – Streamly', body: '<main><h1>Billing</h1><p>We bill monthly.</p></main>' },
  '/contact': {
    title: 'Contact – Streamly',
    body: `<main><h1>Contact us</h1><form action="/contact" method="post"><label>Message <textarea name="m"></textarea></label><button type="submit">Send</button></form></main>`,
  },
  '/terms': { title: 'Terms – Streamly', body: '<main><h1>Terms of use</h1><p>The subscription renews every month until cancelled.</p></main>' },
  '/login': {
    title: 'Log in – Streamly',
    body: `<main><h1>Log in</h1><form action="/login" method="post"><input type="email" aria-label="Email"><input type="password" aria-label="Password"><button type="submit">Log in</button></form></main>`,
  },
  '/checkout': { title: 'Checkout', body: '<main><h1>Pay</h1></main>' },
}

/** German telecom: "Verträge hier kündigen" in small grey type in the footer, leading (by redirect) to
 * a login page. */
export const GERMAN_SITE: Readonly<Record<string, TestPage>> = {
  '/': {
    title: 'Funknetz',
    lang: 'de',
    body: `<header><nav><a href="/">Funknetz</a> <a href="/tarife">Tarife</a> <a href="/anmelden">Anmelden</a></nav></header>
<main><h1>Surfen ohne Limit</h1><p>Alle Tarife monatlich kündbar.</p><a href="/tarife/kaufen">Jetzt kaufen</a></main>
<footer><a href="/hilfe">Hilfe</a> <a href="/kontakt">Kontakt</a> <a href="/agb">AGB</a> <a href="/kuendigen">Verträge hier kündigen</a></footer>`,
  },
  '/tarife': {
    title: 'Tarife – Funknetz',
    lang: 'de',
    body: `<main><h1>Unsere Tarife</h1><p>S 9,99 € · M 19,99 € monatlich</p><a href="/registrieren">Jetzt registrieren</a></main>`,
  },
  '/registrieren': { title: 'Registrieren', lang: 'de', body: '<main><h1>Konto erstellen</h1></main>' },
  '/hilfe': { title: 'Hilfe', lang: 'de', body: '<main><h1>Hilfe</h1><p>Fragen? <a href="/kontakt">Kontakt</a></p></main>' },
  '/kontakt': { title: 'Kontakt', lang: 'de', body: '<main><h1>Kontakt</h1><p>Rufen Sie uns an.</p></main>' },
  '/agb': { title: 'AGB', lang: 'de', body: '<main><h1>Allgemeine Geschäftsbedingungen</h1></main>' },
  '/kuendigen': { redirect: '/anmelden?ziel=kuendigen' },
  '/anmelden': {
    title: 'Anmelden – Funknetz',
    lang: 'de',
    body: `<header><nav><a href="/">Funknetz</a> <a href="/anmelden">Anmelden</a></nav></header>
<main><h1>Bitte melden Sie sich an, um Ihren Vertrag zu kündigen</h1>
<form action="/anmelden" method="post"><input name="kunde" aria-label="Kundennummer"><input type="password" aria-label="Passwort"><button type="submit">Anmelden</button></form></main>`,
  },
  '/tarife/kaufen': { title: 'Kasse', lang: 'de', body: '<main><h1>Kasse</h1></main>' },
}

/** A site whose links hide in menus: account links in a closed `<details>`, terms in a menu that only
 * shows on hover. */
export const MENU_SITE: Readonly<Record<string, TestPage>> = {
  '/': {
    title: 'Boxly',
    body: `<header><details class="account-menu"><summary>☰ Menu</summary><ul>
<li><a href="/account">My account</a></li><li><a href="/account/subscription">Manage subscription</a></li><li><a href="/support">Support</a></li></ul></details>
<div class="hover-menu">More ▾<div class="dropdown"><a href="/legal/terms">Terms and conditions</a></div></div></header>
<main><h1>Meal boxes every week</h1><p>Fresh food at your door.</p></main>`,
  },
  '/account': { title: 'Account', body: '<main><h1>Your account</h1></main>' },
  '/account/subscription': {
    title: 'Subscription – Boxly',
    body: `<main><h1>Your subscription</h1><p>Weekly box, renews every Monday.</p><a href="/account/subscription/cancel">Cancel subscription</a></main>`,
  },
  '/account/subscription/cancel': {
    title: 'Cancel – Boxly',
    body: `<main><h1>Are you sure?</h1><form action="/account/subscription/cancel" method="post"><button type="submit">Confirm cancellation</button></form></main>`,
  },
  '/support': { title: 'Support', body: '<main><h1>Support</h1><p>We are here to help.</p></main>' },
  '/legal/terms': { title: 'Terms', body: '<main><h1>Terms and conditions</h1></main>' },
}
