import type { CancellationButtonLexicon } from '../cancellation-button.js'

/** German. "Kündigung" alone, "Mitgliedschaft verwalten" and "Abo beenden" are left out of the button
 * labels: they do not say, unambiguously, that pressing them cancels a contract here. */
export const cancellationButtonDe: CancellationButtonLexicon = {
  buttonLabels: [
    'verträge hier kündigen', 'vertrag hier kündigen', 'hier kündigen', 'vertrag kündigen', 'verträge kündigen',
    'abo kündigen', 'abonnement kündigen', 'mitgliedschaft kündigen', 'vertrag online kündigen', 'hier online kündigen',
  ],
  confirmLabels: [
    'jetzt kündigen', 'vertrag jetzt kündigen', 'jetzt verbindlich kündigen', 'verbindlich kündigen', 'kündigung absenden',
    'kündigung jetzt absenden', 'kündigung bestätigen', 'kündigung abschicken',
  ],
  saveLabels: [
    'bestätigung speichern', 'kündigungsbestätigung speichern', 'speichern', 'herunterladen', 'download*', 'drucken',
    'ausdrucken', 'als pdf', 'pdf',
  ],
  allowedFields: [
    'name', 'vorname', 'nachname', 'vor- und nachname', 'e-mail*', 'email*', 'anschrift', 'adresse', 'straße', 'plz',
    'ort', 'geburtsdatum', 'kundennummer', 'kunden-nr', 'vertragsnummer', 'vertrags-nr', 'vertrag', 'abo', 'tarif',
    'mitgliedsnummer', 'art der kündigung', 'kündigungsart', 'ordentlich*', 'außerordentlich*', 'fristlos*',
    'wichtig* grund*', 'zeitpunkt', 'kündigungszeitpunkt', 'kündigungsdatum', 'datum', 'nächstmöglich*', 'zum ende',
  ],
  credentialFields: ['passwort*', 'kennwort*', 'pin', 'anmeldedaten', 'benutzername'],
  paymentFields: ['iban', 'bic', 'kontonummer', 'bankverbindung', 'kreditkarte*', 'kartennummer', 'prüfnummer'],
  reasonWords: ['grund', 'gründe', 'warum', 'weshalb', 'wieso', 'umfrage', 'feedback', 'zu teuer', 'unzufrieden'],
}
