import type { UrgencyLexicon } from '../urgency.js'

/** Dutch. "Tijdelijk" alone is left out: "tijdelijk niet leverbaar" is about stock. */
export const urgencyNl: UrgencyLexicon = {
  deadlines: [
    // De actie eindigt of verloopt.
    'eindigt (over|binnenkort|vandaag|vanavond)', '(actie|aanbieding) eindigt', 'loopt (bijna )?af',
    'verloopt (over|binnenkort)',
    // Alleen vandaag, beperkte tijd.
    'alleen (nog )?vandaag', 'vandaag alleen', '(voor )?beperkte tijd', 'tijdelijke (actie|aanbieding)',
    'laatste (dag|uren)', '(flash sale|flitsactie|flitsaanbieding)', 'nog # (uur|dagen)',
    '(resterende tijd|afteller)', 'deal van de dag',
    // Binnen een termijn bestellen; een winkelwagen die even wordt vastgehouden.
    'bestel binnen', 'binnen de komende', 'gereserveerd in je winkelwagen', 'winkelwagen verloopt',
  ],
  timeUnits: ['dagen', 'dag', 'uur', 'uren', 'minuten', 'minuut', 'min', 'seconden', 'seconde', 'sec'],
  timeUnitLetters: ['d', 'u', 'm', 's'],
  secondsUnits: ['seconden', 'seconde', 'sec', 's'],
  countdownCues: ['over', 'binnen', 'voor', 'nog'],
  timeLeft: ['resterend', 'over'],
}
