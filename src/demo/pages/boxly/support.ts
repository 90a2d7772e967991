import type { Variant } from '../site-pages.js'
import { boxlyPage } from './layout.js'

export function help(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'help',
    title: 'Help centre — Boxly',
    description: 'Answers to common questions about Boxly.',
    content: `<main class="wrap narrow">
  <h1>How can we help?</h1>
  <section class="questions" aria-labelledby="faq-title">
    <h2 id="faq-title">Common questions</h2>
    <details><summary>How do I skip a week?</summary><p>In Account, choose the week and press Skip, up to five days before delivery.</p></details>
    <details><summary>How do I cancel?</summary><p>In Account, choose Cancel subscription and confirm. You won’t be charged again.</p></details>
  </section>
  <section class="box" aria-labelledby="reach-title">
    <h2 id="reach-title">Talk to us</h2>
    <p>Email <a href="mailto:help@boxly.example">help@boxly.example</a> or call <a href="tel:+18885550199">1-888-555-0199</a>, every day 8am–8pm ET.</p>
    <a class="button button-primary" href="/contact">Contact us</a>
  </section>
</main>`,
  })
}

export function contact(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'contact',
    title: 'Contact us — Boxly',
    description: 'Send a message to Boxly.',
    content: `<main class="wrap narrow">
  <h1>Contact us</h1>
  <p>Write to us and we answer within one day. Email <a href="mailto:help@boxly.example">help@boxly.example</a> · Phone <a href="tel:+18885550199">1-888-555-0199</a></p>
  <form id="message-form" action="/contact" method="get">
    <div class="input"><label for="message-email">Email address</label><input type="email" id="message-email" name="email" required></div>
    <div class="input"><label for="message-body">How can we help?</label><textarea id="message-body" name="message" required></textarea></div>
    <button type="submit" class="button button-primary">Send message</button>
  </form>
  <p id="message-sent" hidden>Thank you. Your message has been sent.</p>
</main>`,
  })
}
