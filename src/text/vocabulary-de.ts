import type { Vocabulary } from './vocabulary.js'

/** German. Compounds are common ("Newsletteranmeldung", "Vertragskündigung"), hence the `*` entries. */
export const german: Vocabulary = {
  consent: [
    'ich stimme', 'ich willige', 'einverstanden', 'ja', 'ich möchte', 'ich will', 'bitte senden', 'zusenden',
    'zuschicken', 'akzeptieren', 'zustimmen', 'einwilligung', 'abonnieren',
  ],
  decline: ['nein danke', 'nein, danke', 'keine', 'kein', 'ohne', 'nicht jetzt', 'überspringen', 'nicht', 'nein'],
  marketing: [
    'newsletter*', 'werbung', 'werbe*', 'angebote', 'sonderangebot*', 'aktionen', 'rabatte', 'gutscheine',
    'neuigkeiten', 'news', 'marketing*', 'produktneuheiten', 'produktinformationen', 'infos zu', 'empfehlungen',
  ],
  partners: [
    'partner*', '*partner', 'dritte', 'dritten', 'drittanbieter*', 'ausgewählte unternehmen',
    'anderen unternehmen', 'konzernunternehmen',
  ],
  dataSharing: [
    'daten weitergeben', 'weitergabe meiner', 'weitergabe von daten', 'weitergabe meiner daten', 'datenweitergabe',
    'personalisierte werbung', 'personalisierte anzeigen', 'verkauf meiner', 'profilbildung', 'werbe-cookies',
    'marketing-cookies',
  ],
  help: [
    'hilfe', 'hilfe-center', 'hilfecenter', 'support', 'kontakt', 'kontaktformular', 'kundenservice',
    'kundendienst', 'kundenbetreuung', 'häufige fragen', 'faq*', 'servicecenter', 'service-center',
  ],
  contactMethod: [
    'rufen sie uns an', 'ruf uns an', 'anrufen', 'telefon*', 'tel', 'hotline', 'schreiben sie uns', 'schreib uns',
    'erreichen sie uns',
  ],
  serviceMailbox: ['kundenservice', 'service', 'hilfe', 'kontakt', 'info', 'post', 'support'],
  cancel: [
    '*kündig*', 'abo beenden', 'mitgliedschaft beenden', 'vertrag beenden', 'abmelden', 'stornieren',
    'stornierung',
  ],
  cancelled: [
    'gekündigt', 'beendet', 'storniert', 'kündigung bestätigt', 'kündigungsbestätigung', 'kündigung erhalten',
    'kündigung ist eingegangen', 'endet am', 'läuft am', 'läuft aus', 'wird nicht verlängert',
    'nicht mehr belastet', 'nicht mehr abgebucht',
  ],
  subscription: [
    'abo', '*abo', 'abos', 'abonnement*', 'mitgliedschaft', 'vertrag', 'tarif', 'konto', 'kundenkonto',
    'testphase', 'verlängerung',
  ],
  endTiming: [
    'sofort', 'sofortig*', 'ab sofort', 'zum ende', 'ende des', 'ende der', 'abrechnungszeitraum*', 'laufzeitende',
    'bis zum', 'bis', 'heute', 'zum nächstmöglichen zeitpunkt',
  ],
  months: [
    'januar', 'jänner', 'februar', 'märz', 'mär', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'okt', 'november', 'dezember', 'dez',
  ],
  orderConfirmation: [
    'vielen dank für ihre bestellung', 'danke für ihre bestellung', 'danke für deine bestellung',
    'bestellung bestätigt', 'bestellung ist eingegangen', 'bestellbestätigung', 'zahlung erfolgreich',
    'willkommen bei', 'ihr abo ist aktiv', 'dein abo ist aktiv', 'erfolgreich abgeschlossen',
    'anmeldung erfolgreich', 'bestellnummer',
  ],
  nextBilling: [
    'nächste abbuchung', 'nächste zahlung', 'nächste abrechnung', 'verlängert sich', 'abgebucht am',
    'wird abgebucht', 'erste abbuchung', 'erste zahlung', 'belastet am',
  ],
  orderSummary: [
    'warenkorb', 'bestellübersicht', 'zusammenfassung', 'ihre bestellung', 'deine bestellung', 'übersicht',
    'bestelldetails', 'einkaufswagen',
  ],
  computedLines: [
    'gesamt*', 'summe', 'zwischensumme', 'mwst', 'ust', 'mehrwertsteuer', 'umsatzsteuer', 'versand*', 'lieferung',
    'rabatt', 'gutschein', 'ersparnis', 'heute fällig', 'fällig',
  ],
  addOn: [
    'zusatz*', 'extra*', 'schutz', '*schutz', 'versicherung*', '*versicherung', 'garantie*', 'hinzufügen',
    'upgrade', 'priorität*', 'zubuchen', 'zubuchbar', 'option',
  ],
  free: ['kostenlos', 'gratis', 'inklusive', 'ohne aufpreis', 'ohne zusatzkosten', 'umsonst'],
  password: ['passwort*', 'kennwort*'],
  paymentDetails: [
    'kartennummer', 'kreditkarte*', 'karteninhaber*', 'ablaufdatum', 'gültig bis', 'prüfnummer', 'sicherheitscode',
    'iban', 'bic', 'kontonummer', 'rechnungsadresse', 'adresse', 'anschrift', 'straße', 'strasse', 'hausnummer',
    'plz', 'postleitzahl', 'ort', 'stadt', 'land',
  ],
}
