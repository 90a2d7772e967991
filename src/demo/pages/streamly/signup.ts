import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'
import { streamlyPage } from './layout.js'
import { PLANS, type Plan } from './pricing.js'

function steps(current: 1 | 2): string {
  const step = (n: number, text: string) => `<span${n === current ? ' class="is-current"' : ''}><span class="step-dot">${n}</span>${text}</span>`
  return `<div class="steps" aria-label="Progress">${step(1, 'Create your account')}<span class="step-sep"></span>${step(2, 'Payment')}</div>`
}

const perkCheck = icon.check.replace('<svg', '<svg style="display:inline;width:14px;height:14px;vertical-align:-2px;color:#047857"')

/** The order summary beside the signup and payment forms; streamly.js fills its list and total. */
const summaryBox = (heading: string, note: string) => `    <aside id="order-summary" aria-label="Order summary">
      <h2>${heading}</h2>
      <ul></ul>
      <p class="summary-total">Total <span data-summary-total></span></p>
      <p class="summary-note">${note}</p>
      <div class="summary-perks">
        <p>${perkCheck} Free Streamly Stick with every plan</p>
        <p>${perkCheck} No ads, ever</p>
      </div>
    </aside>`

export function signup(variant: Variant): string {
  const option = (p: Plan) => `          <label class="plan-option">
            <input type="radio" name="plan" value="${p.id}"${p.id === 'standard' ? ' checked' : ''}>
            <span class="plan-option-name">${p.name}</span>
            <span class="plan-option-price">$${p.price}/mo</span>
          </label>`
  // Forced opt-out: the dark variant ticks the marketing consent for the user.
  const marketingTicked = variant === 'dark' ? ' checked' : ''
  return streamlyPage(variant, {
    page: 'signup',
    title: 'Create your account — Streamly',
    description: 'Create your Streamly account.',
    current: 'pricing',
    main: `<main class="flow-page">
  <div class="container">
    ${steps(1)}
    <div class="flow-grid">
    <section class="panel" aria-labelledby="signup-title">
      <h1 id="signup-title">Create your account</h1>
      <p class="lead">A few details and you're ready to watch. Already a member? <a href="/login">Sign in</a></p>
      <form id="signup-form" action="/checkout" method="post">
        <div class="field">
          <label for="signup-name">Full name</label>
          <input type="text" id="signup-name" name="name" autocomplete="name" required>
        </div>
        <div class="field">
          <label for="signup-email">Email address</label>
          <input type="email" id="signup-email" name="email" autocomplete="email" required>
        </div>
        <div class="field">
          <label for="signup-password">Password</label>
          <input type="password" id="signup-password" name="password" autocomplete="new-password" minlength="8" required aria-describedby="password-hint">
          <p class="hint" id="password-hint">At least 8 characters.</p>
        </div>
        <fieldset class="form-section">
          <legend>Your plan</legend>
          <div class="plan-options">
${PLANS.map(option).join('\n')}
          </div>
        </fieldset>
        <div class="checkbox-row">
          <input type="checkbox" id="signup-marketing" name="marketing"${marketingTicked}>
          <label for="signup-marketing">Send me offers and news from Streamly and selected partners</label>
        </div>
        <div class="checkbox-row">
          <input type="checkbox" id="signup-terms" name="terms" required>
          <label for="signup-terms">I agree to the <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a></label>
        </div>
        <button type="submit" class="btn btn-primary btn-lg btn-block">Continue to payment</button>
      </form>
    </section>
${summaryBox('Your plan', 'Billed monthly from the day you subscribe.')}
    </div>
  </div>
</main>`,
  })
}

export function checkout(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'checkout',
    title: 'Payment — Streamly',
    description: 'Set up your Streamly payment.',
    current: 'pricing',
    main: `<main class="flow-page">
  <div class="container">
    ${steps(2)}
    <div class="flow-grid">
    <section class="panel" aria-labelledby="checkout-title">
      <h1 id="checkout-title">Set up your payment</h1>
      <p class="lead">Your membership starts as soon as your payment goes through.</p>
      <form id="checkout-form" action="/welcome" method="post">
        <fieldset class="form-section">
          <legend>Extras</legend>
          <div class="addon">
            <input type="checkbox" id="addon-care" name="addons" value="care">
            <label for="addon-care">Add Streamly Care device protection — +$2.99/mo</label>
            <p>Repair or replacement of your Streamly Stick and remote, including accidental damage.</p>
          </div>
          <div class="addon" id="addon-uhd-row">
            <input type="checkbox" id="addon-uhd" name="addons" value="uhd">
            <label for="addon-uhd">4K Ultra HD — +$3.00/mo</label>
            <p>Watch in 4K with HDR on up to two screens.</p>
          </div>
        </fieldset>

        <fieldset class="form-section">
          <legend>Shipping address</legend>
          <p class="section-note">Every plan comes with a free Streamly Stick. Tell us where to send it.</p>
          <div class="field">
            <label for="ship-name">Full name</label>
            <input type="text" id="ship-name" name="shipName" autocomplete="shipping name" required>
          </div>
          <div class="field">
            <label for="ship-line1">Address line 1</label>
            <input type="text" id="ship-line1" name="shipLine1" autocomplete="shipping address-line1" required>
          </div>
          <div class="field">
            <label for="ship-line2">Address line 2 (optional)</label>
            <input type="text" id="ship-line2" name="shipLine2" autocomplete="shipping address-line2">
          </div>
          <div class="field-row">
            <div class="field">
              <label for="ship-city">City</label>
              <input type="text" id="ship-city" name="shipCity" autocomplete="shipping address-level2" required>
            </div>
            <div class="field">
              <label for="ship-state">State</label>
              <select id="ship-state" name="shipState" autocomplete="shipping address-level1">
                <option>California</option>
                <option>Illinois</option>
                <option selected>New York</option>
                <option>Texas</option>
                <option>Washington</option>
              </select>
            </div>
            <div class="field">
              <label for="ship-zip">ZIP code</label>
              <input type="text" id="ship-zip" name="shipZip" autocomplete="shipping postal-code" inputmode="numeric" required>
            </div>
          </div>
          <div class="checkbox-row">
            <input type="checkbox" id="same-address" name="sameAddress" checked>
            <label for="same-address">Billing address same as shipping</label>
          </div>
          <div id="billing-fields" hidden>
            <div class="field">
              <label for="bill-line1">Billing address line 1</label>
              <input type="text" id="bill-line1" name="billLine1" autocomplete="billing address-line1" data-required>
            </div>
            <div class="field-row two">
              <div class="field">
                <label for="bill-city">Billing city</label>
                <input type="text" id="bill-city" name="billCity" autocomplete="billing address-level2" data-required>
              </div>
              <div class="field">
                <label for="bill-zip">Billing ZIP code</label>
                <input type="text" id="bill-zip" name="billZip" autocomplete="billing postal-code" data-required>
              </div>
            </div>
          </div>
        </fieldset>

        <fieldset class="form-section">
          <legend>Payment</legend>
          <div class="card-brands">${icon.visa}${icon.mastercard}${icon.amex}</div>
          <div class="field">
            <label for="card-number">Card number</label>
            <input type="text" id="card-number" name="cardNumber" autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234" required>
          </div>
          <div class="field-row">
            <div class="field">
              <label for="card-expiry">Expiry date</label>
              <input type="text" id="card-expiry" name="cardExpiry" autocomplete="cc-exp" placeholder="MM / YY" required>
            </div>
            <div class="field">
              <label for="card-cvc">Security code (CVC)</label>
              <input type="text" id="card-cvc" name="cardCvc" autocomplete="cc-csc" inputmode="numeric" maxlength="4" required>
            </div>
            <div class="field">
              <label for="card-zip">Card ZIP code</label>
              <input type="text" id="card-zip" name="cardZip" autocomplete="billing postal-code" inputmode="numeric">
            </div>
          </div>
        </fieldset>

        <p class="renewal-terms">Your membership renews automatically every month at <strong data-checkout-total></strong>/mo until you cancel. You can cancel online at any time in your account; you keep access until the end of the month you have paid for.</p>
        <button type="submit" class="btn btn-primary btn-lg btn-block" id="pay-button">Subscribe and pay</button>
        <p class="secure-note">${icon.lock} Payments are encrypted and processed securely.</p>
      </form>
    </section>
${summaryBox('Order summary', 'Billed monthly. Prices include applicable taxes.')}
    </div>
  </div>
</main>`,
    // Pre-ticked upsell and sneak into basket: the markup is the same in both variants; the dark
    // script ticks Streamly Care and adds a support line to the summary as the page loads.
    scripts: variant === 'dark' ? ['/assets/checkout.js'] : [],
  })
}

export function welcome(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'welcome',
    title: 'Welcome to Streamly',
    description: 'Your Streamly membership is ready.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow center" aria-labelledby="welcome-title">
      ${icon.successCircle}
      <h1 id="welcome-title">Welcome to Streamly, <span data-field="firstName"></span>!</h1>
      <p>Your <strong data-field="planName"></strong> membership is active. You'll be charged <strong data-field="monthlyTotal"></strong> every month; your next payment is on <strong data-field="renewsOn"></strong>.</p>
      <p class="fine-print">We've sent a receipt to <span data-field="email"></span>.</p>
      <ol class="next-steps">
        <li><strong>Install the app</strong> on your TV, phone or tablet and sign in.</li>
        <li><strong>Create profiles</strong> for everyone at home, including a kids profile.</li>
        <li><strong>Plug in your Streamly Stick</strong> when it arrives in 3–5 working days.</li>
      </ol>
      <div class="button-row" style="justify-content:center">
        <a class="btn btn-primary btn-lg" href="/#trending">Start watching</a>
        <a class="btn btn-outline btn-lg" href="/account">Go to your account</a>
      </div>
      <aside class="newsletter-prompt" aria-label="Newsletter" style="margin-top:24px">
        <p class="fine-print">Want a weekly email with what's new on Streamly?</p>
        <div class="button-row" style="justify-content:center">
          <button type="button" class="btn btn-outline" id="newsletter-yes">Subscribe</button>
          <button type="button" class="btn btn-outline" id="newsletter-no">No thanks</button>
        </div>
      </aside>
    </section>
  </div>
</main>`,
  })
}
