import type { Variant } from '../site-pages.js'
import { shieldrPage } from './layout.js'

const summary = `    <aside id="order-summary" aria-label="Order summary">
      <h2>Order summary</h2>
      <p>Shieldr Plus, monthly <span>$9.99/mo</span></p>
      <p class="total-line">Total due today <strong>$9.99</strong></p>
      <p>Then $9.99 a month, billed monthly until you cancel.</p>
    </aside>`

export function signup(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'signup',
    title: 'Create your account — Shieldr VPN',
    description: 'Create your Shieldr account.',
    content: `<main class="wrap form-page">
  <p class="progress"><strong>Step 1 of 2: Account</strong> · Step 2 of 2: Payment</p>
  <div class="form-layout">
    <section class="sheet" aria-labelledby="signup-title">
      <h1 id="signup-title">Create your account</h1>
      <form id="signup-form" action="/checkout" method="get">
        <label for="signup-email">Email address</label>
        <input type="email" id="signup-email" name="email" autocomplete="email" required>
        <label for="signup-password">Create a password</label>
        <input type="password" id="signup-password" name="password" autocomplete="new-password" minlength="8" required>
        <div class="tick">
          <input type="checkbox" id="signup-news" name="news">
          <label for="signup-news">Email me product news and security tips</label>
        </div>
        <div class="tick">
          <input type="checkbox" id="signup-terms" name="terms" required>
          <label for="signup-terms">I agree to the <a href="/terms">Terms of service</a> and <a href="/privacy">Privacy policy</a></label>
        </div>
        <button type="submit" class="button button-full">Create account</button>
      </form>
    </section>
${summary}
  </div>
</main>`,
  })
}

/** The payment page. Slow step: the dark page keeps the card form behind a "Loading secure
 * checkout…" spinner for 5.5 s (checkout-loader.js). Insecure form: the dark form's action is an
 * absolute http:// URL on the payment provider's host; shieldr.js handles the submit, so nothing is
 * ever sent there. The dark page also shows a session timer that restarts on every visit, as such
 * timers do: a decoy for fake urgency, with no offer in it. */
export function checkout(variant: Variant): string {
  const dark = variant === 'dark'
  const action = dark ? 'http://pay.shieldr-payments.example/charge' : '/welcome'
  return shieldrPage(variant, {
    screen: 'checkout',
    title: 'Payment — Shieldr VPN',
    description: 'Pay for your Shieldr subscription.',
    content: `<main class="wrap form-page">
  <p class="progress">Step 1 of 2: Account · <strong>Step 2 of 2: Payment</strong></p>
  <div class="form-layout">
    <section class="sheet" aria-labelledby="payment-title">
      <h1 id="payment-title">Payment details</h1>${dark ? '\n      <p class="session" id="session-timer">For your security, this checkout session expires in <span data-session-countdown>15:00</span>.</p>\n      <div class="loader" id="checkout-loader" role="status"><span class="spinner" aria-hidden="true"></span> Loading secure checkout…</div>' : ''}
      <form id="payment-form" action="${action}" method="${dark ? 'post' : 'get'}"${dark ? ' hidden' : ''}>
        <label for="card-name">Name on card</label>
        <input type="text" id="card-name" name="cardName" autocomplete="cc-name" required>
        <label for="card-number">Card number</label>
        <input type="text" id="card-number" name="cardNumber" autocomplete="cc-number" inputmode="numeric" required>
        <div class="inputs-2">
          <div>
            <label for="card-exp">Expiry date (MM/YY)</label>
            <input type="text" id="card-exp" name="cardExp" autocomplete="cc-exp" required>
          </div>
          <div>
            <label for="card-code">Security code</label>
            <input type="text" id="card-code" name="cardCode" autocomplete="cc-csc" inputmode="numeric" maxlength="4" required>
          </div>
        </div>
        <label for="card-zip">Billing ZIP code</label>
        <input type="text" id="card-zip" name="zip" autocomplete="billing postal-code" required>
        <p class="autorenew">Shieldr Plus renews automatically every month at $9.99 until you cancel. Cancel online at any time on My account; you keep access until the end of the month you have paid for.</p>
        <button type="submit" class="button button-full">Subscribe and pay $9.99</button>
      </form>
    </section>
${summary}
  </div>
</main>`,
    scripts: dark ? ['/assets/checkout-loader.js'] : [],
  })
}

export function welcome(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'welcome',
    title: 'Welcome — Shieldr VPN',
    description: 'Your subscription is active.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="welcome-title">
    <h1 id="welcome-title">Welcome to Shieldr</h1>
    <p>Thank you. Your Shieldr Plus subscription is active. We’ll charge $9.99 a month; your next payment is on <strong data-fill="nextBilling"></strong>.</p>
    <p>A receipt is on its way to <span data-fill="email"></span>.</p>
    <a class="button" href="/account">Go to My account</a>
  </section>
</main>`,
  })
}
