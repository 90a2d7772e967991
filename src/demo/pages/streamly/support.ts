import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'
import { streamlyPage } from './layout.js'

const faq = (variant: Variant): [string, string][] => [
  ['How much does Streamly cost?', 'Basic is $7.99 a month, Standard $12.99 and Premium $17.99. Prices include applicable taxes. See <a href="/pricing">Plans</a> for what each includes.'],
  ['How do I change my plan?', 'Go to <a href="/account">your account</a> and choose Change plan. An upgrade starts right away; a downgrade starts on your next billing date.'],
  // The dark answer points at the account settings without saying how to cancel.
  [
    'How do I cancel?',
    variant === 'dark'
      ? 'You can manage your membership at any time from your account settings.'
      : 'Go to <a href="/account">your account</a>, select Cancel subscription and confirm. You keep access until the end of the month you have paid for and you will not be charged again.',
  ],
  ['Which devices can I watch on?', 'Smart TVs from the last eight years, PlayStation and Xbox consoles, the Streamly Stick, Chrome, Edge, Firefox and Safari, and iOS and Android phones and tablets.'],
  ['How do I set up my Streamly Stick?', 'Plug it into a free HDMI port, connect the power cable and follow the steps on screen. It takes about three minutes.'],
  ['Why was I charged twice?', 'Usually one of the charges is a temporary authorisation from your bank, which disappears within a few days. Check your payment history in your account.'],
  ['Can I download shows?', 'Yes, on phones and tablets. Basic allows one download device, Standard two and Premium six.'],
]

const TOPICS = [
  [icon.play, 'Getting started', 'Plans, signing up, first steps', '#faq'],
  [icon.card, 'Account &amp; billing', 'Payments, plans, receipts', '#faq'],
  [icon.tv, 'Watching', 'Devices, quality, downloads', '#faq'],
  [icon.stick, 'Streamly Stick', 'Setup, remote, troubleshooting', '#faq'],
]

export function help(variant: Variant): string {
  // Hidden support: the dark page leaves an empty slot, which its help.js fills with a contact link
  // only for a signed-in member; the fair page gives everyone email, phone and the contact form.
  const contact =
    variant === 'dark'
      ? `
  <div id="help-contact-slot"></div>`
      : `
  <section class="container help-contact" aria-labelledby="contact-title">
    <div>
      <h2 id="contact-title">Still need help?</h2>
      <p>Our support team answers every day from 8am to 10pm ET.</p>
      <ul>
        <li><a href="mailto:help@streamly.example">help@streamly.example</a></li>
        <li><a href="tel:+18005550199">+1 (800) 555-0199</a></li>
      </ul>
    </div>
    <a class="btn btn-primary btn-lg" href="/contact">Contact us</a>
  </section>`
  return streamlyPage(variant, {
    page: 'help',
    title: 'Help Centre — Streamly',
    description: 'Answers to common questions about Streamly.',
    current: 'help',
    main: `<main>
  <section class="help-hero">
    <div class="container">
      <h1>How can we help?</h1>
      <div class="help-search">
        ${icon.search}
        <label class="visually-hidden" for="help-search">Search help articles</label>
        <input type="search" id="help-search" placeholder="Search help articles">
      </div>
    </div>
  </section>
  <div class="container">
    <nav class="topic-grid" aria-label="Help topics">
${TOPICS.map(([svg, title, text, href]) => `      <a class="topic" href="${href}">${svg}<strong>${title}</strong><span>${text}</span></a>`).join('\n')}
    </nav>
  </div>
  <section class="container faq" id="faq" aria-labelledby="faq-title">
    <h2 id="faq-title">Frequently asked questions</h2>
${faq(variant)
  .map(([q, a]) => `    <details>\n      <summary>${q}</summary>\n      <p>${a}</p>\n    </details>`)
  .join('\n')}
  </section>${contact}
  <div style="height:72px"></div>
</main>`,
    scripts: variant === 'dark' ? ['/assets/help.js'] : [],
  })
}

export function contact(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'contact',
    title: 'Contact us — Streamly',
    description: 'Get in touch with Streamly support.',
    current: 'help',
    main: `<main class="flow-page">
  <div class="container">
    <div class="contact-grid">
      <section class="panel" aria-labelledby="contact-title">
        <h1 id="contact-title">Contact us</h1>
        <p class="lead">Send us a message and we'll reply by email, usually within a day.</p>
        <form id="contact-form" action="/contact" method="post">
          <div class="field-row two">
            <div class="field">
              <label for="contact-name">Your name</label>
              <input type="text" id="contact-name" name="name" autocomplete="name" required>
            </div>
            <div class="field">
              <label for="contact-email">Email address</label>
              <input type="email" id="contact-email" name="email" autocomplete="email" required>
            </div>
          </div>
          <div class="field">
            <label for="contact-topic">Topic</label>
            <select id="contact-topic" name="topic">
              <option>Billing and payments</option>
              <option>My membership</option>
              <option>Playback problems</option>
              <option>Streamly Stick</option>
              <option>Something else</option>
            </select>
          </div>
          <div class="field">
            <label for="contact-message">Message</label>
            <textarea id="contact-message" name="message" required></textarea>
          </div>
          <button type="submit" class="btn btn-primary btn-lg">Send message</button>
        </form>
        <p id="contact-sent" hidden><strong>Thanks, your message is on its way.</strong> We'll reply to the email address you gave us.</p>
      </section>
      <aside class="card" aria-labelledby="ways-title">
        <h2 id="ways-title">Other ways to reach us</h2>
        <ul class="contact-ways">
          <li><strong>Email</strong><a href="mailto:help@streamly.example">help@streamly.example</a></li>
          <li><strong>Phone</strong><a href="tel:+18005550199">+1 (800) 555-0199</a><span>Every day, 8am–10pm ET</span></li>
          <li><strong>Post</strong><span>Streamly, Inc., 200 Hudson Street, New York, NY 10013</span></li>
        </ul>
      </aside>
    </div>
  </div>
</main>`,
  })
}
