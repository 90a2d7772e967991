import type { Variant } from '../site-pages.js'
import { boxlyPage } from './layout.js'

export function login(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'login',
    title: 'Log in — Boxly',
    description: 'Log in to Boxly.',
    content: `<main class="wrap narrow">
  <h1>Log in</h1>
  <form id="login-form" action="/account" method="get">
    <div class="input"><label for="login-email">Email address</label><input type="email" id="login-email" name="email" autocomplete="username" required></div>
    <div class="input"><label for="login-password">Password</label><input type="password" id="login-password" name="password" autocomplete="current-password" required></div>
    <button type="submit" class="button button-primary button-large">Log in</button>
  </form>
  <p>New to Boxly? <a href="/plans">See plans</a></p>
</main>`,
  })
}

export function account(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'account',
    title: 'Your account — Boxly',
    description: 'Your Boxly account.',
    content: `<main class="wrap narrow">
  <h1>Your account</h1>
  <section class="box" aria-labelledby="sub-title">
    <h2 id="sub-title">Subscription</h2>
    <dl class="details-list">
      <dt>Plan</dt><dd data-fill="plan"></dd>
      <dt>Weekly price</dt><dd data-fill="weekly"></dd>
      <dt>Status</dt><dd data-fill="status"></dd>
    </dl>
    <div class="actions" data-if-active>
      <a class="button button-secondary" href="/plans">Change plan</a>
      <form action="/cancel/confirm" method="get"><button type="submit" class="button button-secondary">Cancel subscription</button></form>
    </div>
  </section>
  <button type="button" class="button button-secondary" id="log-out">Log out</button>
</main>`,
  })
}

export function confirm(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'cancel-confirm',
    title: 'Cancel your subscription — Boxly',
    description: 'Cancel your Boxly subscription.',
    content: `<main class="wrap narrow">
  <h1>Cancel your subscription</h1>
  <p>Your <strong data-fill="plan"></strong> subscription will end now. Boxes already paid for still arrive, and you won’t be charged again.</p>
  <form id="final-step" action="/cancel/done" method="get">
    <div class="actions">
      <button type="submit" class="button button-secondary button-large">Cancel subscription</button>
      <a class="button button-secondary button-large" href="/account">Keep my subscription</a>
    </div>
  </form>
</main>`,
  })
}

export function done(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'cancel-done',
    title: 'Subscription cancelled — Boxly',
    description: 'Your Boxly subscription has been cancelled.',
    content: `<main class="wrap narrow">
  <h1>Your subscription has been cancelled</h1>
  <p>Your <strong data-fill="plan"></strong> subscription is cancelled as of <strong data-fill="cancelledOn"></strong>. No further boxes will be sent and you won’t be charged again.</p>
  <p>A confirmation has been emailed to <span data-fill="email"></span>.</p>
  <a class="button button-primary" href="/">Back to Boxly</a>
</main>`,
  })
}
