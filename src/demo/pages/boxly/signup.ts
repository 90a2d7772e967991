import type { Variant } from '../site-pages.js'
import { DARK_FEES, ONE_BOX, trialEnd } from './catalogue.js'
import { boxlyPage } from './layout.js'

const tick = (id: string, label: string, required: boolean) => `        <div class="tick">
          <input type="checkbox" id="${id}" name="${id}"${required ? ' required' : ''}>
          <label for="${id}">${label}</label>
        </div>`

/** The account form, at /signup. */
export function signup(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'signup',
    title: 'Create your account — Boxly',
    description: 'Create your Boxly account.',
    content: `<main class="wrap narrow">
  <p class="progress"><strong>1. Account</strong> · 2. Delivery and payment</p>
  <h1>Create your account</h1>
  <form id="account-form" action="/checkout" method="get">
    <input type="hidden" name="plan" value="">
    <div class="input"><label for="email">Email address</label><input type="email" id="email" name="email" autocomplete="email" required></div>
    <div class="input"><label for="password">Create a password</label><input type="password" id="password" name="password" autocomplete="new-password" minlength="8" required></div>
    <div class="inputs-2">
      <div class="input"><label for="first">First name</label><input type="text" id="first" name="first" autocomplete="given-name" required></div>
      <div class="input"><label for="last">Last name</label><input type="text" id="last" name="last" autocomplete="family-name" required></div>
    </div>
${
  // Forced enrollment: the dark form cannot be sent without agreeing to the newsletter and partner
  // offers. The age and terms boxes are required in both variants, as they may be.
  tick('offers', 'Send me the Boxly newsletter and offers from our partners', variant === 'dark')
}
${tick('adult', 'I am 18 or older', true)}
${tick('terms', 'I agree to the <a href="/terms">Terms</a> and <a href="/privacy">Privacy Policy</a>', true)}
    <button type="submit" class="button button-primary button-large">Continue to checkout</button>
  </form>
</main>`,
  })
}

/** Delivery, payment and the order summary, at /checkout. */
export function checkout(variant: Variant): string {
  const dark = variant === 'dark'
  // Drip pricing: the dark summary adds weekly fees the plan page never mentioned.
  const fees = dark ? ` data-fees='${JSON.stringify(DARK_FEES)}'` : ''
  // Hidden renewal terms: the fair terms sit in normal type right above the button; the dark ones
  // are in 10px light grey inside a collapsed "Details" block far below it.
  const renewal = `Your first box is free. Your 7-day free trial ends on ${trialEnd()}; from then on your subscription renews automatically every week at <strong data-weekly></strong> until you cancel. Cancel anytime online in Account › Cancel subscription.`
  const trial = dark ? '<p class="offer">Try free for 7 days!</p>' : `<p class="renewal">${renewal}</p>`
  const farDetails = dark
    ? `
  <section class="box-tour" aria-labelledby="tour-title">
    <h2 id="tour-title">What’s in the box</h2>
    <p>Every box arrives in an insulated liner with ice packs that keep ingredients cold for 48 hours.</p>
    <ul>
      <li>Pre-portioned produce from farms we know by name</li>
      <li>Proteins packed separately and sealed</li>
      <li>Step-by-step recipe cards with photos</li>
      <li>Recyclable packaging, with a free return label for the liners</li>
    </ul>
    <p>Skip a week or change your recipes up to five days before each delivery.</p>
  </section>
  <details class="details">
    <summary>Details</summary>
    <p class="faint">${renewal}</p>
  </details>`
    : ''
  return boxlyPage(variant, {
    page: 'checkout',
    title: 'Delivery and payment — Boxly',
    description: 'Delivery and payment for your Boxly plan.',
    content: `<main class="wrap">
  <p class="progress">1. Account · <strong>2. Delivery and payment</strong></p>
  <div class="checkout">
  <form id="checkout-form" action="/welcome" method="get">
    <h1>Delivery and payment</h1>
    <fieldset class="group">
      <legend>Delivery address</legend>
      <div class="input"><label for="street">Street address</label><input type="text" id="street" name="street" autocomplete="shipping address-line1" required></div>
      <div class="inputs-2">
        <div class="input"><label for="city">City</label><input type="text" id="city" name="city" autocomplete="shipping address-level2" required></div>
        <div class="input"><label for="zip">ZIP code</label><input type="text" id="zip" name="zip" autocomplete="shipping postal-code" required></div>
      </div>
      <div class="input"><label for="country">Country</label><select id="country" name="country"><option selected>United States</option><option>Canada</option></select></div>
    </fieldset>
    <fieldset class="group">
      <legend>Add to every box</legend>
      <div class="tick">
        <input type="checkbox" id="breakfast" name="breakfast">
        <label for="breakfast">Add breakfast pack — +$7.99/week</label>
      </div>
    </fieldset>
    <fieldset class="group">
      <legend>Card</legend>
      <div class="input"><label for="card">Card number</label><input type="text" id="card" name="card" autocomplete="cc-number" inputmode="numeric" required></div>
      <div class="inputs-2">
        <div class="input"><label for="exp">Expiration date (MM/YY)</label><input type="text" id="exp" name="exp" autocomplete="cc-exp" required></div>
        <div class="input"><label for="cvc">Security code</label><input type="text" id="cvc" name="cvc" autocomplete="cc-csc" required></div>
      </div>
    </fieldset>
    ${trial}
    <button type="submit" class="button button-primary button-large" id="start">${dark ? 'Start free trial' : 'Subscribe and pay after trial'}</button>
  </form>
  <aside id="order-summary" aria-label="Order summary"${fees}>
    <h2>Order summary</h2>
    <ul></ul>
    <p class="total">Weekly total <span data-total></span></p>
    <p>Due today <span>$0.00</span> (7-day free trial)</p>
  </aside>
  </div>${farDetails}
</main>`,
  })
}

/** One box without a subscription, at /checkout/once. */
export function checkoutOnce(variant: Variant): string {
  // Forced enrollment: the dark one-off purchase cannot be made without creating an account.
  const password =
    variant === 'dark'
      ? '<div class="input"><label for="once-password">Create a password</label><input type="password" id="once-password" name="password" autocomplete="new-password" required></div>'
      : '<div class="input"><label for="once-password">Create a password (optional, to track your order)</label><input type="password" id="once-password" name="password" autocomplete="new-password"></div>'
  return boxlyPage(variant, {
    page: 'once',
    title: 'Buy one box — Boxly',
    description: 'Buy a single Boxly box, no subscription.',
    content: `<main class="wrap">
  <div class="checkout">
  <form id="once-form" action="/order-confirmed" method="get">
    <h1>Buy one box, once</h1>
    <p>A one-time purchase: no subscription, nothing to cancel.</p>
    <div class="input"><label for="once-email">Email address</label><input type="email" id="once-email" name="email" autocomplete="email" required></div>
    ${password}
    <div class="input"><label for="once-street">Street address</label><input type="text" id="once-street" name="street" autocomplete="shipping address-line1" required></div>
    <div class="inputs-2">
      <div class="input"><label for="once-city">City</label><input type="text" id="once-city" name="city" autocomplete="shipping address-level2" required></div>
      <div class="input"><label for="once-zip">ZIP code</label><input type="text" id="once-zip" name="zip" autocomplete="shipping postal-code" required></div>
    </div>
    <div class="input"><label for="once-card">Card number</label><input type="text" id="once-card" name="card" autocomplete="cc-number" required></div>
    <div class="inputs-2">
      <div class="input"><label for="once-exp">Expiration date (MM/YY)</label><input type="text" id="once-exp" name="exp" autocomplete="cc-exp" required></div>
      <div class="input"><label for="once-cvc">Security code</label><input type="text" id="once-cvc" name="cvc" autocomplete="cc-csc" required></div>
    </div>
    <button type="submit" class="button button-primary button-large">Pay $${ONE_BOX.price}</button>
  </form>
  <aside id="order-summary" aria-label="Order summary">
    <h2>Order summary</h2>
    <ul><li>${ONE_BOX.name} <span>$${ONE_BOX.price}</span></li></ul>
    <p>Delivery included</p>
    <p class="total">Total $${ONE_BOX.price}</p>
  </aside>
  </div>
</main>`,
  })
}

export function welcome(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'welcome',
    title: 'Welcome — Boxly',
    description: 'Your Boxly subscription is active.',
    content: `<main class="wrap narrow">
  <h1>Thank you for subscribing, <span data-fill="first"></span>!</h1>
  <p>Your <strong data-fill="plan"></strong> subscription is active. Your free trial ends on <strong>${trialEnd()}</strong>; after that we charge <strong data-fill="weekly"></strong> a week until you cancel.</p>
  <p>A confirmation is on its way to <span data-fill="email"></span>.</p>
  <a class="button button-primary" href="/account">Your account</a>
</main>`,
  })
}

export function orderConfirmed(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'order-confirmed',
    title: 'Order confirmed — Boxly',
    description: 'Your order is confirmed.',
    content: `<main class="wrap narrow">
  <h1>Thank you for your order!</h1>
  <p>Your ${ONE_BOX.name} ($${ONE_BOX.price}) is confirmed and arrives this week. This was a one-time purchase, not a subscription plan: nothing renews.</p>
  <a class="button button-primary" href="/">Back to Boxly</a>
</main>`,
  })
}
