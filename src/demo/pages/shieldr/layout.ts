import { htmlDocument } from '../html-document.js'
import type { Variant } from '../site-pages.js'

/** What one Shieldr page puts into the frame every page shares. */
export interface ShieldrPage {
  /** `data-screen` of the body: shieldr.js and the variant's scripts act on it. */
  screen: string
  title: string
  description: string
  content: string
  scripts?: string[]
}

export function shieldrPage(variant: Variant, { screen, title, description, content, scripts = [] }: ShieldrPage): string {
  return htmlDocument({
    title,
    description,
    stylesheet: 'shieldr.css',
    siteScript: 'shieldr.js',
    bodyAttribute: `data-screen="${screen}"`,
    header,
    main: content,
    footer,
    banner: '',
    scripts,
  })
}

const header = `<header class="top">
  <div class="wrap">
    <a class="brand" href="/" aria-label="Shieldr VPN, home">Shieldr<span>VPN</span></a>
    <nav aria-label="Main">
      <a href="/#plans">Plans</a>
      <a href="/help">Help</a>
      <a href="/account" data-member-link>My account</a>
      <a class="button button-small" href="/signup" data-for-visitors>Get Shieldr</a>
    </nav>
  </div>
</header>`

const footer = `<footer class="bottom">
  <div class="wrap columns">
    <div>
      <h2>Shieldr</h2>
      <ul>
        <li><a href="/#plans">Plans and prices</a></li>
        <li><a href="/#features">Features</a></li>
      </ul>
    </div>
    <div>
      <h2>Support</h2>
      <ul>
        <li><a href="/help">Help centre</a></li>
        <li><a href="/contact">Contact us</a></li>
        <li><a href="/account">Manage your subscription</a></li>
      </ul>
    </div>
    <div>
      <h2>Legal</h2>
      <ul>
        <li><a href="/terms">Terms of service</a></li>
        <li><a href="/privacy">Privacy policy</a></li>
      </ul>
    </div>
  </div>
  <p class="wrap fine">© 2025 Shieldr Networks Inc. · 200 Harbor Street, Seattle, WA 98101</p>
</footer>`
