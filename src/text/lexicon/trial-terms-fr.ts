import type { TrialTermsLexicon } from '../trial-terms.js'

/** French. */
export const trialTermsFr: TrialTermsLexicon = {
  offers: [
    'essai gratuit', 'essayez gratuitement', 'essai offert', 'gratuit pendant # jours', 'gratuit pendant # semaines',
    '# jours gratuits', '# jours offerts', 'premier mois offert', 'premier mois gratuit', 'première box offerte',
    '0 € aujourd\'hui', 'rien à payer aujourd\'hui',
  ],
  notTrials: ['livraison gratuite', 'livraison offerte', 'retours gratuits', 'e-book gratuit', 'recette* gratuite*', 'sans gluten'],
  conversions: [
    'puis', 'ensuite', 'après l\'essai', 'après votre essai', 'à la fin de l\'essai', 'à la fin de votre essai',
    'après # jours', 'sera facturé', 'seront facturés', 'sera prélevé', 'se renouvelle', 'à partir du',
  ],
  prices: ['<amount>'],
  lengths: ['# jours', '# semaines', '# semaine', '# mois', 'une semaine', 'un mois', 'sept jours'],
  conversionTemplates: ['{conversions} …8 {prices}', '{prices} …6 {conversions}'],
}
