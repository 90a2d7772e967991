import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

const questions = (variant: Variant): [string, string][] => [
  ['How do I log in on another device?', 'Open the app or go to dailyledger.example and choose Log in. Use the same email address and password as on this device.'],
  // A decoy in both variants: a phone number for a missing paper, with no word of cancelling.
  ['My newspaper didn’t arrive. What can I do?', 'Sunday papers are delivered by 7am. If yours is missing, call us by noon on 1-888-555-0142 and we’ll credit your account.'],
  ['How do I update my payment details?', 'On <a href="/account">My account</a>, choose Update payment method. The new card is used from your next billing date.'],
  // No online cancel: the dark answer sends readers to the phone, though the account has a buried
  // online path (so the other cancellation rules still see the maze).
  [
    'How do I cancel my subscription?',
    variant === 'dark'
      ? 'To cancel, please call our Customer Care team at 1-800-555-0199, Monday to Friday 9am–5pm ET.'
      : 'On <a href="/account">My account</a>, choose Cancel subscription and confirm. You keep access until the end of the month you have paid for and won’t be charged again.',
  ],
  ['Can I share my subscription?', 'All-access subscribers can add two family members. Digital subscriptions are for one reader.'],
  ['Do you offer student or educator rates?', 'Yes. Students and teachers get Digital for $1 a week with a valid school email address.'],
]

/** The help centre, at /help. */
export function care(variant: Variant): string {
  // Hidden support: the dark page leaves an empty slot, which its help.js fills with a contact link
  // only for a logged-in subscriber; the fair page gives everyone email, phone and the contact form.
  const reach =
    variant === 'dark'
      ? `
        <div id="reach-us-slot"></div>`
      : `
        <section class="reach-us" aria-labelledby="reach-title">
          <h2 id="reach-title">Talk to Customer Care</h2>
          <p>We’re here Monday to Friday 7am–7pm ET and weekends 8am–5pm ET.</p>
          <ul>
            <li>Email: <a href="mailto:care@dailyledger.example">care@dailyledger.example</a></li>
            <li>Phone: <a href="tel:+18885550142">1-888-555-0142</a></li>
          </ul>
          <a class="button button-primary" href="/contact">Contact us</a>
        </section>`
  return ledgerPage(variant, {
    screen: 'care',
    title: 'Help centre — The Daily Ledger',
    description: 'Answers to common questions from Daily Ledger readers.',
    current: 'help',
    content: `<main>
  <div class="care-head">
    <div class="wrap">
      <p class="kicker">Customer Care</p>
      <h1>How can we help?</h1>
      <p>Answers about your subscription, delivery and account.</p>
      <div class="care-search">
        <label class="sr-only" for="care-search">Search the help centre</label>
        <input type="search" id="care-search" placeholder="Search the help centre">
      </div>
    </div>
  </div>
  <div class="wrap care-body">
    <nav class="care-topics" aria-label="Help topics">
      <h2>Topics</h2>
      <ul>
        <li><a href="#questions">Logging in</a></li>
        <li><a href="#questions">Billing and payments</a></li>
        <li><a href="#questions">Home delivery</a></li>
        <li><a href="#questions">Newsletters</a></li>
        <li><a href="#questions">Apps and devices</a></li>
      </ul>
    </nav>
    <div>
      <section class="questions" id="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">Common questions</h2>
${questions(variant)
  .map(([q, a]) => `        <details>\n          <summary>${q}</summary>\n          <p>${a}</p>\n        </details>`)
  .join('\n')}
      </section>${reach}
    </div>
  </div>
</main>`,
    scripts: variant === 'dark' ? ['/assets/help.js'] : [],
  })
}

export function contact(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'contact',
    title: 'Contact Customer Care — The Daily Ledger',
    description: 'Send a message to Daily Ledger Customer Care.',
    current: 'help',
    content: `<main class="form-page">
  <div class="wrap contact-layout">
    <section class="sheet" aria-labelledby="contact-title">
      <h1 id="contact-title">Contact Customer Care</h1>
      <p class="intro-text">Write to us and a member of the team will answer within one working day.</p>
      <form id="message-form" action="/contact" method="post">
        <div class="inputs-2">
          <div class="input">
            <label for="message-name">Your name</label>
            <input type="text" id="message-name" name="name" autocomplete="name" required>
          </div>
          <div class="input">
            <label for="message-email">Email address</label>
            <input type="email" id="message-email" name="email" autocomplete="email" required>
          </div>
        </div>
        <div class="input">
          <label for="message-subject">Subject</label>
          <select id="message-subject" name="subject">
            <option>My subscription</option>
            <option>Billing</option>
            <option>Home delivery</option>
            <option>Newsletters</option>
            <option>A correction to an article</option>
          </select>
        </div>
        <div class="input">
          <label for="message-body">How can we help?</label>
          <textarea id="message-body" name="message" required></textarea>
        </div>
        <button type="submit" class="button button-primary button-large">Send message</button>
      </form>
      <p id="message-sent" hidden><strong>Thank you. Your message has been sent.</strong> We’ll reply by email within one working day.</p>
    </section>
    <aside class="box" aria-labelledby="ways-title">
      <h2 id="ways-title">Other ways to reach us</h2>
      <ul class="ways">
        <li><strong>Email</strong><a href="mailto:care@dailyledger.example">care@dailyledger.example</a></li>
        <li><strong>Phone</strong><a href="tel:+18885550142">1-888-555-0142</a><span>Mon–Fri 7am–7pm ET, Sat–Sun 8am–5pm ET</span></li>
        <li><strong>News tips</strong><a href="mailto:tips@dailyledger.example">tips@dailyledger.example</a></li>
        <li><strong>By post</strong><span>The Daily Ledger, 48 Printing House Square, Boston, MA 02110</span></li>
      </ul>
    </aside>
  </div>
</main>`,
  })
}
