import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

export function login(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'login',
    title: 'Log in — The Daily Ledger',
    description: 'Log in to The Daily Ledger.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single" aria-labelledby="login-title">
      <h1 id="login-title">Log in to your account</h1>
      <p class="intro-text">Subscribers and registered readers.</p>
      <form id="login-form" action="/account" method="post">
        <div class="input">
          <label for="login-email">Email address</label>
          <input type="email" id="login-email" name="email" autocomplete="username" required>
        </div>
        <div class="input">
          <label for="login-password">Password</label>
          <input type="password" id="login-password" name="password" autocomplete="current-password" required>
        </div>
        <div class="tick">
          <input type="checkbox" id="login-remember" name="remember" checked>
          <label for="login-remember">Remember me</label>
        </div>
        <button type="submit" class="button button-primary button-large button-full">Log in</button>
      </form>
      <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><button type="button" class="text-button" id="reset-password" style="color:#1d4f91;text-decoration:underline;font-size:14px">Forgot your password?</button></p>
      <p id="reset-hint" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#666" hidden>Type your email address above and we’ll email you a reset link.</p>
      <p style="font-family:Helvetica,Arial,sans-serif;font-size:15px">Not a subscriber yet? <a href="/pricing">See subscription options</a></p>
    </section>
  </div>
</main>`,
  })
}

export function account(variant: Variant): string {
  // Hard cancel: the dark account page has no cancel button, only a way into /account/membership.
  // The fair page's phone line is a decoy: an extra way to cancel beside the online one.
  const controls =
    variant === 'dark'
      ? `          <div class="actions">
            <a class="button button-dark" href="/account/membership">Subscription settings</a>
            <button type="button" class="button button-secondary" data-opens="card-modal">Update payment method</button>
          </div>`
      : `          <div class="actions">
            <a class="button button-secondary" href="/pricing">Change subscription</a>
            <button type="button" class="button button-secondary" data-opens="card-modal">Update payment method</button>
            <form action="/cancel/confirm" method="get"><button type="submit" class="button button-secondary">Cancel subscription</button></form>
          </div>
          <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#555">Prefer to talk to someone? You can also cancel by phone on 1-888-555-0142.</p>`
  return ledgerPage(variant, {
    screen: 'account',
    title: 'My account — The Daily Ledger',
    description: 'Your Daily Ledger account.',
    content: `<main class="account">
  <div class="wrap">
    <div class="account-head">
      <h1>My account</h1>
      <p>Subscriber since <span data-fill="since"></span> · <span data-fill="email"></span></p>
    </div>
    <div class="account-layout">
      <nav class="side-nav" aria-label="Account sections">
        <a href="#subscription">Subscription</a>
        <a href="#profile-box">Profile</a>
      </nav>
      <div>
        <section class="box" id="subscription" aria-labelledby="subscription-title">
          <h2 id="subscription-title">Subscription</h2>
          <p class="plan-status" data-if-state="active">Your <span data-fill="plan"></span> plan renews on <span data-fill="nextBilling"></span>.</p>
          <p class="plan-status" data-if-state="cancelled" hidden>Active until <span data-fill="accessUntil"></span>, then cancelled. You won’t be charged again.</p>
          <dl class="details">
            <dt>Subscription</dt>
            <dd data-fill="plan"></dd>
            <dt>Status</dt>
            <dd><span class="tag tag-good" data-if-state="active">Active</span><span class="tag tag-ending" data-if-state="cancelled" hidden>Cancelled — access until <span data-fill="accessUntil"></span></span></dd>
            <dt>Monthly cost</dt>
            <dd data-fill="monthly"></dd>
            <dt>Add-ons</dt>
            <dd data-fill="extras"></dd>
            <dt data-if-state="active">Next billing date</dt>
            <dd data-if-state="active" data-fill="nextBilling"></dd>
            <dt>Card</dt>
            <dd data-fill="card"></dd>
          </dl>
          <div data-if-state="active">
${controls}
          </div>
          <div data-if-state="cancelled" hidden>
            <div class="actions"><a class="button button-primary" href="/pricing">Resubscribe</a></div>
          </div>
        </section>

        <section class="box" id="profile-box" aria-labelledby="profile-title">
          <h2 id="profile-title">Edit profile</h2>
          <form id="profile">
            <div class="inputs-2">
              <div class="input">
                <label for="profile-first">First name</label>
                <input type="text" id="profile-first" name="firstName" autocomplete="given-name" required>
              </div>
              <div class="input">
                <label for="profile-last">Last name</label>
                <input type="text" id="profile-last" name="lastName" autocomplete="family-name" required>
              </div>
            </div>
            <div class="input">
              <label for="profile-email">Email address</label>
              <input type="email" id="profile-email" name="email" autocomplete="email" required>
            </div>
            <div class="actions">
              <button type="submit" class="button button-primary">Save</button>
              <button type="button" class="button button-secondary" id="profile-discard">Cancel</button>
            </div>
            <p class="saved-note" id="profile-note"></p>
          </form>
        </section>
        <button type="button" class="button button-secondary button-small" id="log-out">Log out</button>
      </div>
    </div>
  </div>
  <dialog id="card-modal" aria-labelledby="card-modal-title">
    <div class="modal-top">
      <h2 id="card-modal-title">Update payment method</h2>
      <button type="button" class="button button-secondary button-small" data-closes>Close</button>
    </div>
    <div class="modal-body">
      <form id="new-card">
        <div class="input">
          <label for="replacement-number">Card number</label>
          <input type="text" id="replacement-number" name="replacementNumber" autocomplete="cc-number" inputmode="numeric" required>
        </div>
        <div class="inputs-2">
          <div class="input">
            <label for="replacement-exp">Expiration date (MM/YY)</label>
            <input type="text" id="replacement-exp" name="replacementExp" autocomplete="cc-exp" required>
          </div>
          <div class="input">
            <label for="replacement-code">Security code</label>
            <input type="text" id="replacement-code" name="replacementCode" autocomplete="cc-csc" inputmode="numeric" required>
          </div>
        </div>
        <button type="submit" class="button button-primary">Save card</button>
      </form>
    </div>
  </dialog>
</main>`,
  })
}

/** Dark variant only, at /account/membership: the first stop of the cancellation maze, with the way
 * out in 12px grey at the bottom. */
export function settings(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'settings',
    title: 'Subscription settings — The Daily Ledger',
    description: 'Manage your Daily Ledger subscription.',
    content: `<main class="account">
  <div class="wrap">
    <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;margin:0 0 10px"><a href="/account">My account</a> › Subscription settings</p>
    <div class="account-head">
      <h1>Subscription settings</h1>
      <p><span data-fill="plan"></span> · <span data-fill="monthly"></span> a month · renews <span data-fill="nextBilling"></span></p>
    </div>
    <section class="box" aria-labelledby="benefits-title">
      <h2 id="benefits-title">Your benefits</h2>
      <ul class="benefit-list">
        <li>Unlimited articles on web and app</li>
        <li>All daily newsletters</li>
        <li>Subscriber-only investigations</li>
        <li>Early access to Ledger Live events</li>
      </ul>
      <div class="actions">
        <a class="button button-primary button-large" href="/pricing">Upgrade to All-access</a>
        <a class="button button-secondary button-large" href="/pricing#gift">Give a gift subscription</a>
      </div>
    </section>
    <section class="box" aria-labelledby="delivery-title">
      <h2 id="delivery-title">Newsletters and delivery</h2>
      <p>Choose which newsletters arrive in your inbox, and where we send your welcome pack.</p>
      <div class="actions"><a class="button button-secondary" href="/account">Back to my account</a></div>
    </section>
    <p class="settings-foot"><a class="fine-link" href="/cancel/survey">Cancel subscription</a></p>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}
