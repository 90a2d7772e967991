import type { SubscriptionStatusLexicon } from '../subscription-status.js'

/** Dutch. */
export const subscriptionStatusNl: SubscriptionStatusLexicon = {
  ending: [
    'opgezegd', 'geannuleerd', 'beëindigd', 'eindigt op', 'loopt af op', 'verloopt op', 'actief tot',
    'wordt niet verlengd', 'geen verdere afschrijvingen', 'niet meer actief', 'inactief',
  ],
  continuing: ['wordt verlengd', 'verlengt op', 'verlengd op', 'volgende betaling', 'volgende afschrijving', 'verlengingsdatum', 'actief'],
  negations: ['niet', 'geen', 'nooit'],
  negatedEndingTemplates: ['{negations} …2 {ending}'],
}
