import { htmlDocument } from '../html-document.js'
import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'

/** What one Streamly page puts into the frame every page shares. */
export interface StreamlyPage {
  /** `data-page` of the body: streamly.js and the variant's scripts act on it. */
  page: string
  title: string
  description: string
  /** The main navigation entry to mark as the current page. */
  current?: 'home' | 'devices' | 'pricing' | 'help'
  main: string
  scripts?: string[]
}

export function streamlyPage(variant: Variant, { page, title, description, current, main, scripts = [] }: StreamlyPage): string {
  return htmlDocument({
    title,
    description,
    stylesheet: 'styles.css',
    siteScript: 'streamly.js',
    bodyAttribute: `data-page="${page}"`,
    header: header(variant, current),
    main,
    footer: footer(variant),
    banner: cookieBanner,
    scripts,
  })
}

function header(variant: Variant, current: StreamlyPage['current']): string {
  const nav = [
    ['/#trending', 'Shows &amp; films', 'home'],
    ['/#devices', 'Devices', 'devices'],
    ['/pricing', 'Plans', 'pricing'],
    // Hidden support: the dark header has no way to help.
    ...(variant === 'dark' ? [] : [['/help', 'Help', 'help']]),
  ]
  return `<header class="site-header">
  <div class="container header-inner">
    <a class="logo" href="/" aria-label="Streamly home">${icon.logo}<span>Streamly</span></a>
    <nav class="main-nav" aria-label="Main">
${nav.map(([href, text, id]) => `      <a href="${href}"${id === current ? ' aria-current="page"' : ''}>${text}</a>`).join('\n')}
    </nav>
    <div class="header-actions">
      <a class="signin-link" href="/login" data-account-link>Sign in</a>
      <a class="btn btn-primary btn-sm" href="/pricing" data-signed-out-only>Get started</a>
    </div>
  </div>
</header>`
}

function footer(variant: Variant): string {
  // Hidden support: the dark footer drops the Support column and keeps only a 10px grey "Help" link
  // (its size and colour are in styles.css, `.footer-help`).
  const support =
    variant === 'dark'
      ? ''
      : `
    <div>
      <h2>Support</h2>
      <ul>
        <li><a href="/help">Help Centre</a></li>
        <li><a href="/contact">Contact us</a></li>
        <li><a href="/account">Your account</a></li>
      </ul>
    </div>`
  // The logo is inlined twice on a page, so the footer's copy needs its own gradient id.
  const footerLogo = icon.logo.replace(/logo-gradient/g, 'footer-logo-gradient')
  return `<footer class="site-footer">
  <div class="container footer-grid${variant === 'dark' ? ' three-columns' : ''}">
    <div class="footer-brand">
      <a class="logo" href="/" aria-label="Streamly home">${footerLogo}<span>Streamly</span></a>
      <p>Films, series and documentaries from independent studios and the big names, on every screen you own.</p>
    </div>
    <div>
      <h2>Streamly</h2>
      <ul>
        <li><a href="/about">About us</a></li>
        <li><a href="/about#careers">Careers</a></li>
        <li><a href="/about#press">Press</a></li>
      </ul>
    </div>
    <div>
      <h2>Watch</h2>
      <ul>
        <li><a href="/#trending">Shows &amp; films</a></li>
        <li><a href="/#devices">Devices</a></li>
        <li><a href="/pricing">Plans &amp; pricing</a></li>
      </ul>
    </div>${support}
    <div>
      <h2>Legal</h2>
      <ul>
        <li><a href="/terms">Terms of use</a></li>
        <li><a href="/privacy">Privacy</a></li>
        <li><button type="button" class="link-button" data-cookie-settings>Cookie preferences</button></li>
      </ul>
    </div>
  </div>
  <div class="container footer-bottom">
    <p>© 2025 Streamly, Inc. All rights reserved.</p>${variant === 'dark' ? '\n    <a class="footer-help" href="/help">Help</a>' : ''}
  </div>
</footer>`
}

// A decoy in both variants: "Reject all" is as easy as "Accept all".
const cookieBanner = `<div class="cookie-banner" role="region" aria-label="Cookie consent" data-cookie-banner hidden>
  <p>We use cookies to keep you signed in, remember your settings and understand how Streamly is used. <a href="/privacy#cookies">Cookie policy</a></p>
  <div class="cookie-actions">
    <button type="button" class="btn btn-sm" data-consent="rejected">Reject all</button>
    <button type="button" class="btn btn-sm" data-consent="accepted">Accept all</button>
  </div>
</div>`
