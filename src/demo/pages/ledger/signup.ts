import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

/** The order summary beside the signup and payment forms; ledger.js fills its list and totals. */
const summary = (title: string) => `    <aside id="order-summary" aria-label="Order summary">
      <h2>${title}</h2>
      <ul></ul>
      <p class="total-line">Total due today <span data-due-today></span></p>
      <p class="then">Then <span data-then-monthly></span> a month, billed monthly until you cancel.</p>
      <div class="benefits">
        <p>✓ Unlimited articles on web and app</p>
        <p>✓ All our daily newsletters</p>
      </div>
    </aside>`

export function signup(variant: Variant): string {
  // Forced opt-out: the dark variant ticks the offers consent for the reader.
  const offersTicked = variant === 'dark' ? ' checked' : ''
  // Trick question: the dark newsletter box hides its meaning behind two negations.
  const briefLabel =
    variant === 'dark'
      ? 'Tick this box if you would prefer not to not receive The Morning Brief newsletter'
      : 'Send me The Morning Brief newsletter every weekday'
  return ledgerPage(variant, {
    screen: 'signup',
    title: 'Start your subscription — The Daily Ledger',
    description: 'Create your Daily Ledger account.',
    current: 'pricing',
    content: `<main class="form-page">
  <div class="wrap">
    <p class="progress"><strong>Step 1 of 2: Your account</strong> · Step 2 of 2: Payment</p>
    <div class="form-layout">
    <section class="sheet" aria-labelledby="start-title">
      <h1 id="start-title">Start your subscription</h1>
      <p class="intro-text">Already a subscriber? <a href="/login">Log in</a> instead.</p>
      <form id="start-form" action="/checkout" method="post">
        <div class="input">
          <label for="reader-email">Email address</label>
          <input type="email" id="reader-email" name="email" autocomplete="email" required>
        </div>
        <div class="input">
          <label for="reader-password">Create a password</label>
          <input type="password" id="reader-password" name="password" autocomplete="new-password" minlength="8" required aria-describedby="password-rule">
          <p class="help-text" id="password-rule">8 or more characters, with at least one number.</p>
        </div>
        <div class="inputs-2">
          <div class="input">
            <label for="reader-first">First name</label>
            <input type="text" id="reader-first" name="firstName" autocomplete="given-name" required>
          </div>
          <div class="input">
            <label for="reader-last">Last name</label>
            <input type="text" id="reader-last" name="lastName" autocomplete="family-name" required>
          </div>
        </div>
        <div class="input">
          <label for="reader-plan">Subscription</label>
          <select id="reader-plan" name="plan">
            <option value="digital">Digital — $15.00 a month</option>
            <option value="allaccess">All-access — $25.00 a month</option>
          </select>
        </div>
        <div class="tick">
          <input type="checkbox" id="reader-offers" name="offers"${offersTicked}>
          <label for="reader-offers">Yes, send me offers and news from The Daily Ledger and selected partners</label>
        </div>
        <div class="tick">
          <input type="checkbox" id="reader-brief" name="brief">
          <label for="reader-brief">${briefLabel}</label>
        </div>
        <div class="tick">
          <input type="checkbox" id="reader-terms" name="terms" required>
          <label for="reader-terms">I agree to the <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a></label>
        </div>
        <button type="submit" class="button button-primary button-large button-full">Create account</button>
      </form>
    </section>
${summary('Your subscription')}
    </div>
  </div>
</main>`,
  })
}

/** The checkout, at /checkout. */
export function payment(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'payment',
    title: 'Payment details — The Daily Ledger',
    description: 'Pay for your Daily Ledger subscription.',
    current: 'pricing',
    content: `<main class="form-page">
  <div class="wrap">
    <p class="progress">Step 1 of 2: Your account · <strong>Step 2 of 2: Payment</strong></p>
    <div class="form-layout">
    <section class="sheet" aria-labelledby="payment-title">
      <h1 id="payment-title">Payment details</h1>
      <p class="intro-text">You can start reading the moment your payment is confirmed.</p>
      <form id="payment-form" action="/welcome" method="post">
        <fieldset class="group">
          <legend>Add to your subscription</legend>
          <div class="extra">
            <input type="checkbox" id="extra-puzzles" name="extras" value="puzzles">
            <label for="extra-puzzles">Add The Ledger Puzzles — +$2.00/mo</label>
            <p>The crossword, the Sunday acrostic and eight daily word and number games.</p>
          </div>
          <div class="extra">
            <input type="checkbox" id="extra-audio" name="extras" value="audio">
            <label for="extra-audio">Audio edition — +$3.00/mo</label>
            <p>Our best reporting, read aloud by professional narrators.</p>
          </div>
        </fieldset>

        <fieldset class="group">
          <legend>Shipping address</legend>
          <p class="note">New subscribers get a Ledger tote bag and this Sunday’s paper in the post.</p>
          <div class="input">
            <label for="ship-street">Street address</label>
            <input type="text" id="ship-street" name="street" autocomplete="shipping address-line1" required>
          </div>
          <div class="input">
            <label for="ship-unit">Apartment, suite, etc. (optional)</label>
            <input type="text" id="ship-unit" name="unit" autocomplete="shipping address-line2">
          </div>
          <div class="inputs-3">
            <div class="input">
              <label for="ship-city">City</label>
              <input type="text" id="ship-city" name="city" autocomplete="shipping address-level2" required>
            </div>
            <div class="input">
              <label for="ship-state">State</label>
              <select id="ship-state" name="state" autocomplete="shipping address-level1">
                <option>IL</option>
                <option>MA</option>
                <option selected>NY</option>
                <option>PA</option>
                <option>WA</option>
              </select>
            </div>
            <div class="input">
              <label for="ship-zip">ZIP code</label>
              <input type="text" id="ship-zip" name="zip" autocomplete="shipping postal-code" inputmode="numeric" required>
            </div>
          </div>
          <div class="tick">
            <input type="checkbox" id="billing-same" name="billingSame" checked>
            <label for="billing-same">Billing address same as shipping</label>
          </div>
          <div id="billing-address" hidden>
            <div class="input">
              <label for="bill-street">Billing street address</label>
              <input type="text" id="bill-street" name="billStreet" autocomplete="billing address-line1">
            </div>
            <div class="inputs-2">
              <div class="input">
                <label for="bill-city">Billing city</label>
                <input type="text" id="bill-city" name="billCity" autocomplete="billing address-level2">
              </div>
              <div class="input">
                <label for="bill-zip">Billing ZIP code</label>
                <input type="text" id="bill-zip" name="billZip" autocomplete="billing postal-code">
              </div>
            </div>
          </div>
        </fieldset>

        <fieldset class="group">
          <legend>Card</legend>
          <p class="cards-accepted">We accept Visa, Mastercard, American Express and Discover.</p>
          <div class="input">
            <label for="card-number">Card number</label>
            <input type="text" id="card-number" name="cardNumber" autocomplete="cc-number" inputmode="numeric" required>
          </div>
          <div class="inputs-2">
            <div class="input">
              <label for="card-exp">Expiration date (MM/YY)</label>
              <input type="text" id="card-exp" name="cardExp" autocomplete="cc-exp" required>
            </div>
            <div class="input">
              <label for="card-code">Security code</label>
              <input type="text" id="card-code" name="cardCode" autocomplete="cc-csc" inputmode="numeric" maxlength="4" required>
            </div>
          </div>
          <div class="input">
            <label for="card-name">Name on card</label>
            <input type="text" id="card-name" name="cardName" autocomplete="cc-name" required>
          </div>
        </fieldset>

        <p class="autorenew">Your subscription renews automatically each month at <strong data-monthly-after></strong> a month until you cancel. Cancel online at any time from your account page; your access continues until the end of the month you have paid for.</p>
        <button type="submit" class="button button-primary button-large button-full" id="pay">Pay and subscribe</button>
        <p class="reassure">Secure payment. Your card details are encrypted.</p>
      </form>
    </section>
${summary('Order summary')}
    </div>
  </div>
</main>`,
    // Pre-ticked upsell and sneak into basket: the markup is the same in both variants; the dark
    // script ticks the puzzles add-on and adds a service fee to the summary as the page loads.
    scripts: variant === 'dark' ? ['/assets/payment.js'] : [],
  })
}

export function welcome(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'welcome',
    title: 'Welcome — The Daily Ledger',
    description: 'Your subscription is active.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered" aria-labelledby="welcome-title">
      <hr class="rule-ornament">
      <h1 id="welcome-title">You’re in. Welcome to The Daily Ledger.</h1>
      <p>Thank you, <span data-fill="firstName"></span>. Your <strong data-fill="plan"></strong> subscription is active. We’ll charge <strong data-fill="monthly"></strong> a month; your next payment is on <strong data-fill="nextBilling"></strong>.</p>
      <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#666">A receipt is on its way to <span data-fill="email"></span>.</p>
      <ul class="checklist">
        <li>Get the app and log in with your email address.</li>
        <li>Pick your newsletters: The Morning Brief is a good start.</li>
        <li>Watch your mailbox for your welcome tote and Sunday paper.</li>
      </ul>
      <div class="actions" style="justify-content:center">
        <a class="button button-primary button-large" href="/">Start reading</a>
        <a class="button button-secondary button-large" href="/account">Your account</a>
      </div>
      <aside class="tip" aria-label="Tip" style="margin-top:24px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#444">
        <p>Tip: tap the bookmark on any article to save it for later.</p>
        <div class="tick"><input type="checkbox" id="tip-hide"><label for="tip-hide">Don’t show this again</label></div>
      </aside>
      <aside class="newsletter-prompt" aria-label="Newsletter" style="margin-top:24px">
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#666">Would you like The Morning Brief in your inbox every weekday?</p>
        <div class="actions" style="justify-content:center">
          <button type="button" class="button button-secondary" id="newsletter-yes">Subscribe</button>
          <button type="button" class="button button-secondary" id="newsletter-no">No thanks</button>
        </div>
      </aside>
    </section>
  </div>
</main>`,
  })
}
