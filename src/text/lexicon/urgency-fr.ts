import type { UrgencyLexicon } from '../urgency.js'

/** French. */
export const urgencyFr: UrgencyLexicon = {
  deadlines: [
    // L'offre se termine ou expire.
    '(se termine|termine|finit|prend fin|expire) dans', "se termine (bientôt|aujourd'hui)", 'expire bientôt',
    "(l'offre se termine|fin de l'offre)",
    // Aujourd'hui seulement, durée limitée.
    "aujourd'hui (seulement|uniquement)", "(seulement|uniquement) aujourd'hui", '(temps|durée) limitée?',
    'pour une durée limitée', 'offre limitée', '(derniers jours|dernières heures)', '(vente|offre) flash',
    'plus que # (heures|jours)', '(compte à rebours|temps restant)', 'offre du jour',
    // Commander dans un délai ; un panier gardé un moment.
    'commandez dans les', 'dans les prochaines', 'réservé dans votre panier', 'panier expire',
  ],
  timeUnits: ['jours', 'jour', 'heures', 'heure', 'minutes', 'minute', 'min', 'mn', 'secondes', 'seconde', 'sec'],
  timeUnitLetters: ['j', 'h', 'm', 's'],
  secondsUnits: ['secondes', 'seconde', 'sec', 's'],
  countdownCues: ['dans', 'pendant', 'encore', 'sous'],
  timeLeft: ['restant', 'restantes', 'restants'],
}
