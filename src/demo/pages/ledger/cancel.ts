import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

// Hard cancel: the dark variant sends a leaving reader through a survey and two offers before the
// final step; the fair one goes from the account page straight to /cancel/confirm. Every page here
// loads the variant's cancel.js, which fills in the subscription and records the cancellation.

/** Dark variant only: a required reason and a required free-text answer. */
export function survey(variant: Variant): string {
  const reasons = ['It’s too expensive', 'I don’t have time to read', 'I’m unhappy with the coverage', 'I get my news elsewhere', 'Another reason']
  return ledgerPage(variant, {
    screen: 'cancel-survey',
    title: 'Tell us why — The Daily Ledger',
    description: 'Tell us why you are leaving.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single" aria-labelledby="survey-title">
      <h1 id="survey-title">Tell us why you’re leaving</h1>
      <p class="intro-text">Your answers go straight to our editors and help us decide what to cover.</p>
      <form id="reasons" action="/cancel/offer" method="get">
        <fieldset class="group">
          <legend>Why do you want to cancel?</legend>
${reasons.map((r, i) => `          <label class="reason"><input type="radio" name="why" value="${i + 1}" required>${r}</label>`).join('\n')}
        </fieldset>
        <div class="input">
          <label for="why-more">Anything else you’d like us to know?</label>
          <textarea id="why-more" name="more" required></textarea>
        </div>
        <button type="submit" class="button button-primary button-large button-full">Next</button>
      </form>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Dark variant only: the first retention offer. */
export function offer(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'cancel-offer',
    title: 'An offer for you — The Daily Ledger',
    description: 'Keep reading for less.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered retention" aria-labelledby="offer-title">
      <p class="kicker">A thank-you for loyal readers</p>
      <h1 id="offer-title">Keep reading for half the price</h1>
      <p class="deal"><s>$15.00</s>$7.50 a month</p>
      <p>Stay with us for the next six months at half price. No need to do anything else: your subscription simply continues.</p>
      <button type="button" class="button button-primary button-large" id="take-offer">Keep reading at 50% off</button>
      <a class="skip-link" href="/cancel/offer-2">No thanks, I don’t care about staying informed</a>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Dark variant only: the second retention offer. */
export function offer2(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'cancel-offer-2',
    title: 'Take a break — The Daily Ledger',
    description: 'Pause your subscription instead.',
    content: `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered retention" aria-labelledby="pause-title">
      <p class="kicker">Need a break?</p>
      <h1 id="pause-title">Pause instead of cancelling</h1>
      <p>Pause your subscription for up to three months. You won’t be charged while it’s paused, and your newsletters and saved articles will be waiting when you come back.</p>
      <button type="button" class="button button-primary button-large" id="pause">Pause my subscription</button>
      <a class="skip-link" href="/cancel/confirm">No, continue</a>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

export function confirm(variant: Variant): string {
  // The dark final step never says what is being cancelled or what happens next.
  const content =
    variant === 'dark'
      ? `<main class="form-page">
  <div class="wrap">
    <section class="sheet single" aria-labelledby="review-title">
      <h1 id="review-title">Review your request</h1>
      <p class="intro-text">Your cancellation request goes to our Customer Care team, who will contact you to complete it.</p>
      <form id="final-step" action="/cancel/done" method="get">
        <button type="submit" class="button button-secondary button-large button-full">Submit request</button>
      </form>
    </section>
  </div>
</main>`
      : `<main class="form-page">
  <div class="wrap">
    <section class="sheet single" aria-labelledby="cancel-title">
      <h1 id="cancel-title">Cancel your subscription</h1>
      <p>Your <strong data-fill="plan"></strong> subscription is paid up until <strong data-fill="nextBilling"></strong>. If you cancel, you can keep reading until then and you won’t be charged again.</p>
      <form id="final-step" action="/cancel/done" method="get">
        <div class="actions">
          <button type="submit" class="button button-primary button-large">Cancel subscription</button>
          <a class="button button-secondary button-large" href="/account">Keep my subscription</a>
        </div>
      </form>
    </section>
  </div>
</main>`
  return ledgerPage(variant, {
    screen: 'cancel-confirm',
    title: variant === 'dark' ? 'Review your request — The Daily Ledger' : 'Cancel your subscription — The Daily Ledger',
    description: 'Confirm your request.',
    content,
    scripts: ['/assets/cancel.js'],
  })
}

export function done(variant: Variant): string {
  // Missing confirmation: the dark closing page only thanks the reader for their feedback; its
  // cancel.js adds a toast that is gone after two seconds.
  const content =
    variant === 'dark'
      ? `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered" aria-labelledby="thanks-title">
      <hr class="rule-ornament">
      <h1 id="thanks-title">Thank you for your feedback.</h1>
      <div class="actions" style="justify-content:center">
        <a class="button button-primary button-large" href="/">Back to today’s paper</a>
      </div>
    </section>
  </div>
</main>`
      : `<main class="form-page">
  <div class="wrap">
    <section class="sheet single centered" aria-labelledby="cancelled-title">
      <hr class="rule-ornament">
      <h1 id="cancelled-title">Your subscription has been cancelled</h1>
      <p>Your <span data-fill="plan"></span> subscription has been cancelled. You’ll keep full access until <span data-fill="accessUntil"></span>, and you will not be charged again.</p>
      <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#666">A confirmation has been emailed to <span data-fill="email"></span>. You can resubscribe from your account at any time.</p>
      <div class="actions" style="justify-content:center">
        <a class="button button-secondary button-large" href="/account">My account</a>
        <a class="button button-primary button-large" href="/">Today’s paper</a>
      </div>
    </section>
  </div>
</main>`
  return ledgerPage(variant, {
    screen: 'cancel-done',
    title: variant === 'dark' ? 'Thank you — The Daily Ledger' : 'Subscription cancelled — The Daily Ledger',
    description: variant === 'dark' ? 'Thank you.' : 'Your subscription has been cancelled.',
    content,
    scripts: ['/assets/cancel.js'],
  })
}
