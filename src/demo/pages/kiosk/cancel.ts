import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

// The cancellation (BGB § 312k). Fair: the footer's "Verträge hier kündigen" opens a form that asks
// only what § 312k(2) allows, its button says "Jetzt kündigen", and the confirmation shows the date
// and time of the declaration and can be saved. Dark: the form sits behind a login, asks for the
// password again and a required reason, its button says "Weiter", and the last page confirms nothing.

export function cancelForm(variant: Variant): string {
  const content =
    variant === 'dark'
      ? `<main>
  <div class="wrap sheet">
    <h1>Mitgliedschaft beenden</h1>
    <p>Schade, dass Sie gehen möchten. Ihr Tarif: <strong data-fill="plan"></strong>.</p>
    <form id="cancel-form" action="/kuendigen/fertig" method="get">
      <fieldset>
        <legend>Warum möchten Sie gehen?</legend>
        <label class="tick"><input type="radio" name="grund" value="preis" required>Zu teuer</label>
        <label class="tick"><input type="radio" name="grund" value="zeit" required>Keine Zeit zum Lesen</label>
        <label class="tick"><input type="radio" name="grund" value="auswahl" required>Die Magazine gefallen mir nicht</label>
        <label class="tick"><input type="radio" name="grund" value="anderes" required>Anderer Grund</label>
      </fieldset>
      <div class="field">
        <label for="cancel-password">Passwort zur Bestätigung</label>
        <input type="password" id="cancel-password" name="passwort" autocomplete="current-password" required>
      </div>
      <button type="submit" class="button button-secondary button-full">Weiter</button>
    </form>
  </div>
</main>`
      : `<main>
  <div class="wrap sheet">
    <h1>Vertrag kündigen</h1>
    <p>Sie brauchen sich dafür nicht anzumelden. Eine Bestätigung erhalten Sie sofort auf der nächsten Seite und per E-Mail.</p>
    <form id="cancel-form" action="/kuendigen/bestaetigung" method="get">
      <fieldset>
        <legend>Art der Kündigung</legend>
        <label class="tick"><input type="radio" name="art" value="ordentlich" checked>Ordentliche Kündigung zum nächstmöglichen Zeitpunkt</label>
        <label class="tick"><input type="radio" name="art" value="ausserordentlich">Außerordentliche Kündigung (fristlos, aus wichtigem Grund)</label>
      </fieldset>
      <div class="fields-2">
        <div class="field">
          <label for="cancel-name">Vor- und Nachname (optional)</label>
          <input type="text" id="cancel-name" name="name" autocomplete="name">
        </div>
        <div class="field">
          <label for="cancel-email">E-Mail-Adresse für die Bestätigung</label>
          <input type="email" id="cancel-email" name="email" autocomplete="email" required>
        </div>
      </div>
      <div class="field">
        <label for="cancel-contract">Kunden- oder Vertragsnummer (falls zur Hand)</label>
        <input type="text" id="cancel-contract" name="vertrag">
      </div>
      <button type="submit" class="button button-primary button-full">Jetzt kündigen</button>
    </form>
  </div>
</main>`
  return kioskPage(variant, {
    page: 'kuendigen',
    title: variant === 'dark' ? 'Mitgliedschaft beenden — Kiosk Plus' : 'Vertrag kündigen — Kiosk Plus',
    description: 'Ihr Kiosk-Plus-Abo kündigen.',
    content,
    scripts: ['/assets/cancel.js'],
  })
}

/** Fair variant only, at /kuendigen/bestaetigung. */
export function cancelConfirmation(variant: Variant): string {
  return kioskPage(variant, {
    page: 'kuendigen-bestaetigung',
    title: 'Kündigung eingegangen — Kiosk Plus',
    description: 'Bestätigung Ihrer Kündigung.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Ihre Kündigung ist eingegangen</h1>
    <p class="stamp">Eingegangen am <span data-cancel="moment"></span></p>
    <p>Sie haben Ihren Vertrag <strong data-cancel="plan"></strong> mit der Schaltfläche „Jetzt kündigen“ gekündigt (<span data-cancel="kind"></span>). Ihr Abo endet <span data-cancel="ends"></span>; danach buchen wir nichts mehr ab.</p>
    <p>Diese Bestätigung senden wir auch an <span data-cancel="email"></span>.</p>
    <div class="actions">
      <a class="button button-primary" id="save-confirmation" href="#">Bestätigung speichern</a>
      <a class="button button-secondary" href="/">Zur Startseite</a>
    </div>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Dark variant only, at /kuendigen/fertig. */
export function cancelRequested(variant: Variant): string {
  return kioskPage(variant, {
    page: 'kuendigen-fertig',
    title: 'Anfrage erhalten — Kiosk Plus',
    description: 'Ihre Anfrage.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Wir haben Ihre Anfrage erhalten</h1>
    <p>Unser Team meldet sich in den nächsten Tagen bei Ihnen.</p>
    <div class="actions"><a class="button button-primary" href="/">Zur Startseite</a></div>
  </div>
</main>`,
    scripts: ['/assets/cancel.js'],
  })
}

/** Fair variant only, at /widerruf: the withdrawal function. */
export function withdrawal(variant: Variant): string {
  return kioskPage(variant, {
    page: 'widerruf',
    title: 'Vertrag widerrufen — Kiosk Plus',
    description: 'Ihren Vertrag innerhalb von 14 Tagen widerrufen.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Vertrag widerrufen</h1>
    <p>Innerhalb von 14 Tagen nach Vertragsschluss können Sie Ihren Vertrag ohne Angabe von Gründen widerrufen.</p>
    <form id="withdrawal-form" action="/widerruf" method="get">
      <div class="field">
        <label for="withdraw-name">Vor- und Nachname</label>
        <input type="text" id="withdraw-name" name="name" autocomplete="name" required>
      </div>
      <div class="field">
        <label for="withdraw-email">E-Mail-Adresse für die Bestätigung</label>
        <input type="email" id="withdraw-email" name="email" autocomplete="email" required>
      </div>
      <button type="submit" class="button button-primary button-full">Widerruf bestätigen</button>
    </form>
  </div>
</main>`,
  })
}
