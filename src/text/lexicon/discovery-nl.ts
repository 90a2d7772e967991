import type { DiscoveryLexicon } from '../../discover/discovery-lexicon.js'

/** Dutch. */
export const discoveryNl: DiscoveryLexicon = {
  words: {
    pricing: ['prijzen', 'abonnementen', 'pakketten', 'tarieven', 'lidmaatschap', 'lidmaatschappen'],
    signup: ['abonneren', 'aanmelden', 'registreren', 'gratis proberen', 'proefperiode', 'account aanmaken', 'word lid'],
    help: ['hulp', 'klantenservice', 'veelgestelde vragen', 'faq', 'support'],
    contact: ['contact', 'neem contact op'],
    account: ['account', 'mijn account', 'inloggen', 'mijn gegevens'],
    cancel: ['opzeggen', 'opzegging', 'abonnement opzeggen', 'lidmaatschap opzeggen', 'contract opzeggen', 'hier opzeggen'],
    terms: ['algemene voorwaarden', 'voorwaarden', 'gebruiksvoorwaarden'],
  },
  weakWords: { cancel: ['annuleren'] },
  paths: {
    pricing: ['prijzen', 'abonnementen', 'tarieven'],
    signup: ['aanmelden', 'registreren'],
    help: ['hulp', 'klantenservice'],
    contact: ['contact'],
    account: ['account', 'inloggen', 'mijn-account'],
    cancel: ['opzeggen', 'opzegging'],
    terms: ['voorwaarden', 'algemene-voorwaarden'],
  },
  never: ['kopen', 'nu kopen', 'betalen', 'nu betalen', 'bestelling plaatsen', 'bestellen en betalen', 'in winkelwagen', 'uitloggen', 'afmelden', 'account verwijderen', 'downloaden'],
}
