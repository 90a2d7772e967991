import type { Variant } from '../site-pages.js'
import { shieldrPage } from './layout.js'

/** The home page with the plan. Fake urgency: the dark deal banner counts down from 10:00 on every
 * visit (deal-timer.js); beside it, a countdown to the sale's fixed end date that every visit shows
 * alike (the decoy). The fair page states the sale's end date and nothing ticks. */
export function home(variant: Variant): string {
  const deal =
    variant === 'dark'
      ? `  <section class="deal" aria-label="Deal">
    <p id="deal-timer"><strong>Deal ends in <span data-deal-countdown>10:00</span></strong> — 3 extra months free on Shieldr Plus</p>
    <p id="sale-clock">Spring sale ends 31 March 2027: <span data-sale-countdown></span> to go</p>
  </section>`
      : `  <section class="deal" aria-label="Deal">
    <p id="sale-notice"><strong>Spring sale ends 31 March 2027</strong>: 3 extra months free on Shieldr Plus</p>
  </section>`
  return shieldrPage(variant, {
    screen: 'home',
    title: 'Shieldr VPN — private browsing on every device',
    description: 'Shieldr VPN keeps your connection private on every device.',
    content: `<main>
${deal}
  <section class="hero wrap">
    <h1>Private browsing on every device</h1>
    <p class="lead">Shieldr encrypts your connection on public Wi-Fi and hides your address from the sites you visit. One subscription covers ten devices.</p>
  </section>
  <section class="wrap features" id="features" aria-labelledby="features-title">
    <h2 id="features-title">What you get</h2>
    <ul>
      <li>Servers in 60 countries</li>
      <li>No activity logs, audited every year</li>
      <li>Apps for Windows, macOS, iOS, Android and Linux</li>
    </ul>
  </section>
  <section class="wrap plans" id="plans" aria-labelledby="plans-title">
    <h2 id="plans-title">One plan, everything included</h2>
    <div class="plan">
      <h3>Shieldr Plus</h3>
      <p class="price">$9.99 a month</p>
      <p>Billed monthly. Renews automatically each month until you cancel; cancel online at any time.</p>
      <a class="button" href="/signup">Get Shieldr Plus</a>
    </div>
  </section>
</main>`,
    scripts: variant === 'dark' ? ['/assets/deal-timer.js'] : [],
  })
}
