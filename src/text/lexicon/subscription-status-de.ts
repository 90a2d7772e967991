import type { SubscriptionStatusLexicon } from '../subscription-status.js'

/** German. */
export const subscriptionStatusDe: SubscriptionStatusLexicon = {
  ending: [
    'gekündigt', 'storniert', 'beendet', 'endet am', 'endet zum', 'läuft aus', 'läuft am', 'ausgelaufen',
    'gültig bis', 'aktiv bis', 'zugang bis', 'wird nicht verlängert', 'verlängert sich nicht',
    'keine weiteren abbuchungen', 'nicht mehr aktiv', 'inaktiv',
  ],
  continuing: [
    'verlängert sich', 'wird verlängert', 'verlängerung am', 'nächste abbuchung', 'nächste zahlung',
    'nächste abrechnung', 'aktiv',
  ],
  negations: ['nicht', 'kein*', 'nie'],
  negatedEndingTemplates: ['{negations} …2 {ending}'],
}
