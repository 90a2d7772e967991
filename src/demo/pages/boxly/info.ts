import type { Variant } from '../site-pages.js'
import { boxlyPage } from './layout.js'

export function terms(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'terms',
    title: 'Terms — Boxly',
    description: 'Boxly terms of service.',
    content: `<main class="wrap narrow">
  <h1>Terms of service</h1>
  <h2>Subscriptions and renewal</h2>
  <p>Plans are billed weekly and renew automatically until cancelled. Cancel online at any time in Account.</p>
</main>`,
  })
}

export function privacy(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'privacy',
    title: 'Privacy — Boxly',
    description: 'How Boxly handles your information.',
    content: `<main class="wrap narrow">
  <h1>Privacy policy</h1>
  <p>We use your name, address and payment details to deliver your boxes. We send offers only if you ask for them.</p>
</main>`,
  })
}

export function notFound(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'not-found',
    title: 'Page not found — Boxly',
    description: 'Page not found.',
    content: `<main class="wrap narrow">
  <h1>This page is not on the menu</h1>
  <a class="button button-primary" href="/">Back to Boxly</a>
</main>`,
  })
}
