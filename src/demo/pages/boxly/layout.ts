import { htmlDocument } from '../html-document.js'
import type { Variant } from '../site-pages.js'

/** What one Boxly page puts into the frame every page shares. */
export interface BoxlyPage {
  /** `data-page` of the body: boxly.js acts on it. */
  page: string
  title: string
  description: string
  content: string
}

export function boxlyPage(_variant: Variant, { page, title, description, content }: BoxlyPage): string {
  return htmlDocument({
    title,
    description,
    stylesheet: 'boxly.css',
    siteScript: 'boxly.js',
    bodyAttribute: `data-page="${page}"`,
    header,
    main: content,
    footer,
    banner: '',
    scripts: [],
  })
}

const header = `<header class="top">
  <div class="wrap">
    <a class="logo" href="/" aria-label="Boxly, home">box<span>ly</span></a>
    <nav aria-label="Main">
      <a href="/plans">Plans</a>
      <a href="/#how">How it works</a>
      <a href="/help">Help</a>
      <a href="/login" data-login-link>Log in</a>
    </nav>
  </div>
</header>`

const footer = `<footer class="bottom">
  <div class="wrap">
    <ul>
      <li><a href="/plans">Plans and prices</a></li>
      <li><a href="/help">Help centre</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/account">Manage your subscription</a></li>
      <li><a href="/terms">Terms</a></li>
      <li><a href="/privacy">Privacy</a></li>
    </ul>
    <p>© 2025 Boxly Kitchens, Inc. · 210 Market Street, Philadelphia, PA 19106</p>
  </div>
</footer>`
