import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

export function login(variant: Variant): string {
  return kioskPage(variant, {
    page: 'login',
    title: 'Anmelden — Kiosk Plus',
    description: 'Bei Kiosk Plus anmelden.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Anmelden</h1>
    <p>Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.</p>
    <form id="login-form" action="/konto" method="get">
      <div class="field">
        <label for="login-email">E-Mail-Adresse</label>
        <input type="email" id="login-email" name="email" autocomplete="username" required>
      </div>
      <div class="field">
        <label for="login-password">Passwort</label>
        <input type="password" id="login-password" name="passwort" autocomplete="current-password" required>
      </div>
      <button type="submit" class="button button-primary button-full">Anmelden</button>
    </form>
    <p>Noch kein Konto? <a href="/preise">Tarife ansehen</a></p>
  </div>
</main>`,
  })
}

export function account(variant: Variant): string {
  // No cancellation button: the dark account page only leads on to the membership settings.
  const manage =
    variant === 'dark'
      ? `<a class="button button-secondary" href="/konto/mitgliedschaft">Mitgliedschaft verwalten</a>`
      : `<a class="button button-secondary" href="/preise">Tarif wechseln</a>
      <a class="button button-secondary" href="/kuendigen">Vertrag kündigen</a>`
  return kioskPage(variant, {
    page: 'konto',
    title: 'Mein Konto — Kiosk Plus',
    description: 'Ihr Kiosk-Plus-Konto.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Mein Konto</h1>
    <dl>
      <dt>Name</dt><dd data-fill="name"></dd>
      <dt>E-Mail</dt><dd data-fill="email"></dd>
      <dt>Kundennummer</dt><dd data-fill="customerNumber"></dd>
      <dt>Tarif</dt><dd><span data-fill="plan"></span>, <span data-fill="monthly"></span> im Monat</dd>
      <dt>Nächste Abbuchung</dt><dd data-fill="nextBilling"></dd>
    </dl>
    <div class="actions">
      ${manage}
    </div>
  </div>
</main>`,
  })
}

/** Dark variant only, at /konto/mitgliedschaft: offers first, the way out in 12px grey at the bottom,
 * and it leads to a login before any cancellation form. */
export function membership(variant: Variant): string {
  return kioskPage(variant, {
    page: 'mitgliedschaft',
    title: 'Mitgliedschaft verwalten — Kiosk Plus',
    description: 'Ihre Mitgliedschaft bei Kiosk Plus.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Mitgliedschaft verwalten</h1>
    <p>Ihr Tarif: <strong data-fill="plan">Kiosk Plus</strong>. Entdecken Sie jeden Monat neue Ausgaben.</p>
    <div class="cards">
      <article class="card">
        <h2>Upgrade auf Familie</h2>
        <p>Bis zu vier Profile für nur 5,00 € mehr im Monat.</p>
        <a class="button button-primary" href="/preise">Jetzt upgraden</a>
      </article>
    </div>
    <p style="margin-top:48px"><a class="fine" href="/login?weiter=%2Fkuendigen">Mitgliedschaft beenden</a></p>
  </div>
</main>`,
  })
}
