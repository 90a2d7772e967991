import type { UrgencyLexicon } from '../urgency.js'

/** French. */
export const urgencyFr: UrgencyLexicon = {
  deadlines: [
    'se termine dans', 'se termine bientôt', "se termine aujourd'hui", 'termine dans', 'finit dans',
    'prend fin dans', 'expire dans', 'expire bientôt', "l'offre se termine", "fin de l'offre",
    "aujourd'hui seulement", "seulement aujourd'hui", "uniquement aujourd'hui", "aujourd'hui uniquement",
    'temps limité', 'durée limitée', 'pour une durée limitée', 'offre limitée', 'derniers jours',
    'dernières heures', 'vente flash', 'offre flash', 'plus que # heures', 'plus que # jours', 'compte à rebours',
    'temps restant', 'réservé dans votre panier', 'panier expire', 'commandez dans les', 'dans les prochaines',
    'offre du jour',
  ],
  timeUnits: ['jours', 'jour', 'heures', 'heure', 'minutes', 'minute', 'min', 'mn', 'secondes', 'seconde', 'sec'],
  timeUnitLetters: ['j', 'h', 'm', 's'],
  secondsUnits: ['secondes', 'seconde', 'sec', 's'],
  countdownCues: ['dans', 'pendant', 'encore', 'sous'],
  timeLeft: ['restant', 'restantes', 'restants'],
}
