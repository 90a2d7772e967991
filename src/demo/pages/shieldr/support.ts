import type { Variant } from '../site-pages.js'
import { shieldrPage } from './layout.js'

/** The help centre. Its search form is a decoy for insecure-form in the dark variant: it sends a
 * search term, nothing personal, to an http:// search host. */
export function help(variant: Variant): string {
  const searchAction = variant === 'dark' ? 'http://search.shieldr-help.example/find' : '/help'
  return shieldrPage(variant, {
    screen: 'help',
    title: 'Help centre — Shieldr VPN',
    description: 'Answers and contact for Shieldr customers.',
    content: `<main class="wrap">
  <h1>How can we help?</h1>
  <form id="help-search" action="${searchAction}" method="get" role="search">
    <label for="help-query">Search the help centre</label>
    <input type="search" id="help-query" name="q">
    <button type="submit" class="button button-small">Search</button>
  </form>
  <section aria-labelledby="faq-title">
    <h2 id="faq-title">Common questions</h2>
    <details><summary>How do I connect on a new device?</summary><p>Install the app and log in with your email address and password.</p></details>
    <details><summary>How do I cancel my subscription?</summary><p>On <a href="/account">My account</a>, choose Cancel subscription and confirm. You keep access until the end of the month you have paid for.</p></details>
  </section>
  <section class="reach" aria-labelledby="reach-title">
    <h2 id="reach-title">Talk to us</h2>
    <p>Our support team answers every day, 8am–8pm Pacific time.</p>
    <ul>
      <li>Email: <a href="mailto:support@shieldr.example">support@shieldr.example</a></li>
      <li>Phone: <a href="tel:+18885550199">1-888-555-0199</a></li>
    </ul>
    <a class="button" href="/contact">Contact us</a>
  </section>
</main>`,
  })
}

/** What the dark variant will not send a message without: details of the device and its purchase
 * that someone with a question about the VPN rarely has at hand, and a screenshot to upload. */
const DEVICE_DETAILS = `      <label for="message-device">Device model number *</label>
      <input type="text" id="message-device" name="device" required>
      <label for="message-purchase">Date of purchase *</label>
      <input type="date" id="message-purchase" name="purchased" required>
      <label for="message-screenshot">Screenshot of the problem *</label>
      <input type="file" id="message-screenshot" name="screenshot" accept="image/*" required>`

export function contact(variant: Variant): string {
  return shieldrPage(variant, {
    screen: 'contact',
    title: 'Contact support — Shieldr VPN',
    description: 'Send a message to Shieldr support.',
    content: `<main class="wrap form-page">
  <section class="sheet single" aria-labelledby="contact-title">
    <h1 id="contact-title">Send us a message</h1>
    <p>We answer within one working day.</p>
    <form id="message-form" action="/contact" method="get">
      <label for="message-name">Your name</label>
      <input type="text" id="message-name" name="name" autocomplete="name" required>
      <label for="message-email">Email address</label>
      <input type="email" id="message-email" name="email" autocomplete="email" required>
${variant === 'dark' ? DEVICE_DETAILS : ''}
      <label for="message-body">How can we help?</label>
      <textarea id="message-body" name="message" required></textarea>
      <button type="submit" class="button">Send message</button>
    </form>
    <p id="message-sent" hidden><strong>Thank you. Your message has been sent.</strong> We’ll reply by email within one working day.</p>
  </section>
</main>`,
  })
}
