import type { Variant } from '../site-pages.js'
import * as icon from './icons.js'
import { streamlyPage } from './layout.js'

/** Title, genre line and poster colour class (styles.css) of the shows the home page features. */
const TITLES: [string, string, string][] = [
  ['The Last Orbit', 'Sci-fi · 2025', 'poster-2'],
  ['Harbor Lights', 'Drama · Series', 'poster-1'],
  ['Kingsfall', 'Fantasy · Season 3', 'poster-5'],
  ['Night Shift Diner', 'Comedy · Series', 'poster-4'],
  ['Wildwater', 'Documentary', 'poster-3'],
  ['The Glass Verdict', 'Thriller · 2024', 'poster-6'],
  ['Low Tide', 'Mystery · Limited series', 'poster-7'],
  ['Gold Rush Radio', 'Music documentary', 'poster-8'],
]

export function home(variant: Variant): string {
  const wall = TITLES.slice(0, 6)
    .map(([name, meta, cls]) => `          <div class="poster ${cls}"><strong>${name}</strong><span>${meta}</span></div>`)
    .join('\n')
  // The trending row shows the same titles on other posters than the wall, so the two do not repeat.
  const row = TITLES.slice(0, 6)
    .map(
      ([name, meta], i) => `        <article class="title-card">
          <div class="poster ${TITLES[(i + 3) % TITLES.length]![2]}" aria-hidden="true"></div>
          <h3>${name}</h3>
          <p>${meta}</p>
        </article>`,
    )
    .join('\n')
  return streamlyPage(variant, {
    page: 'home',
    title: 'Streamly — Films and series, on every screen',
    description: 'Stream award-winning films and series on your TV, laptop and phone. Plans from $7.99 a month.',
    current: 'home',
    main: `<main>
  <section class="hero">
    <div class="container hero-inner">
      <div>
        <p class="eyebrow">New every Friday</p>
        <h1>Stories worth staying up for.</h1>
        <p class="lead">Thousands of films, series and documentaries on your TV, laptop and phone. Plans from $7.99 a month.</p>
        <div class="hero-actions">
          <a class="btn btn-light btn-lg" href="/pricing">See plans</a>
          <a class="btn btn-ghost btn-lg" href="#trending">Browse the catalogue</a>
        </div>
        <p class="hero-note">No long-term contract. Cancel anytime.</p>
      </div>
      <div class="poster-wall" aria-hidden="true">
${wall}
      </div>
    </div>
  </section>

  <section class="section" id="trending">
    <div class="container">
      <div class="section-head">
        <div>
          <h2>Trending this week</h2>
          <p>What everyone on Streamly is watching right now.</p>
        </div>
      </div>
      <div class="row-of-posters">
${row}
      </div>
    </div>
  </section>

  <section class="section section-soft">
    <div class="container feature-grid">
      <article class="feature">
        ${icon.download}
        <h3>Download and go</h3>
        <p>Save episodes to your phone or tablet and watch on the plane, the train or anywhere without signal.</p>
      </article>
      <article class="feature">
        ${icon.profiles}
        <h3>Profiles for everyone</h3>
        <p>Up to five profiles per account, each with its own list, recommendations and a kids mode.</p>
      </article>
      <article class="feature">
        ${icon.sparkle}
        <h3>Picture that pops</h3>
        <p>Full HD on Standard, 4K Ultra HD with HDR and spatial audio on Premium.</p>
      </article>
    </div>
  </section>

  <section class="section" id="devices">
    <div class="container devices">
      <div>
        <h2>Watch on the screens you already have</h2>
        <p>Smart TVs, games consoles, streaming sticks, browsers, phones and tablets. Start on one, finish on another.</p>
      </div>
      <ul class="device-list">
        <li>${icon.tv}Smart TV</li>
        <li>${icon.laptop}Laptop</li>
        <li>${icon.tablet}Tablet</li>
        <li>${icon.phone}Phone</li>
      </ul>
    </div>
  </section>

  <section class="section">
    <div class="container">
      <div class="plan-teaser">
        <div>
          <h2>Three plans. One price each month.</h2>
          <p>Basic $7.99 · Standard $12.99 · Premium $17.99</p>
        </div>
        <a class="btn btn-light btn-lg" href="/pricing">Compare plans</a>
      </div>
    </div>
  </section>
</main>`,
  })
}
