import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

function article(variant: Variant, { screen, title, description, body }: { screen: string; title: string; description: string; body: string }): string {
  return ledgerPage(variant, { screen, title, description, content: `<main class="wrap article">\n${body}\n</main>` })
}

export function about(variant: Variant): string {
  return article(variant, {
    screen: 'about',
    title: 'About us — The Daily Ledger',
    description: 'About The Daily Ledger.',
    body: `  <p class="kicker">About us</p>
  <h1>An independent newspaper since 1898</h1>
  <p class="dateline">Boston, Massachusetts</p>
  <p>The Daily Ledger is owned by a reader-supported trust. We have no shareholders to pay: every subscription goes back into reporting, from our city desk to eleven bureaus abroad.</p>
  <h2 id="standards">Editorial standards</h2>
  <p>We correct our mistakes openly, separate news from opinion, and never let advertisers see a story before it is published.</p>
  <h2 id="jobs">Work with us</h2>
  <p>We hire reporters, editors, developers and designers. Paid fellowships for early-career journalists open every January.</p>`,
  })
}

export function terms(variant: Variant): string {
  // The dark terms say where to cancel without saying how, matching its maze.
  const cancelling =
    variant === 'dark'
      ? 'Subscribers may cancel by following the instructions in their account settings. Access continues until the end of the current billing period.'
      : 'Cancel online at any time: on My account, choose Cancel subscription and confirm. Your access continues until the end of the month you have paid for, and no further payments are taken.'
  return article(variant, {
    screen: 'terms',
    title: 'Terms of sale — The Daily Ledger',
    description: 'Terms of sale for Daily Ledger subscriptions.',
    body: `  <p class="kicker">Legal</p>
  <h1>Terms of sale</h1>
  <p class="dateline">Effective 1 August 2025</p>
  <h2>Subscriptions and renewal</h2>
  <p>Subscriptions are billed monthly in advance and renew automatically at the then-current price until cancelled. We give at least 30 days’ notice of any price change.</p>
  <h2>Cancelling</h2>
  <p>${cancelling}</p>
  <h2>Add-ons and fees</h2>
  <p>Optional add-ons are billed with your subscription each month until you remove them.</p>`,
  })
}

export function privacy(variant: Variant): string {
  return article(variant, {
    screen: 'privacy',
    title: 'Privacy policy — The Daily Ledger',
    description: 'How The Daily Ledger handles your information.',
    body: `  <p class="kicker">Legal</p>
  <h1>Privacy policy</h1>
  <p class="dateline">Effective 1 August 2025</p>
  <h2>What we collect</h2>
  <p>Your name, email address, billing and delivery details, and which articles you read, so we can run your subscription and suggest stories.</p>
  <h2>Offers from us and our partners</h2>
  <p>We send offers, and share your email with partners, only if you agreed to it. You can withdraw your agreement at any time.</p>
  <h2 id="cookies">Cookies</h2>
  <p>A login cookie keeps you signed in. Measurement cookies are set only if you choose Accept all.</p>`,
  })
}

export function notFound(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'not-found',
    title: 'Page not found — The Daily Ledger',
    description: 'Page not found.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered" aria-labelledby="missing-title">
      <h1 id="missing-title">This page is not in today’s edition</h1>
      <p class="intro-text">It may have moved, or the address may be mistyped.</p>
      <a class="button button-primary" href="/">Go to the front page</a>
    </section>
  </div>
</main>`,
  })
}
