import type { Variant } from '../site-pages.js'
import { streamlyPage } from './layout.js'

export function login(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'login',
    title: 'Sign in — Streamly',
    description: 'Sign in to Streamly.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      <p class="lead">Welcome back. Pick up where you left off.</p>
      <form id="login-form" action="/account" method="post">
        <div class="field">
          <label for="login-email">Email address</label>
          <input type="email" id="login-email" name="email" autocomplete="username" required>
        </div>
        <div class="field">
          <label for="login-password">Password</label>
          <input type="password" id="login-password" name="password" autocomplete="current-password" required>
        </div>
        <div class="checkbox-row">
          <input type="checkbox" id="login-remember" name="remember" checked>
          <label for="login-remember">Remember me</label>
        </div>
        <button type="submit" class="btn btn-primary btn-lg btn-block">Sign in</button>
      </form>
      <p class="fine-print"><button type="button" class="link-button" id="forgot-password" style="color:#6d28d9">Forgot your password?</button></p>
      <p class="fine-print" id="forgot-note" hidden>Enter your email address above and we'll send you a link to reset your password.</p>
      <p>New to Streamly? <a href="/pricing">See plans</a></p>
    </section>
  </div>
</main>`,
  })
}

export function account(variant: Variant): string {
  // Hard cancel: the dark account page has no cancel button, only a way into /account/membership.
  const actions =
    variant === 'dark'
      ? `          <div class="button-row">
            <a class="btn btn-primary" href="/account/membership">Manage membership</a>
            <button type="button" class="btn btn-outline" data-open-dialog="card-dialog">Update payment method</button>
          </div>`
      : `          <div class="button-row">
            <a class="btn btn-outline" href="/pricing">Change plan</a>
            <button type="button" class="btn btn-outline" data-open-dialog="card-dialog">Update payment method</button>
            <form action="/cancel/confirm" method="get"><button type="submit" class="btn btn-outline">Cancel membership</button></form>
          </div>`
  return streamlyPage(variant, {
    page: 'account',
    title: 'Your account — Streamly',
    description: 'Manage your Streamly account.',
    main: `<main class="account-page">
  <div class="container">
    <h1>Your account</h1>
    <p class="subtitle">Member since <span data-field="memberSince"></span></p>
    <div class="account-grid">
      <section class="card" aria-labelledby="membership-title">
        <h2 id="membership-title">Membership</h2>
        <dl class="facts">
          <dt>Plan</dt>
          <dd><span class="plan-pill" data-field="planName"></span></dd>
          <dt>Status</dt>
          <dd><span class="status-pill" data-show-when="active">Active</span><span class="status-pill is-ending" data-show-when="cancelled" hidden>Ends <span data-field="accessUntil"></span></span></dd>
          <dt>Monthly price</dt>
          <dd><span data-field="monthlyTotal"></span> a month</dd>
          <dt>Extras</dt>
          <dd data-field="addOns"></dd>
          <dt data-show-when="active">Next payment</dt>
          <dd data-show-when="active" data-field="renewsOn"></dd>
          <dt>Payment method</dt>
          <dd data-field="card"></dd>
        </dl>
        <div data-show-when="active">
${actions}
        </div>
        <div data-show-when="cancelled" hidden>
          <div class="button-row">
            <a class="btn btn-primary" href="/pricing">Restart membership</a>
          </div>
        </div>
      </section>

      <section class="card" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <p class="profile-summary"><span data-field="name"></span> · <span data-field="email"></span></p>
        <button type="button" class="btn btn-outline btn-sm" id="profile-edit">Edit profile</button>
        <!-- A decoy: the plain "Cancel" under "Save changes" closes this form; it is no way out of the membership. -->
        <form id="profile-form" hidden>
          <div class="field">
            <label for="profile-name">Name</label>
            <input type="text" id="profile-name" name="name" autocomplete="name" required>
          </div>
          <div class="field">
            <label for="profile-email">Email address</label>
            <input type="email" id="profile-email" name="email" autocomplete="email" required>
          </div>
          <div class="button-row">
            <button type="submit" class="btn btn-primary">Save changes</button>
            <button type="button" class="link-button profile-cancel" id="profile-cancel">Cancel</button>
          </div>
          <p class="form-status" id="profile-status"></p>
        </form>
        <hr style="border:0;border-top:1px solid #e5e7eb;margin:22px 0">
        <button type="button" class="btn btn-outline btn-sm" id="sign-out">Sign out</button>
      </section>
    </div>
  </div>

  <dialog id="card-dialog" aria-labelledby="card-dialog-title">
    <div class="dialog-head">
      <h2 id="card-dialog-title">Update payment method</h2>
      <button type="button" class="btn btn-outline btn-sm" data-close-dialog>Close</button>
    </div>
    <div class="dialog-body">
      <form id="card-form">
        <div class="field">
          <label for="new-card-number">Card number</label>
          <input type="text" id="new-card-number" name="newCardNumber" autocomplete="cc-number" inputmode="numeric" required>
        </div>
        <div class="field-row two">
          <div class="field">
            <label for="new-card-expiry">Expiry date</label>
            <input type="text" id="new-card-expiry" name="newCardExpiry" autocomplete="cc-exp" placeholder="MM / YY" required>
          </div>
          <div class="field">
            <label for="new-card-cvc">Security code (CVC)</label>
            <input type="text" id="new-card-cvc" name="newCardCvc" autocomplete="cc-csc" inputmode="numeric" required>
          </div>
        </div>
        <button type="submit" class="btn btn-primary">Save card</button>
      </form>
    </div>
  </dialog>
</main>`,
  })
}

// Hidden cancel entry: "Cancel membership" is the 15th of 17 links in 11px light grey, inside a
// collapsed "More options" section at the bottom of the page.
const MORE_OPTIONS: readonly [string, string][] = [
  ['/account/membership#activity', 'Viewing activity'],
  ['/account/membership#ratings', 'Ratings'],
  ['/account/membership#downloads', 'Download devices'],
  ['/account/membership#parental', 'Parental controls'],
  ['/account/membership#playback', 'Playback settings'],
  ['/account/membership#subtitles', 'Subtitle appearance'],
  ['/account/membership#language', 'Display language'],
  ['/account/membership#devices', 'Signed-in devices'],
  ['/account/membership#transfer', 'Profile transfer'],
  ['/account/membership#gift', 'Gift cards'],
  ['/account/membership#redeem', 'Redeem a code'],
  ['/account/membership#billing', 'Billing history'],
  ['/account/membership#email', 'E-mail preferences'],
  ['/privacy', 'Privacy settings'],
  ['/cancel/survey', 'Cancel membership'],
  ['/account/membership#data', 'Download your data'],
  ['/account/membership#test', 'Test participation'],
]

/** Dark variant only: the first stop of the cancellation maze, with the way out collapsed and faint. */
export function membership(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'membership',
    title: 'Manage membership — Streamly',
    description: 'Your Streamly membership.',
    main: `<main class="account-page">
  <div class="container">
    <p><a href="/account">← Back to your account</a></p>
    <h1>Manage membership</h1>
    <p class="subtitle">You're on <strong data-field="planName"></strong>, <span data-field="planPrice"></span>. Next payment on <span data-field="renewsOn"></span>.</p>
    <div class="account-grid">
      <section class="card" aria-labelledby="perks-title">
        <h2 id="perks-title">What your plan includes</h2>
        <ul class="perk-list">
          <li><strong>Full HD</strong>Crisp 1080p picture</li>
          <li><strong>2 screens</strong>Watch on two devices at once</li>
          <li><strong>Downloads</strong>On up to 2 phones or tablets</li>
          <li><strong>5 profiles</strong>Including a kids profile</li>
        </ul>
        <div class="button-row">
          <a class="btn btn-primary" href="/pricing">Upgrade to Premium</a>
          <a class="btn btn-outline" href="/account">Done</a>
        </div>
      </section>
      <section class="card" aria-labelledby="household-title">
        <h2 id="household-title">Your household</h2>
        <p>Share Streamly with someone who doesn't live with you by adding an extra member slot for $5.99/mo.</p>
        <div class="button-row">
          <a class="btn btn-outline" href="/pricing">Learn about extra members</a>
        </div>
        <hr style="border:0;border-top:1px solid #e5e7eb;margin:22px 0">
        <h2>Streamly Stick</h2>
        <p>Your Streamly Stick is registered to this account. Its warranty runs for 12 months from delivery.</p>
      </section>
    </div>
    <details class="more-options">
      <summary>More options</summary>
      <nav class="account-links" aria-label="More account options">
        <ul>
${MORE_OPTIONS.map(([href, text]) => `          <li><a href="${href}">${text}</a></li>`).join('\n')}
        </ul>
      </nav>
    </details>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}
