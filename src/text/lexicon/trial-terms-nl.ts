import type { TrialTermsLexicon } from '../trial-terms.js'

/** Dutch. */
export const trialTermsNl: TrialTermsLexicon = {
  offers: [
    'gratis proberen', 'probeer gratis', 'gratis proefperiode', 'gratis op proef', '# dagen gratis', '# weken gratis',
    'eerste maand gratis', 'eerste box gratis', 'vandaag € 0', 'vandaag €0', 'vandaag niets betalen',
  ],
  notTrials: ['gratis verzending', 'gratis bezorging', 'gratis retour*', 'gratis e-book', 'gratis recept*', 'glutenvrij'],
  conversions: [
    'daarna', 'vervolgens', 'na de proefperiode', 'na afloop', 'na # dagen', 'na # weken', 'wordt afgeschreven',
    'wordt in rekening gebracht', 'wordt verlengd', 'vanaf',
  ],
  prices: ['<amount>'],
  lengths: ['# dagen', '# weken', '# week', '# maanden', '# maand', 'een week', 'een maand', 'zeven dagen'],
  conversionTemplates: ['{conversions} …8 {prices}', '{prices} …6 {conversions}'],
}
