import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

const questions = (variant: Variant): [string, string][] => [
  ['Auf wie vielen Geräten kann ich lesen?', 'Mit Digital auf bis zu drei Geräten, mit Familie auf bis zu acht.'],
  // A decoy: the notice period is information about cancelling, not a way to cancel.
  ['Welche Kündigungsfrist gilt?', 'Das Abo ist monatlich kündbar. Die Kündigungsfrist beträgt einen Tag zum Ende des laufenden Abrechnungsmonats.'],
  [
    'Wie kündige ich mein Abo?',
    variant === 'dark'
      ? 'Änderungen an Ihrer Mitgliedschaft nehmen Sie in Ihrem Konto vor.'
      : 'Über die Schaltfläche „Verträge hier kündigen“ unten auf jeder Seite, ohne Anmeldung.',
  ],
  ['Wie ändere ich meine Bankverbindung?', 'In Ihrem Konto unter „Mein Konto“. Die neue IBAN gilt ab der nächsten Abbuchung.'],
]

export function help(variant: Variant): string {
  return kioskPage(variant, {
    page: 'hilfe',
    title: 'Hilfe & FAQ — Kiosk Plus',
    description: 'Antworten auf häufige Fragen.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Hilfe &amp; häufige Fragen</h1>
    <div class="faq">
${questions(variant).map(([q, a]) => `      <details><summary>${q}</summary><p>${a}</p></details>`).join('\n')}
    </div>
    <section aria-labelledby="reach-title" style="margin-top:28px">
      <h2 id="reach-title">Kundenservice</h2>
      <p>Montag bis Freitag 8–18 Uhr.</p>
      <ul>
        <li>E-Mail: <a href="mailto:kundenservice@kioskplus.example">kundenservice@kioskplus.example</a></li>
        <li>Telefon: <a href="tel:+49301234567">030 1234567</a></li>
      </ul>
      <a class="button button-primary" href="/kontakt">Kontakt</a>
    </section>
  </div>
</main>`,
  })
}

export function contact(variant: Variant): string {
  return kioskPage(variant, {
    page: 'kontakt',
    title: 'Kontakt — Kiosk Plus',
    description: 'Schreiben Sie unserem Kundenservice.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Kontakt</h1>
    <p>Schreiben Sie uns an <a href="mailto:kundenservice@kioskplus.example">kundenservice@kioskplus.example</a> oder nutzen Sie das Formular.</p>
    <form id="contact-form" action="/kontakt" method="get">
      <div class="field">
        <label for="contact-email">Ihre E-Mail-Adresse</label>
        <input type="email" id="contact-email" name="email" autocomplete="email" required>
      </div>
      <div class="field">
        <label for="contact-message">Ihre Nachricht an den Kundenservice</label>
        <textarea id="contact-message" name="nachricht" rows="5" required></textarea>
      </div>
      <button type="submit" class="button button-primary">Nachricht senden</button>
    </form>
    <p id="contact-sent" hidden>Danke! Wir antworten innerhalb von zwei Werktagen.</p>
  </div>
</main>`,
  })
}
