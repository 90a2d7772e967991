import type { ConfirmationLexicon } from '../confirmation.js'

/** Dutch. */
export const confirmationNl: ConfirmationLexicon = {
  orderPlaced: [
    'bedankt voor je bestelling', 'bedankt voor uw bestelling', 'bedankt voor je aankoop', 'bedankt voor uw aankoop',
    'bestelling geplaatst', 'bestelling bevestigd', 'bestelling ontvangen', 'betaling geslaagd', 'betaling gelukt',
    'betaling ontvangen', 'betaling voltooid', 'abonnement geactiveerd', 'abonnement afgesloten', 'je bent nu lid',
    'u bent nu lid', '(boeking|reservering) (is )?(bevestigd|ontvangen|geplaatst)', 'bedankt voor (je|uw) (boeking|reservering)',
  ],
  cancelled: [
    'opgezegd', 'geannuleerd', 'opzegging bevestigd', 'opzegging ontvangen', 'beëindigd', 'eindigt op',
    'wordt niet verlengd',
  ],
  unsubscribed: ['uitgeschreven', 'afgemeld', 'ontvang je geen', 'ontvangt u geen'],
  references: ['bestelnummer', 'ordernummer', 'referentienummer', 'boekingsnummer', 'reserveringsnummer'],
  endTimings: ['direct', 'per direct', 'onmiddellijk', 'vandaag', 'aan het einde van', 'aan het eind van'],
  subjects: ['abonnement*', 'lidmaatschap', 'contract', 'account'],
  mailings: ['nieuwsbrief*', 'e-mails', 'mailings'],
  negations: ['niet', 'geen', 'nooit', 'mislukt'],
  negatedTemplates: ['{negations} …2 {cancelled}'],
}
