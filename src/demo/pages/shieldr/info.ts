import type { Variant } from '../site-pages.js'
import { shieldrPage } from './layout.js'

const article = (variant: Variant, screen: string, title: string, body: string): string =>
  shieldrPage(variant, { screen, title: `${title} — Shieldr VPN`, description: title, content: `<main class="wrap article">\n  <h1>${title}</h1>\n${body}\n</main>` })

export const terms = (variant: Variant): string =>
  article(variant, 'terms', 'Terms of service', `  <p>Shieldr Plus costs $9.99 a month and renews automatically each month until you cancel.</p>
  <p>Cancel online at any time: on My account, choose Cancel subscription and confirm. Your access continues until the end of the month you have paid for, and no further payments are taken.</p>`)

export const privacy = (variant: Variant): string =>
  article(variant, 'privacy', 'Privacy policy', `  <p>We keep your email address and payment details to run your subscription. We keep no record of the sites you visit.</p>`)

export const notFound = (variant: Variant): string =>
  article(variant, 'not-found', 'Page not found', `  <p>There is nothing at this address. <a href="/">Go to the home page</a>.</p>`)
