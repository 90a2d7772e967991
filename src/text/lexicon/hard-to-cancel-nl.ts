import type { HardToCancelLexicon } from '../hard-to-cancel.js'

// Het adres van een contact- of hulppagina: "example.nl/contact", "www.example.nl/klantenservice".
const CONTACT_PAGE = '<site>/(contact|klantenservice|hulp|support|help)'

/** Dutch. Cancelling a contract is "opzeggen", a separable verb ("om op te zeggen", "zeg je … op");
 * "annuleren" is mostly said of orders. */
export const hardToCancelNl: HardToCancelLexicon = {
  cancel: [
    '(opzeg*|*opzeggen|opzegging*|op te zeggen)', '(zeg je|zegt u)', 'annuler*', 'beëindig*', 'stopzetten',
    'stop je abonnement',
  ],
  offlineRoutes: [
    // Bellen, een brief, een e-mail, de chat.
    '(bellen|bel ons|bel)', '(telefonisch|per telefoon)', 'per (post|brief|e-mail|mail)', '(brief|aangetekend|schriftelijk)',
    '(mail ons|mailen|stuur ons een e-mail)', 'via de chat',
    // De klantenservice.
    '(neem contact op|contact opnemen|contact op te nemen)', '(klantenservice|klantendienst)', 'contactformulier',
    '<phone>', '<email>', CONTACT_PAGE,
  ],
  onlineRoutes: [
    'online', '(in je|in uw|mijn|je|uw) account', 'mijn omgeving', 'op de website', 'in de app', 'instellingen',
    'zelf',
  ],
  clicks: ['(klik|klikken|knop)', '(tik|druk) op'],
  contactForms: ['contactformulier', 'formulier'],
  restrictions: [
    // Waar de gebruiker woont: "inwoners van", "woonachtig in", "klanten uit".
    '(inwoner*|woonachtig*|(klanten|leden) (in|uit))',
    'alleen voor',
  ],
  oneOff: ['bestelling*', 'order', 'reservering*', 'boeking*', 'artikel*', 'levering*', 'afspraak'],
  subscriptions: ['abonnement*', 'lidmaatschap*', 'contract', 'overeenkomst', 'account'],
  contactInstructions: ['neem contact op', 'bel ons', 'mail ons', 'stuur ons', '<phone>', '<email>', CONTACT_PAGE],
  questions: ['vragen', 'vraag', 'hulp'],
  outbound: ['bevestiging', 'je ontvangt', 'u ontvangt', 'we sturen je', 'wij sturen u'],
  requirements: ['moet', 'moeten', 'alleen', 'uitsluitend', 'enkel', 'verplicht', 'graag'],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  oneOffTemplates: ['{cancel} …3 {oneOff}', '{oneOff} …4 {cancel}'],
}
