import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

interface Offer {
  /** The `plan` value of the signup link; a key of `PLANS` in ledger.js. */
  id: string
  name: string
  /** Dollars a month, as ledger.js charges it: the two must agree. */
  price: string
  line: string
  perWeek: string
  items: string[]
  featured: boolean
}

const OFFERS: Offer[] = [
  {
    id: 'digital',
    name: 'Digital',
    price: '15',
    line: 'Everything we publish, online.',
    perWeek: 'Under $3.50 a week',
    items: ['Unlimited articles on web and app', 'All our daily newsletters', 'The daily crossword preview'],
    featured: true,
  },
  {
    id: 'allaccess',
    name: 'All-access',
    price: '25',
    line: 'Digital, plus the Sunday paper and the archive.',
    perWeek: 'Under $5.80 a week',
    items: ['Everything in Digital', 'Sunday print edition delivered', 'The complete archive back to 1898', 'Share with two family members'],
    featured: false,
  },
]

const INCLUDED = [
  ['Unlimited articles on web and app', 'Yes', 'Yes'],
  ['Daily newsletters', 'Yes', 'Yes'],
  ['The 125-year archive', '—', 'Yes'],
  ['Sunday print edition delivered', '—', 'Yes'],
  ['Subscriber events', '—', 'Yes'],
  ['Share with family members', '—', '2 people'],
]

const offerCard = ({ id, name, price, line, perWeek, items, featured }: Offer) => `    <article class="offer${featured ? ' featured' : ''}">
      ${featured ? '<p class="kicker">Best value for readers</p>\n      ' : ''}<h2>${name}</h2>
      <p class="summary-line">${line}</p>
      <p class="price">$${price} <small>per month</small></p>
      <p class="per-week">${perWeek}</p>
      <ul>
${items.map((i) => `        <li>${i}</li>`).join('\n')}
      </ul>
      <a class="button ${featured ? 'button-primary' : 'button-dark'} button-full button-large" href="/signup?plan=${id}">Select ${name}</a>
    </article>`

/** The subscription offers, at /pricing. */
export function subscribe(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'subscribe',
    title: 'Subscribe — The Daily Ledger',
    description: 'Subscribe to The Daily Ledger. Digital $15 a month, All-access $25 a month.',
    current: 'pricing',
    content: `<main class="wrap">
  <div class="intro">
    <p class="kicker">Subscribe</p>
    <h1>Read without limits</h1>
    <p>Support independent reporting and get every story, every day, on every device.</p>
  </div>
  <div class="offers">
${OFFERS.map(offerCard).join('\n')}
  </div>
  <p class="small-print" id="compare">Subscriptions renew every month until you cancel. Prices include sales tax where it applies.<br>
    <button type="button" class="text-button" style="color:#1d4f91;text-decoration:underline;font-size:14px" data-opens="included-modal">What’s included in each subscription?</button></p>
  <section class="gift" id="gift" aria-labelledby="gift-title">
    <div>
      <h2 id="gift-title">Give The Ledger</h2>
      <p>A year of Digital for someone who’d love it. Choose the start date and add a personal note.</p>
    </div>
    <div><a class="button button-secondary button-large" href="/signup?plan=digital">Give a subscription</a></div>
  </section>
  <dialog id="included-modal" aria-labelledby="included-title">
    <div class="modal-top">
      <h2 id="included-title">What’s included</h2>
      <button type="button" class="button button-secondary button-small" data-closes>Close</button>
    </div>
    <div class="modal-body">
      <table class="included">
        <thead><tr><th scope="col"></th><th scope="col">Digital</th><th scope="col">All-access</th></tr></thead>
        <tbody>
${INCLUDED.map((r) => `          <tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
        </tbody>
      </table>
    </div>
  </dialog>
</main>`,
  })
}
