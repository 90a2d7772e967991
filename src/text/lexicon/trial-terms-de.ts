import type { TrialTermsLexicon } from '../trial-terms.js'

/** German. */
export const trialTermsDe: TrialTermsLexicon = {
  offers: [
    'kostenlos testen', 'gratis testen', 'kostenlose testphase', 'kostenloser testzeitraum', 'kostenlosen testzeitraum',
    'gratis-test*', 'probeabo', 'kostenloses probeabo', 'probemonat', 'gratismonat', '# tage kostenlos',
    '# tage gratis', '# wochen kostenlos', '# monate kostenlos', 'erste box gratis', 'erste box kostenlos',
    'heute 0 €', 'heute 0,00 €', '0 € heute', 'heute nichts zahlen',
  ],
  notTrials: ['kostenloser versand', 'versandkostenfrei', 'kostenlose lieferung', 'gratis-rezept*', 'kostenloses e-book', 'glutenfrei', 'laktosefrei'],
  conversions: [
    'danach', 'anschließend', 'im anschluss', 'ab dann', 'nach der testphase', 'nach dem testzeitraum',
    'nach ablauf', 'nach # tagen', 'nach # wochen', 'wird berechnet', 'werden berechnet', 'wird abgebucht',
    'verlängert sich', 'kostet', 'ab dem',
  ],
  prices: ['<amount>'],
  lengths: ['# tage', '# tagen', '# wochen', '# woche', '# monate', '# monat', '#-tägig*', 'eine woche', 'einen monat', 'sieben tage', '14 tage', '30 tage'],
  conversionTemplates: ['{conversions} …8 {prices}', '{prices} …6 {conversions}'],
}
