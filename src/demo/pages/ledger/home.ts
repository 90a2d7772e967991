import type { Variant } from '../site-pages.js'
import { ledgerPage } from './layout.js'

/** Anchor, kicker, headline, standfirst and photo class (ledger.css) of the stories under the lead. */
const STORIES: [string, string, string, string, string][] = [
  ['europe', 'World', 'Ceasefire talks resume in Geneva as aid convoys wait at the border', 'Negotiators from both sides arrived overnight; diplomats describe the mood as “cautious but serious.”', 'photo-city'],
  ['us', 'U.S.', 'Midwest farmers brace for a second dry summer', 'Reservoir levels are at their lowest in two decades, and insurers are rewriting the rules.', 'photo-field'],
  ['business', 'Business', 'Why the port strike could reach your grocery bill by spring', 'Container backlogs have tripled since March. Economists explain what happens next.', 'photo-harbour'],
  ['technology', 'Technology', 'The quiet fight over who owns your car’s data', 'Automakers, insurers and repair shops all want it. Regulators are only starting to ask.', 'photo-court'],
]

/** The front page. */
export function front(variant: Variant): string {
  return ledgerPage(variant, {
    screen: 'front',
    title: 'The Daily Ledger — Independent news, analysis and opinion',
    description: 'Breaking news, investigations and opinion from The Daily Ledger.',
    content: `<main class="wrap">
  <div class="front">
    <article class="lead-story" id="world">
      <p class="kicker">Investigation</p>
      <h1>Inside the harbour deal that quietly rewrote a city’s waterfront</h1>
      <p class="standfirst">Documents obtained by The Ledger show how a 99-year lease changed hands in eleven days, and who signed off.</p>
      <p class="byline">By Maria Okafor and Daniel Reyes · 14 min read</p>
      <div class="photo photo-harbour" role="img" aria-label="Cranes and warehouses along the harbour at dusk"></div>
      <p class="caption">The north pier, where construction began in June.</p>
    </article>
    <aside class="rail" aria-label="Top stories">
      <div class="rail-story">
        <p class="kicker">Live</p>
        <h2>Budget vote delayed again as talks run past midnight</h2>
        <p>Leaders from both chambers say a deal is “within reach.”</p>
      </div>
      <div class="rail-story">
        <p class="kicker">Health</p>
        <h2>A cheaper flu vaccine passes its final trial</h2>
        <p>The shot could be in pharmacies before winter. <span class="locked">Subscriber exclusive</span></p>
      </div>
      <div class="rail-story" id="culture">
        <p class="kicker">Culture</p>
        <h2>The 40 books our critics can’t stop recommending</h2>
        <p>From a debut thriller to a 900-page history of salt.</p>
      </div>
    </aside>
  </div>

  <div class="story-grid">
${STORIES.map(
  ([id, kicker, head, dek, photo]) => `    <article class="story" id="${id}">
      <div class="photo ${photo}" aria-hidden="true"></div>
      <p class="kicker">${kicker}</p>
      <h3>${head}</h3>
      <p>${dek}</p>
    </article>`,
).join('\n')}
  </div>

  <section class="opinion" id="opinion" aria-label="Opinion">
    <h2>Opinion</h2>
    <article class="column-piece">
      <p class="writer">Helen Marsh</p>
      <h3>Our cities are built for cars that no longer need drivers</h3>
      <p>What we pave over now we will pay to dig up later.</p>
    </article>
    <article class="column-piece">
      <p class="writer">Samuel Adeyemi</p>
      <h3>The four-day week is working. Let’s say so.</h3>
      <p>Two years of data from 61 companies tell a clear story.</p>
    </article>
    <article class="column-piece">
      <p class="writer">The Editorial Board</p>
      <h3>Fix the bridge before it fixes the budget for us</h3>
      <p>Deferred maintenance is a loan with brutal interest.</p>
    </article>
  </section>
</main>
<section class="promo" aria-label="Subscription offer">
  <div class="wrap">
    <div>
      <h2>Journalism worth paying for</h2>
      <p>Unlimited articles, the daily puzzle and our newsletters. Digital from $15 a month.</p>
    </div>
    <a class="button button-primary button-large" href="/pricing">See subscription options</a>
  </div>
</section>`,
  })
}
