import type { Variant } from '../site-pages.js'
import { streamlyPage } from './layout.js'

function prose(variant: Variant, { page, title, description, body }: { page: string; title: string; description: string; body: string }): string {
  return streamlyPage(variant, { page, title, description, main: `<main class="container prose">\n${body}\n</main>` })
}

export function about(variant: Variant): string {
  return prose(variant, {
    page: 'about',
    title: 'About us — Streamly',
    description: 'About Streamly.',
    body: `  <h1>About Streamly</h1>
  <p class="updated">Founded 2016 · New York, London, Seoul</p>
  <p>Streamly started with a simple idea: great stories deserve to be easy to find and fair to pay for. Today we stream to members in 38 countries, with a catalogue that mixes independent studios, festival favourites and big-screen releases.</p>
  <h2 id="careers">Careers</h2>
  <p>We are a team of 420 people across three offices. We hire engineers, editors, designers and support specialists all year round.</p>
  <h2 id="press">Press</h2>
  <p>Journalists can reach our communications team at press@streamly.example. Logos and executive photos are available on request.</p>`,
  })
}

export function terms(variant: Variant): string {
  // The dark terms say where to cancel without saying how, matching its maze.
  const cancel =
    variant === 'dark'
      ? 'You may cancel your membership through your account settings. Cancellation takes effect at the end of the current billing month.'
      : 'You can cancel at any time online: go to your account and select Cancel subscription. Cancellation takes effect at the end of the current billing month and you will not be charged again.'
  return prose(variant, {
    page: 'terms',
    title: 'Terms of use — Streamly',
    description: 'Streamly terms of use.',
    body: `  <h1>Terms of use</h1>
  <p class="updated">Last updated 1 September 2025</p>
  <h2>1. Your membership</h2>
  <p>Your Streamly membership is a monthly subscription. It starts when you first pay and renews automatically every month at the price of your plan, plus any extras you have chosen, until you cancel.</p>
  <h2>2. Billing</h2>
  <p>We charge the payment method you give us on the same day each month. If we change our prices we will tell you at least 30 days before the change applies to you.</p>
  <h2>3. Cancellation</h2>
  <p>${cancel}</p>
  <h2>4. Using the service</h2>
  <p>The content on Streamly is for personal, non-commercial use only and may not be shared outside your household.</p>`,
  })
}

export function privacy(variant: Variant): string {
  return prose(variant, {
    page: 'privacy',
    title: 'Privacy — Streamly',
    description: 'How Streamly uses your data.',
    body: `  <h1>Privacy notice</h1>
  <p class="updated">Last updated 1 September 2025</p>
  <h2>What we collect</h2>
  <p>Your name, email address, billing details, the devices you watch on and what you watch, so that we can run your membership and recommend titles.</p>
  <h2>Marketing</h2>
  <p>We only send you offers and news if you have agreed to receive them. You can change your mind at any time in your account.</p>
  <h2 id="cookies">Cookies</h2>
  <p>Strictly necessary cookies keep you signed in. Analytics cookies are only set if you select Accept all in the cookie banner.</p>`,
  })
}

export function notFound(variant: Variant): string {
  return streamlyPage(variant, {
    page: 'not-found',
    title: 'Page not found — Streamly',
    description: 'Page not found.',
    main: `<main class="flow-page">
  <div class="container">
    <section class="panel narrow center" aria-labelledby="nf-title">
      <h1 id="nf-title">We couldn't find that page</h1>
      <p class="lead">The link may be broken, or the page may have moved.</p>
      <a class="btn btn-primary" href="/">Go to the home page</a>
    </section>
  </div>
</main>`,
  })
}
