import type { DiscoveryLexicon } from '../../discover/discovery-lexicon.js'

/** German. "Abmelden" is signing out (or off a newsletter), never the way to an account. */
export const discoveryDe: DiscoveryLexicon = {
  words: {
    pricing: ['preise', 'preis', 'tarife', 'tarif', 'abo', 'abos', 'abonnement', 'pakete', 'mitgliedschaft', 'mitgliedschaften', 'preise & tarife', 'tarife & preise', 'angebote'],
    signup: ['abonnieren', 'jetzt abonnieren', 'jetzt testen', 'kostenlos testen', 'gratis testen', 'registrieren', 'jetzt registrieren', 'konto erstellen', 'mitglied werden', 'probeabo', 'probemonat'],
    help: ['hilfe', 'faq', 'kundenservice', 'kundendienst', 'support', 'hilfe-center', 'häufige fragen', 'service'],
    contact: ['kontakt', 'kontaktieren', 'kontaktformular', 'kontakt aufnehmen'],
    account: ['konto', 'mein konto', 'kundenkonto', 'anmelden', 'einloggen', 'login', 'mein bereich', 'mein abo', 'meine verträge'],
    cancel: [
      'kündigen', 'kündigung', '*kündigung', 'vertrag kündigen', 'verträge hier kündigen', 'abo kündigen',
      'mitgliedschaft kündigen', 'jetzt kündigen', 'kündigungsbutton', 'online kündigen',
    ],
    terms: ['agb', 'nutzungsbedingungen', 'geschäftsbedingungen', 'allgemeine geschäftsbedingungen', 'vertragsbedingungen', 'abo-bedingungen'],
  },
  weakWords: {},
  paths: {
    pricing: ['preise', 'tarife', 'tarif', 'abo', 'abonnement'],
    signup: ['registrieren', 'registrierung', 'abonnieren', 'testen'],
    help: ['hilfe', 'kundenservice', 'service'],
    contact: ['kontakt'],
    account: ['konto', 'kundenkonto', 'anmelden', 'anmeldung', 'mein-konto'],
    cancel: ['kuendigen', 'kuendigung', 'kündigen', 'kündigung', 'vertrag-kuendigen', 'vertraege-kuendigen'],
    terms: ['agb', 'nutzungsbedingungen'],
  },
  never: [
    'jetzt kaufen', 'kaufen', 'bezahlen', 'jetzt bezahlen', 'zahlungspflichtig bestellen', 'kostenpflichtig bestellen',
    'bestellung abschließen', 'in den warenkorb', 'zur kasse', 'abmelden', 'ausloggen', 'konto löschen',
    'herunterladen',
  ],
}
