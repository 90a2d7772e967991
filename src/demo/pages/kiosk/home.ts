import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

const MAGAZINES = ['Stadtleben', 'Technik heute', 'Garten & Balkon', 'Reisezeit', 'Wirtschaftswoche kompakt', 'Kochen & Genießen']

export function start(variant: Variant): string {
  return kioskPage(variant, {
    page: 'start',
    title: 'Kiosk Plus — über 300 Magazine in einer App',
    description: 'Digitale Zeitschriften im Abo.',
    content: `<main>
  <section class="hero">
    <div class="wrap">
      <h1>Über 300 Magazine. Ein Abo.</h1>
      <p>Lesen Sie aktuelle Ausgaben und das Archiv auf Tablet, Smartphone und im Browser — ab 9,99 € im Monat, monatlich kündbar.</p>
      <div class="actions"><a class="button button-primary" href="/preise">Preise ansehen</a></div>
    </div>
  </section>
  <div class="wrap">
    <h2 id="magazine">Beliebt in dieser Woche</h2>
    <div class="cards">
${MAGAZINES.map((m) => `      <article class="card"><h3>${m}</h3><p class="note">Neue Ausgabe jeden Monat</p></article>`).join('\n')}
    </div>
  </div>
</main>`,
  })
}

export function prices(variant: Variant): string {
  return kioskPage(variant, {
    page: 'preise',
    title: 'Preise — Kiosk Plus',
    description: 'Die Tarife von Kiosk Plus.',
    content: `<main>
  <div class="wrap">
    <h1>Wählen Sie Ihren Tarif</h1>
    <p>Alle Preise inklusive Mehrwertsteuer. Das Abo verlängert sich jeden Monat und ist monatlich kündbar.</p>
    <div class="cards">
      <article class="card">
        <h2>Digital</h2>
        <p class="price">9,99 € im Monat</p>
        <p>Alle Magazine für eine Person, auf bis zu drei Geräten.</p>
        <a class="button button-primary" href="/registrieren?tarif=digital">Digital wählen</a>
      </article>
      <article class="card">
        <h2>Familie</h2>
        <p class="price">14,99 € im Monat</p>
        <p>Bis zu vier Profile, Kindermagazine inklusive.</p>
        <a class="button button-secondary" href="/registrieren?tarif=familie">Familie wählen</a>
      </article>
    </div>
  </div>
</main>`,
  })
}
