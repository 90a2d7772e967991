import type { Variant } from '../site-pages.js'
import { shieldrPage } from './layout.js'

/** My account, with the subscription and the way out. The same in both variants. */
export function account(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'account',
    title: 'My account — Shieldr VPN',
    description: 'Your Shieldr subscription.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="account-title">
    <h1 id="account-title">My account</h1>
    <p data-if-state="none">You have no Shieldr subscription on this device. <a href="/signup">Get Shieldr Plus</a></p>
    <div data-if-state="active" hidden>
      <p>Signed in as <strong data-fill="email"></strong></p>
      <p>Plan: Shieldr Plus, $9.99 a month. Next payment on <strong data-fill="nextBilling"></strong>.</p>
      <a class="button button-secondary" href="/cancel">Cancel subscription</a>
    </div>
    <div data-if-state="cancelled" hidden>
      <p>Your Shieldr Plus subscription is cancelled. You can use Shieldr until <strong data-fill="nextBilling"></strong>.</p>
    </div>
  </section>
</main>`,
  })
}

/** What the dark variant asks before it cancels: a phone number to call the customer back and a date
 * of birth, beyond the login that already says who they are. */
const CALLBACK_DETAILS = `    <form id="cancel-form">
      <label for="cancel-phone">Phone number *</label>
      <input type="tel" id="cancel-phone" name="phone" autocomplete="tel" required>
      <label for="cancel-birth">Date of birth *</label>
      <input type="date" id="cancel-birth" name="birth" autocomplete="bday" required>
    </form>`

export function cancel(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'cancel',
    title: 'Cancel your subscription — Shieldr VPN',
    description: 'Cancel your Shieldr subscription.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="cancel-title">
    <h1 id="cancel-title">Cancel your subscription?</h1>
    <p>Your Shieldr Plus subscription ends on <strong data-fill="nextBilling"></strong> and you won’t be charged again. You can use Shieldr until then.</p>
${variant === 'dark' ? CALLBACK_DETAILS : ''}
    <div class="actions">
      <button type="button" class="button" id="confirm-cancel">Cancel subscription</button>
      <a class="button button-secondary" href="/account">Keep my subscription</a>
    </div>
  </section>
</main>`,
  })
}

export function cancelled(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'cancelled',
    title: 'Subscription cancelled — Shieldr VPN',
    description: 'Your Shieldr subscription is cancelled.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="cancelled-title">
    <h1 id="cancelled-title">Your subscription has been cancelled</h1>
    <p>Your Shieldr Plus subscription has been cancelled and ends on <strong data-fill="nextBilling"></strong>. You won’t be charged again.</p>
    <p>A confirmation is on its way to <span data-fill="email"></span>.</p>
  </section>
</main>`,
  })
}

export function login(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'login',
    title: 'Log in — Shieldr VPN',
    description: 'Log in to your Shieldr account.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="login-title">
    <h1 id="login-title">Log in</h1>
    <form id="login-form" action="/account" method="get">
      <label for="login-email">Email address</label>
      <input type="email" id="login-email" name="email" autocomplete="email" required>
      <label for="login-password">Password</label>
      <input type="password" id="login-password" name="password" autocomplete="current-password" required>
      <button type="submit" class="button button-full">Log in</button>
    </form>
  </section>
</main>`,
  })
}
