import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

/** Step 1 of 2, at /registrieren: the account. Its "Weiter" only moves on to the payment step. */
export function register(variant: Variant): string {
  return kioskPage(variant, {
    page: 'registrieren',
    title: 'Registrieren — Kiosk Plus',
    description: 'Ihr Kiosk-Plus-Konto anlegen.',
    content: `<main>
  <div class="wrap sheet">
    <p class="progress"><strong>Schritt 1 von 2: Ihr Konto</strong> · Schritt 2 von 2: Zahlung</p>
    <h1>Konto anlegen</h1>
    <form id="signup-form" action="/kasse" method="get">
      <div class="field">
        <label for="signup-email">E-Mail-Adresse</label>
        <input type="email" id="signup-email" name="email" autocomplete="email" required>
      </div>
      <div class="field">
        <label for="signup-password">Passwort wählen</label>
        <input type="password" id="signup-password" name="passwort" autocomplete="new-password" minlength="8" required>
      </div>
      <div class="fields-2">
        <div class="field">
          <label for="signup-first">Vorname</label>
          <input type="text" id="signup-first" name="vorname" autocomplete="given-name" required>
        </div>
        <div class="field">
          <label for="signup-last">Nachname</label>
          <input type="text" id="signup-last" name="nachname" autocomplete="family-name" required>
        </div>
      </div>
      <div class="tick">
        <input type="checkbox" id="signup-news" name="newsletter">
        <label for="signup-news">Ja, ich möchte den Kiosk-Plus-Newsletter mit Leseempfehlungen erhalten</label>
      </div>
      <div class="tick">
        <input type="checkbox" id="signup-terms" name="agb" required>
        <label for="signup-terms">Ich akzeptiere die <a href="/agb">AGB</a> und habe die <a href="/datenschutz">Datenschutzhinweise</a> gelesen</label>
      </div>
      <button type="submit" class="button button-primary button-full">Weiter</button>
    </form>
  </div>
</main>`,
  })
}

/** Step 2 of 2, at /kasse: address, payment and the order button. */
export function checkout(variant: Variant): string {
  // Order button: the dark variant's final button says nothing about paying.
  const orderLabel = variant === 'dark' ? 'Jetzt starten' : 'Zahlungspflichtig abonnieren'
  // Hidden renewal terms: only the fair variant says, beside the button, how to cancel.
  const howToCancel = variant === 'dark' ? '' : ' Kündigen können Sie jederzeit online über die Schaltfläche „Verträge hier kündigen“ unten auf jeder Seite.'
  return kioskPage(variant, {
    page: 'kasse',
    title: 'Zahlung — Kiosk Plus',
    description: 'Ihr Kiosk-Plus-Abo bezahlen.',
    content: `<main>
  <div class="wrap">
    <p class="progress">Schritt 1 von 2: Ihr Konto · <strong>Schritt 2 von 2: Zahlung</strong></p>
    <div class="form-layout">
      <section aria-labelledby="checkout-title">
        <h1 id="checkout-title">Adresse und Zahlung</h1>
        <form id="order-form" action="/willkommen" method="get">
          <fieldset>
            <legend>Rechnungsadresse</legend>
            <div class="field">
              <label for="bill-street">Straße und Hausnummer</label>
              <input type="text" id="bill-street" name="strasse" autocomplete="address-line1" required>
            </div>
            <div class="fields-2">
              <div class="field">
                <label for="bill-zip">PLZ</label>
                <input type="text" id="bill-zip" name="plz" autocomplete="postal-code" inputmode="numeric" required>
              </div>
              <div class="field">
                <label for="bill-city">Ort</label>
                <input type="text" id="bill-city" name="ort" autocomplete="address-level2" required>
              </div>
            </div>
            <button type="button" class="button button-secondary" id="delivery-open">Abweichende Lieferadresse angeben</button>
            <div id="delivery-form" hidden>
              <p class="note">Für das gedruckte Willkommensheft.</p>
              <div class="field">
                <label for="ship-street">Lieferadresse: Straße und Hausnummer</label>
                <input type="text" id="ship-street" name="lieferStrasse">
              </div>
              <div class="actions">
                <button type="button" class="button button-secondary" id="delivery-save">Übernehmen</button>
                <button type="button" class="button button-secondary" id="delivery-cancel">Abbrechen</button>
              </div>
            </div>
          </fieldset>
          <fieldset>
            <legend>Zahlung per SEPA-Lastschrift</legend>
            <div class="field">
              <label for="pay-owner">Kontoinhaber</label>
              <input type="text" id="pay-owner" name="inhaber" autocomplete="name" required>
            </div>
            <div class="field">
              <label for="pay-iban">IBAN</label>
              <input type="text" id="pay-iban" name="iban" autocomplete="off" required>
            </div>
          </fieldset>
          <p>Ihr Abo <strong data-fill="plan">Kiosk Plus Digital</strong> kostet <strong data-fill="monthly">9,99 €</strong> im Monat und verlängert sich jeden Monat, bis Sie kündigen.${howToCancel} Sie können den Vertrag innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen.</p>
          <button type="submit" class="button button-primary button-full" id="order">${orderLabel}</button>
        </form>
      </section>
      <aside class="summary" aria-label="Bestellübersicht">
        <h2>Ihre Bestellung</h2>
        <ul>
          <li><span data-fill="plan">Kiosk Plus Digital</span> <span data-fill="monthly">9,99 €</span>/Monat</li>
        </ul>
        <p><strong>Heute fällig: <span data-fill="monthly">9,99 €</span></strong></p>
      </aside>
    </div>
  </div>
</main>`,
  })
}

export function welcome(variant: Variant): string {
  return kioskPage(variant, {
    page: 'willkommen',
    title: 'Willkommen — Kiosk Plus',
    description: 'Ihr Abo ist aktiv.',
    content: `<main>
  <div class="wrap sheet">
    <h1>Vielen Dank für Ihre Bestellung!</h1>
    <p>Ihr Abo <strong data-fill="plan">Kiosk Plus Digital</strong> ist aktiv. Es kostet <strong data-fill="monthly">9,99 €</strong> im Monat; die nächste Abbuchung erfolgt am <strong data-fill="nextBilling"></strong>.</p>
    <p class="note">Eine Bestellbestätigung mit den Vertragsbedingungen und der Widerrufsbelehrung haben wir an <span data-fill="email"></span> gesendet.</p>
    <div class="actions"><a class="button button-primary" href="/">Jetzt lesen</a></div>
  </div>
</main>`,
  })
}
