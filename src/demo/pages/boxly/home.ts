import type { Variant } from '../site-pages.js'
import { trialOffer } from './catalogue.js'
import { boxlyPage } from './layout.js'

export function home(variant: Variant): string {
  return boxlyPage(variant, {
    page: 'home',
    title: 'Boxly — Fresh meal kits, delivered weekly',
    description: 'Recipes and fresh ingredients for the week, delivered to your door.',
    content: `<main>
  <section class="hero">
    <div class="wrap">
      <h1>Dinner, sorted.</h1>
      <p class="lead">Chef-designed recipes and fresh, pre-portioned ingredients at your door every week.</p>
      <p class="offer">${trialOffer(variant)}</p>
      <a class="button button-primary button-large" href="/plans">See plans</a>
    </div>
  </section>
  <section class="wrap perks" id="how" aria-labelledby="how-title">
    <h2 id="how-title">How it works</h2>
    <ol>
      <li><strong>Pick your box.</strong> Choose 2, 4 or 6 meals a week.</li>
      <li><strong>We deliver.</strong> Insulated boxes arrive on the day you choose.</li>
      <li><strong>Cook in 30 minutes.</strong> Step-by-step recipe cards with every box.</li>
    </ol>
    <!-- Decoys for trial wording: free shipping and a free e-book are not trials. -->
    <p>Free shipping on your first box. Get our free recipe e-book when you sign up.</p>
  </section>
</main>`,
  })
}
