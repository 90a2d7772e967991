import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'
import { streamlyPage } from './layout.js'

// Hard cancel: the dark variant sends a leaving member through a survey and two offers before the
// confirmation; the fair one goes from the account page straight to /cancel/confirm. Every page here
// loads the variant's cancel.js, which fills in the account and records the cancellation.

/** Dark variant only: a required reason and a required free-text answer before anything else. */
export function cancelSurvey(variant: Variant): string {
  const reasons = ["It's too expensive", "I don't watch enough", "I can't find what I want to watch", 'Technical problems', 'Something else']
  return streamlyPage(variant, {
    page: 'cancel-survey',
    title: 'Before you go — Streamly',
    description: 'Tell us why you are leaving.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow" aria-labelledby="survey-title">
      <h1 id="survey-title">We're sorry to see you go</h1>
      <p class="lead">Help us improve Streamly by telling us why you're leaving. It only takes a minute.</p>
      <form id="survey-form" action="/cancel/offer" method="get">
        <fieldset class="form-section">
          <legend>Why are you leaving?</legend>
${reasons.map((r, i) => `          <label class="choice"><input type="radio" name="reason" value="${i + 1}" required>${r}</label>`).join('\n')}
        </fieldset>
        <div class="field">
          <label for="survey-details">Tell us more</label>
          <textarea id="survey-details" name="details" required></textarea>
        </div>
        <button type="submit" class="btn btn-primary btn-lg btn-block">Continue</button>
      </form>
      <p class="center"><a href="/account">Back to your account</a></p>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Dark variant only: the first retention offer. */
export function cancelOffer(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'cancel-offer',
    title: 'A special offer for you — Streamly',
    description: 'Keep Streamly at half price.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow offer-card" aria-labelledby="offer-title">
      <span class="offer-badge">Members-only offer</span>
      <h1 id="offer-title">Stay for half price</h1>
      <p class="offer-price"><s>$12.99</s>$6.49<small style="font-size:18px;font-weight:500;color:#6b7280">/mo</small></p>
      <p>Keep everything you love about Streamly at 50% off for the next 3 months. Your new seasons of <em>Kingsfall</em> and <em>Harbor Lights</em> are on the way.</p>
      <button type="button" class="btn btn-primary btn-lg" id="accept-offer">Keep my plan at 50% off</button>
      <a class="decline-link" href="/cancel/offer-2">No thanks, I'd rather pay full price</a>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Dark variant only: the second retention offer. */
export function cancelOffer2(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'cancel-offer-2',
    title: 'Switch to Basic — Streamly',
    description: 'Switch to a cheaper plan instead.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow offer-card" aria-labelledby="downgrade-title">
      <span class="offer-badge">Pay less, keep watching</span>
      <h1 id="downgrade-title">How about Basic instead?</h1>
      <p class="offer-price">$7.99<small style="font-size:18px;font-weight:500;color:#6b7280">/mo</small></p>
      <p>Keep your profiles, your list and your viewing history. Watch the whole catalogue in HD on one screen.</p>
      <button type="button" class="btn btn-primary btn-lg" id="switch-plan">Switch to Basic instead</button>
      <a class="decline-link" href="/cancel/confirm">Continue to cancel</a>
    </section>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

export function cancelConfirm(variant: Variant): string {
  // The dark confirmation never says what is being cancelled or what happens next.
  const main =
    variant === 'dark'
      ? `<main class="flow-page">
  <div class="container">
    <section class="panel narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">One last step</h1>
      <p class="lead">Select the button below to submit your request.</p>
      <form id="confirm-form" action="/cancel/done" method="get">
        <div class="field">
          <label for="confirm-word">Type CANCEL to confirm</label>
          <input type="text" id="confirm-word" name="confirm" autocomplete="off" required pattern="CANCEL">
        </div>
        <button type="submit" class="btn btn-outline btn-lg btn-block">Finish cancellation</button>
      </form>
    </section>
  </div>
</main>`
      : `<main class="flow-page">
  <div class="container">
    <section class="panel narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">Cancel your subscription?</h1>
      <p>Your <strong data-field="planName"></strong> subscription will end on <strong data-field="renewsOn"></strong>. You can keep watching until then, and you won't be charged again.</p>
      <p class="fine-print">Your profiles and watch history are kept for 10 months, in case you come back.</p>
      <form id="confirm-form" action="/cancel/done" method="get">
        <div class="field">
          <label for="cancel-reason">Tell us why (optional)</label>
          <textarea id="cancel-reason" name="reason"></textarea>
        </div>
        <p>Need a break rather than an ending? You can pause for up to 3 months and keep your profiles, at no charge.</p>
        <div class="button-row">
          <button type="submit" class="btn btn-primary btn-lg">Cancel subscription</button>
          <a class="btn btn-primary btn-lg" href="/account">Pause instead</a>
          <a class="btn btn-outline btn-lg" href="/account">Keep my subscription</a>
        </div>
      </form>
    </section>
  </div>
</main>`
  return streamlyPage(variant, {
    page: 'cancel-confirm',
    title: variant === 'dark' ? 'Confirm — Streamly' : 'Cancel subscription — Streamly',
    description: 'Confirm your request.',
    main,
    scripts: ['/assets/cancel.js'],
  })
}

export function cancelDone(variant: Variant): string {
  // Missing confirmation: the dark closing page only thanks the member for their feedback; its
  // cancel.js adds a toast that is gone after two seconds.
  const main =
    variant === 'dark'
      ? `<main class="flow-page">
  <div class="container">
    <section class="panel narrow center" aria-labelledby="done-title">
      ${icon.wave}
      <h1 id="done-title">Thanks for your feedback!</h1>
      <div class="button-row" style="justify-content:center">
        <a class="btn btn-primary btn-lg" href="/#trending">Back to browsing</a>
      </div>
    </section>
  </div>
</main>`
      : `<main class="flow-page">
  <div class="container">
    <section class="panel narrow center" aria-labelledby="done-title">
      ${icon.successCircle}
      <h1 id="done-title">Subscription cancelled</h1>
      <p>Your <span data-field="planName"></span> subscription has been cancelled. You keep access until <span data-field="accessUntil"></span> and you will not be charged again.</p>
      <p class="fine-print">We've sent a confirmation to <span data-field="email"></span>. Changed your mind? You can restart any time from your account.</p>
      <div class="button-row" style="justify-content:center">
        <a class="btn btn-outline btn-lg" href="/account">Go to your account</a>
        <a class="btn btn-primary btn-lg" href="/#trending">Keep watching</a>
      </div>
    </section>
  </div>
</main>`
  return streamlyPage(variant, {
    page: 'cancel-done',
    title: variant === 'dark' ? 'Thank you — Streamly' : 'Subscription cancelled — Streamly',
    description: variant === 'dark' ? 'Thank you.' : 'Your subscription has been cancelled.',
    main,
    scripts: ['/assets/cancel.js'],
  })
}
