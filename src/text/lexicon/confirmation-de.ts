import type { ConfirmationLexicon } from '../confirmation.js'

/** German. "Willkommen bei" is left out: it greets visitors on every home page. */
export const confirmationDe: ConfirmationLexicon = {
  orderPlaced: [
    'vielen dank für ihre bestellung', 'vielen dank für deine bestellung', 'danke für ihre bestellung',
    'danke für deine bestellung', 'vielen dank für ihren einkauf', 'vielen dank für deinen einkauf',
    'danke für ihren einkauf', 'danke für deinen einkauf', 'vielen dank für ihren kauf', 'danke für deinen kauf',
    'bestellung bestätigt', 'bestellung ist eingegangen', 'bestellung eingegangen', 'bestellung erfolgreich',
    'bestellung aufgegeben', 'bestellung abgeschlossen', 'kauf abgeschlossen', 'kauf erfolgreich',
    'bestellbestätigung', 'zahlung erfolgreich', 'zahlung eingegangen', 'zahlung abgeschlossen', 'zahlung bestätigt',
    'ihr abo ist aktiv', 'dein abo ist aktiv', 'abo abgeschlossen', 'abonnement abgeschlossen', 'erfolgreich abonniert',
    'erfolgreich abgeschlossen', 'sie sind jetzt mitglied', 'du bist jetzt mitglied', 'upgrade erfolgreich',
    '(buchung|reservierung) (ist )?(bestätigt|eingegangen|erfolgreich)', '(vielen )?dank für (ihre|deine) (buchung|reservierung)',
  ],
  cancelled: [
    'gekündigt', 'storniert', 'kündigung bestätigt', 'kündigungsbestätigung', 'kündigung erhalten',
    'kündigung ist eingegangen', 'kündigung eingegangen', 'endet am', 'läuft am', 'läuft aus', 'wird nicht verlängert',
    'verlängert sich nicht', 'nicht mehr belastet', 'nicht mehr abgebucht', 'beendet',
  ],
  unsubscribed: ['abgemeldet', 'abbestellt', 'ausgetragen', 'erhalten keine', 'erhältst keine', 'keine e-mails mehr'],
  references: ['bestellnummer', 'auftragsnummer', 'rechnungsnummer', 'vorgangsnummer', 'referenznummer', 'kundennummer', 'buchungsnummer', 'buchungsreferenz', 'reservierungsnummer'],
  endTimings: ['sofort', 'ab sofort', 'mit sofortiger wirkung', 'heute', 'zum ende', 'am ende', 'zum ablauf', 'mit ablauf'],
  subjects: ['abo', '*abo', 'abos', 'abonnement*', 'mitgliedschaft', 'vertrag', 'tarif', 'konto', 'testphase'],
  mailings: ['newsletter*', 'e-mails', 'mailings', 'verteiler'],
  negations: ['nicht', 'kein*', 'nie', 'fehlgeschlagen'],
  negatedTemplates: ['{negations} …2 {cancelled}', '{orderPlaced} …2 {negations}'],
}
