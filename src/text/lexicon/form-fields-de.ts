import type { FormFieldsLexicon } from '../form-fields.js'

export const formFieldsDe: FormFieldsLexicon = {
  identification: [
    '(vor|nach|familien)?name', 'vor- und nachname', 'e-mail*', 'benutzername', 'kunden( |-)?(nummer|nr)', 'vertrags( |-)?(nummer|nr)',
    'mitglieds( |-)?(nummer|nr)', 'bestell( |-)?(nummer|nr)', 'auftragsnummer', 'anschrift', 'adresse', 'straße', 'strasse', 'plz', 'postleitzahl', 'ort',
  ],
  birthDate: ['geburtsdatum', 'geburtstag', 'geboren am'],
  phone: ['telefon*', 'handy*', 'mobil( |-)?(nummer|telefon)', 'rufnummer', 'tel'],
  hardToHave: [
    '(serien|modell|geräte|artikel|produkt)( |-)?(nummer|nr|bezeichnung)', 'imei', 'kaufdatum', 'datum des kaufs', 'rechnungs( |-)?(nummer|nr)', 'rechnung',
    'kaufbeleg', 'kassenbon', 'kassenzettel', 'quittung', 'nachweis', 'foto*', 'bild*', 'anhang', 'anhänge', 'datei*', 'hochladen', 'dokument*',
  ],
  unrelated: ['geschlecht', 'einkommen', 'gehalt', 'beruf', 'familienstand', 'wie haben sie (von uns erfahren|uns gefunden)'],
  credentials: ['passwort*', 'kennwort*', 'pin'],
  payment: ['iban', 'bic', 'kontonummer', 'bankverbindung', 'kreditkart*', 'kartennummer', 'prüfnummer'],
  message: ['nachricht', 'betreff', 'anliegen', '(ihre )?frage', 'beschreibung', 'mitteilung', 'kommentar', 'wie können wir (ihnen )?helfen'],
  requiredMarks: ['pflicht*', 'erforderlich', 'muss ausgefüllt werden'],
  optionalMarks: ['optional', 'freiwillig', 'falls vorhanden', 'kein pflichtfeld'],
}
