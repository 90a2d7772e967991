import type { UrgencyLexicon } from '../urgency.js'

/** Dutch. "Tijdelijk" alone is left out: "tijdelijk niet leverbaar" is about stock. */
export const urgencyNl: UrgencyLexicon = {
  deadlines: [
    'eindigt over', 'eindigt binnenkort', 'eindigt vandaag', 'eindigt vanavond', 'actie eindigt',
    'aanbieding eindigt', 'loopt af', 'loopt bijna af', 'verloopt over', 'verloopt binnenkort', 'alleen vandaag',
    'vandaag alleen', 'alleen nog vandaag', 'beperkte tijd', 'voor beperkte tijd', 'tijdelijke actie',
    'tijdelijke aanbieding', 'laatste dag', 'laatste uren', 'flash sale', 'flitsactie',
    'flitsaanbieding', 'nog # uur', 'nog # dagen', 'resterende tijd', 'afteller', 'gereserveerd in je winkelwagen',
    'winkelwagen verloopt', 'bestel binnen', 'binnen de komende', 'deal van de dag',
  ],
  timeUnits: ['dagen', 'dag', 'uur', 'uren', 'minuten', 'minuut', 'min', 'seconden', 'seconde', 'sec'],
  timeUnitLetters: ['d', 'u', 'm', 's'],
  secondsUnits: ['seconden', 'seconde', 'sec', 's'],
  countdownCues: ['over', 'binnen', 'voor', 'nog'],
  timeLeft: ['resterend', 'over'],
}
