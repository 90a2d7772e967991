import { htmlDocument } from '../html-document.js'
import type { Variant } from '../site-pages.js'

/** What one Ledger page puts into the frame every page shares. */
export interface LedgerPage {
  /** `data-screen` of the body: ledger.js and the variant's scripts act on it. */
  screen: string
  title: string
  description: string
  /** The navigation entry to mark as the current page. */
  current?: 'pricing' | 'help'
  content: string
  scripts?: string[]
}

/** Reading pages, where subscribers are offered the print edition. */
const PRINT_OFFER_SCREENS = new Set(['front', 'welcome', 'about'])

export function ledgerPage(variant: Variant, { screen, title, description, current, content, scripts = [] }: LedgerPage): string {
  const printOffer = PRINT_OFFER_SCREENS.has(screen)
  return htmlDocument({
    title,
    description,
    stylesheet: 'ledger.css',
    siteScript: 'ledger.js',
    bodyAttribute: `data-screen="${screen}"`,
    header: top(variant, current),
    main: printOffer ? `${content}\n${printOfferDialog}` : content,
    footer: bottom(variant),
    banner: cookieNotice,
    scripts: printOffer ? [...scripts, '/assets/print-offer.js'] : scripts,
  })
}

// Nagging: the variant's print-offer.js opens this for subscribers. The dark script forgets "Not now"
// and opens it on every reading page; the fair one remembers it.
const printOfferDialog = `<dialog id="print-offer" aria-labelledby="print-offer-title">
  <div class="modal-top">
    <h2 id="print-offer-title">Subscribe to the print edition?</h2>
  </div>
  <div class="modal-body">
    <p>Get the Sunday paper at your door by 7am, with the crossword and the magazine.</p>
    <div class="actions">
      <a class="button button-primary" href="/pricing#compare">See print options</a>
      <button type="button" class="button button-secondary" id="print-offer-dismiss">Not now</button>
    </div>
  </div>
</dialog>`

const SECTIONS: [href: string, text: string, id?: LedgerPage['current']][] = [
  ['/#world', 'World'],
  ['/#us', 'U.S.'],
  ['/#business', 'Business'],
  ['/#technology', 'Technology'],
  ['/#culture', 'Culture'],
  ['/#opinion', 'Opinion'],
  ['/pricing', 'Subscribe', 'pricing'],
]

function top(variant: Variant, current: LedgerPage['current']): string {
  // Hidden support: the dark utility bar has no Help link.
  const help = variant === 'dark' ? '' : `        <a href="/help"${current === 'help' ? ' aria-current="page"' : ''}>Help</a>\n`
  return `<header>
  <div class="utility-bar">
    <div class="wrap">
      <span class="today" data-today>Today's paper</span>
      <nav aria-label="Account">
${help}        <a href="/login" data-login-link>Log in</a>
        <a class="button button-primary button-small" href="/pricing" data-for-visitors>Subscribe</a>
      </nav>
    </div>
  </div>
  <div class="masthead">
    <a href="/" aria-label="The Daily Ledger, front page"><p class="nameplate">The Daily Ledger</p></a>
    <p class="motto">Independent reporting since 1898</p>
  </div>
  <nav class="sections" aria-label="Sections">
    <ul>
${SECTIONS.map(([href, text, id]) => `      <li><a href="${href}"${id && id === current ? ' aria-current="page"' : ''}>${text}</a></li>`).join('\n')}
    </ul>
  </nav>
</header>`
}

function bottom(variant: Variant): string {
  // Hidden support: the dark footer drops the Customer Care column and keeps only a 10px grey "Help"
  // link (its size and colour are in ledger.css, `.footer-help`).
  const care =
    variant === 'dark'
      ? ''
      : `
      <div>
        <h2>Customer Care</h2>
        <ul>
          <li><a href="/help">Help centre</a></li>
          <li><a href="/contact">Contact us</a></li>
          <li><a href="/account">Manage your subscription</a></li>
        </ul>
      </div>`
  return `<footer class="footer">
  <div class="wrap">
    <div class="footer-columns${variant === 'dark' ? '' : ' with-care'}">
      <div>
        <h2>News</h2>
        <ul>
          <li><a href="/#world">World</a></li>
          <li><a href="/#business">Business</a></li>
          <li><a href="/#culture">Culture</a></li>
          <li><a href="/#opinion">Opinion</a></li>
        </ul>
      </div>
      <div>
        <h2>The Ledger</h2>
        <ul>
          <li><a href="/about">About us</a></li>
          <li><a href="/about#standards">Editorial standards</a></li>
          <li><a href="/about#jobs">Work with us</a></li>
        </ul>
      </div>
      <div>
        <h2>Subscriptions</h2>
        <ul>
          <li><a href="/pricing">Subscribe</a></li>
          <li><a href="/pricing#gift">Give a gift subscription</a></li>
          <li><a href="/pricing#compare">Digital or All-access?</a></li>
        </ul>
      </div>${care}
      <div>
        <h2>Legal</h2>
        <ul>
          <li><a href="/terms">Terms of sale</a></li>
          <li><a href="/privacy">Privacy policy</a></li>
          <li><button type="button" class="text-button" data-reopen-cookies>Cookie settings</button></li>
        </ul>
      </div>
    </div>
    <div class="footer-base">
      <p><span class="nameplate-small">The Daily Ledger</span> · © 2025 The Daily Ledger Company</p>${variant === 'dark' ? '\n      <a class="footer-help" href="/help">Help</a>' : ''}
    </div>
  </div>
</footer>`
}

// A decoy in both variants: "Reject all" is as easy as "Accept all", and once chosen the notice stays
// away in that browser (a fresh one asks again).
const cookieNotice = `<section class="cookie-notice" aria-label="Cookie settings" hidden>
  <div class="wrap">
    <p>We and our measurement provider use cookies to keep you logged in and to count readers. <a href="/privacy#cookies">How we use cookies</a></p>
    <div class="choices">
      <button type="button" class="button button-secondary" data-choice="rejected">Reject all</button>
      <button type="button" class="button button-secondary" data-choice="accepted">Accept all</button>
    </div>
  </div>
</section>`
