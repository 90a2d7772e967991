import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'
import { streamlyPage } from './layout.js'

export interface Plan {
  /** The `plan` value in links and forms; a key of `PLANS` in streamly.js. */
  id: string
  name: string
  /** Dollars a month, as streamly.js charges it: the two must agree. */
  price: string
  tagline: string
  features: string[]
  popular?: boolean
}

export const PLANS: Plan[] = [
  {
    id: 'basic',
    name: 'Basic',
    price: '7.99',
    tagline: 'Great for one viewer.',
    features: ['Full catalogue, no ads', 'HD (720p)', 'Watch on 1 screen at a time', 'Downloads on 1 phone or tablet'],
  },
  {
    id: 'standard',
    name: 'Standard',
    price: '12.99',
    tagline: 'For couples and flatmates.',
    features: ['Full catalogue, no ads', 'Full HD (1080p)', 'Watch on 2 screens at a time', 'Downloads on 2 phones or tablets'],
    popular: true,
  },
  {
    id: 'premium',
    name: 'Premium',
    price: '17.99',
    tagline: 'The best picture, for the whole family.',
    features: ['Full catalogue, no ads', '4K Ultra HD and HDR', 'Watch on 4 screens at a time', 'Spatial audio', 'Downloads on 6 phones or tablets'],
  },
]

const COMPARISON = [
  ['Monthly price', '$7.99', '$12.99', '$17.99'],
  ['Video quality', 'HD', 'Full HD', '4K Ultra HD + HDR'],
  ['Screens at the same time', '1', '2', '4'],
  ['Download devices', '1', '2', '6'],
  ['Spatial audio', '—', '—', 'Included'],
  ['Profiles', '5', '5', '5'],
]

export function pricing(variant: Variant): string {
  const cards = PLANS.map(
    (p) => `    <article class="plan-card${p.popular ? ' is-popular' : ''}">
      ${p.popular ? '<span class="plan-badge">Most popular</span>\n      ' : ''}<h2>${p.name}</h2>
      <p class="plan-tagline">${p.tagline}</p>
      <p class="plan-price">$${p.price} <small>/month</small></p>
      <ul class="check-list">
${p.features.map((f) => `        <li>${icon.check}${f}</li>`).join('\n')}
      </ul>
      <a class="btn ${p.popular ? 'btn-primary' : 'btn-outline'} btn-block" href="/signup?plan=${p.id}">Choose ${p.name}</a>
    </article>`,
  ).join('\n')
  return streamlyPage(variant, {
    page: 'pricing',
    title: 'Plans and pricing — Streamly',
    description: 'Compare Streamly plans: Basic $7.99, Standard $12.99 and Premium $17.99 a month.',
    current: 'pricing',
    main: `<main>
  <section class="page-head container">
    <h1>Choose the plan that's right for you</h1>
    <p>Every plan includes the full catalogue with no ads and a free Streamly Stick. Change plans whenever you like.</p>
  </section>
  <section class="container plan-grid" aria-label="Plans">
${cards}
  </section>
  <div class="container pricing-notes">
    <button type="button" class="btn btn-outline" data-open-dialog="compare-dialog">Compare all features</button>
    <p>Prices in US dollars and include applicable taxes. Memberships renew every month at the plan price until you cancel.</p>
  </div>
  <dialog id="compare-dialog" aria-labelledby="compare-title">
    <div class="dialog-head">
      <h2 id="compare-title">Compare plans</h2>
      <button type="button" class="btn btn-outline btn-sm" data-close-dialog>Close</button>
    </div>
    <div class="dialog-body">
      <table class="compare-table">
        <thead><tr><th scope="col">Feature</th><th scope="col">Basic</th><th scope="col">Standard</th><th scope="col">Premium</th></tr></thead>
        <tbody>
${COMPARISON.map((r) => `          <tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`).join('\n')}
        </tbody>
      </table>
    </div>
  </dialog>
</main>`,
  })
}
