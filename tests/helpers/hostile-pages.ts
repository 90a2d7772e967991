import { escapeHtml } from '../../src/report/html/safe-html.js'

/** Strings an audited page can put in its texts and attributes to attack whoever shows them. Each
 * one that could run sets a `window.__pwned*` marker or opens a dialog, so a test can tell it ran. */
export const PAYLOADS = {
  imgOnerror: '<img src=x onerror="window.__pwnedImg=1;alert(1)">',
  scriptBreak: '</script><script>window.__pwnedScript=1;alert(2)</script>',
  attributeBreak: '"><svg onload="window.__pwnedSvg=1;alert(3)">',
  singleQuoteBreak: "'><img src=x onerror='window.__pwnedQuote=1'>",
  javascriptUrl: 'javascript:window.__pwnedHref=1;alert(4)',
  templateInjection: "{{constructor.constructor('window.__pwnedTemplate=1;alert(5)')()}}",
  styleHide: '<style>body{display:none}</style>',
  metaRefresh: '<meta http-equiv="refresh" content="0;url=http://example.invalid/refreshed">',
  iframe: '<iframe src="http://example.invalid/framed"></iframe>',
  base: '<base href="http://example.invalid/">',
  remoteImage: '<img src="http://example.invalid/pwned-pixel.png">',
  rtlOverride: '\u202Egnp.exe\u202C',
  /** Left open, it reverses whatever the report writes after it in the same paragraph. */
  rtlUnterminated: '\u202E',
  entity: '&lt;b&gt;already escaped&lt;/b&gt; &amp;amp;',
  /** Characters XML 1.0 cannot hold, and the end of a CDATA section. */
  xmlBreakers: 'bell\u0007 form-feed\u000C ]]> end',
} as const

export const PAYLOAD_LIST: readonly string[] = Object.values(PAYLOADS)

/** All payloads in one string: what the site puts wherever it can. */
export const ALL_PAYLOADS = PAYLOAD_LIST.join(' ')

/** A 10,000-character string that starts with a payload, to try length limits and the layout. */
export const LONG_STRING = `${PAYLOADS.imgOnerror} ${'Ω long text '.repeat(900)}`.slice(0, 10_000)

/** The site's name as the scenario gives it: the report's title and headings carry it. */
export const HOSTILE_SITE_NAME = `Hostile ${PAYLOADS.imgOnerror} ${PAYLOADS.scriptBreak} Co`

const t = (text: string) => escapeHtml(text)

/** Sets the page's title from script: the test server gives every page the same `<title>`. */
const titled = (title: string) => `<script>document.title = ${JSON.stringify(title).replaceAll('<', '\\u003c')}</script>`

/** A link whose href is a `javascript:` URL but which navigates by its click handler, as sites built
 * on client-side routing do: the walker follows it, and the report sees the hostile href. */
const routedLink = (path: string, text: string, attrs: string) =>
  `<a href="${t(PAYLOADS.javascriptUrl)}" onclick="location.href='${path}';return false" ${attrs}>${t(text)}</a>`

/**
 * A small subscription site whose every text, title, label and attribute carries the payloads, as
 * bodies for `servePages`. It is built so that rules fire and the hostile strings reach findings:
 * a pre-ticked paid add-on and a pre-ticked marketing box on signup, an 11px grey cancel link on the
 * account page, a shaming decline beside a large button on the cancel page.
 */
export const HOSTILE_PAGES: Readonly<Record<string, string>> = {
  '/': `${titled(`Home ${ALL_PAYLOADS}`)}
<h1 title="${t(ALL_PAYLOADS)}">Hostflix ${t(ALL_PAYLOADS)}</h1>
<p data-note="${t(LONG_STRING)}">${t(LONG_STRING)}</p>
<nav aria-label="${t(PAYLOADS.attributeBreak)}">
  <a href="/signup">Sign up ${t(PAYLOADS.scriptBreak)}</a>
  ${routedLink('/help', `Help ${PAYLOADS.templateInjection}`, `aria-label="Help ${t(PAYLOADS.templateInjection)}" id="${t(PAYLOADS.attributeBreak)}"`)}
</nav>`,

  '/signup': `${titled(`Sign up ${PAYLOADS.scriptBreak} ${PAYLOADS.rtlOverride} ${LONG_STRING}`)}
<h1>Join Hostflix ${t(PAYLOADS.styleHide)}</h1>
<form action="/welcome" method="get" name="${t(PAYLOADS.attributeBreak)}">
  <p><label for="email">Email address ${t(PAYLOADS.imgOnerror)}</label>
  <input id="email" name="email" type="text" placeholder="${t(PAYLOADS.attributeBreak)}" title="${t(PAYLOADS.singleQuoteBreak)}"></p>
  <p><label><input type="checkbox" name="protect" id="${t(PAYLOADS.singleQuoteBreak)}" checked>
  Add Premium Protection for +$4.99/month ${t(PAYLOADS.imgOnerror)} ${t(PAYLOADS.xmlBreakers)} ${t(PAYLOADS.metaRefresh)} ${t(PAYLOADS.rtlOverride)} ${t(LONG_STRING)}</label></p>
  <p><label><input type="checkbox" name="news" checked>
  Send me marketing emails ${PAYLOADS.rtlUnterminated}and partner offers ${t(PAYLOADS.scriptBreak)} ${t(PAYLOADS.iframe)} ${t(PAYLOADS.base)}</label></p>
  <p><img alt="${t(ALL_PAYLOADS)}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></p>
  <button type="submit" aria-label="Continue ${t(PAYLOADS.attributeBreak)}" data-x="${t(PAYLOADS.remoteImage)}">Continue ${t(PAYLOADS.templateInjection)}</button>
</form>`,

  '/welcome': `${titled(`Welcome ${PAYLOADS.metaRefresh}`)}
<h1>Welcome to Hostflix ${t(PAYLOADS.remoteImage)}</h1>
<p>Your plan renews every month at $12.99 until you cancel. ${t(PAYLOADS.entity)}</p>
<p><a href="/account">Account ${t(PAYLOADS.iframe)}</a></p>`,

  '/account': `${titled(`Account ${PAYLOADS.styleHide}`)}
<h1>Your account ${t(PAYLOADS.base)}</h1>
<p>Plan: Standard, $12.99 a month ${t(PAYLOADS.rtlOverride)}</p>
<button type="button" style="font-size:22px;padding:18px 48px;background:#e50914;color:#fff;border:0">Upgrade to Premium ${t(PAYLOADS.imgOnerror)}</button>
<p style="margin-top:400px">${routedLink(
    '/cancel',
    `Cancel membership ${PAYLOADS.attributeBreak}`,
    `style="font-size:10px;color:#d0d0d0" title="${t(PAYLOADS.scriptBreak)}" aria-label="Cancel membership ${t(PAYLOADS.attributeBreak)}"`,
  )}</p>`,

  '/cancel': `${titled(`Cancel ${PAYLOADS.scriptBreak}`)}
<h1>Wait! ${t(PAYLOADS.styleHide)} Before you go, keep 50% off</h1>
<p>${t(ALL_PAYLOADS)}</p>
<button type="button" style="font-size:24px;padding:20px 80px;background:#e50914;color:#fff;border:0;width:600px">Keep my membership at 50% off ${t(PAYLOADS.imgOnerror)}</button>
<p>${routedLink(
    '/cancelled',
    `No thanks, I'd rather pay full price ${PAYLOADS.scriptBreak}`,
    `style="font-size:11px;color:#c8c8c8" data-payload="${t(PAYLOADS.attributeBreak)}"`,
  )}</p>`,

  '/cancelled': `${titled(`Cancelled ${PAYLOADS.iframe}`)}
<h1>Your membership has been cancelled ${t(PAYLOADS.imgOnerror)}</h1>
<p>You can use Hostflix until the end of your billing period. ${t(PAYLOADS.templateInjection)}</p>`,

  '/help': `${titled(`Help ${PAYLOADS.templateInjection} ${PAYLOADS.attributeBreak}`)}
<h1>Help centre ${t(PAYLOADS.scriptBreak)}</h1>
<p>Questions? Read our articles ${t(ALL_PAYLOADS)}</p>
<p>${routedLink('/help', `Contact us ${PAYLOADS.imgOnerror}`, `title="${t(PAYLOADS.metaRefresh)}"`)}</p>`,
}

/** The scenario, as YAML text: signup, cancel and support, with hostile texts of its own. */
export function hostileScenarioYaml(baseUrl: string): string {
  const q = (s: string) => JSON.stringify(s)
  return `site: ${q(HOSTILE_SITE_NAME)}
baseUrl: ${q(baseUrl)}
flows:
  - name: signup
    steps:
      - goto: ${q(`/signup?ref=${encodeURIComponent(PAYLOADS.attributeBreak)}`)}
      - fill: { target: { label: Email address }, value: ${q(`sam@example.com ${PAYLOADS.scriptBreak}`)} }
      - click: { role: button, name: /^Continue/ }
  - name: cancel
    steps:
      - goto: /account
      - click: { role: link, name: /^Cancel membership/ }
      - click: { role: link, name: "/^No thanks/" }
      - expect: { text: has been cancelled }
  - name: support
    fresh: true
    steps:
      - goto: /
      - click: { role: link, name: /^Help/ }
`
}
