import type { ChoiceWordingLexicon } from '../choice-wording.js'

/** French. "Annuler" alone closes a form; ending a subscription is "résilier" or "annuler l'abonnement". */
export const choiceWordingFr: ChoiceWordingLexicon = {
  leave: [
    'résilier', 'résiliation', "annuler l'abonnement", 'annuler mon abonnement', 'annuler votre abonnement',
    "mettre fin à l'abonnement", 'mettre fin', 'se désabonner', 'désabonner', 'me désabonner',
    'continuer la résiliation', 'confirmer la résiliation', 'désabonnement', 'continuer le désabonnement',
  ],
  keep: [
    'garder', 'conserver', 'rester', 'je reste', 'accepter', "accepter l'offre", 'tout accepter', "profiter de l'offre",
    'en profiter', "j'en profite", 'passer à', 'ajouter', 'oui', 'mettre en pause', 'pause', 'renouveler',
  ],
  decline: ['non merci', 'non, merci', 'pas maintenant', 'refuser', 'tout refuser', 'continuer sans', 'ignorer', 'sans', 'non'],
  consentTopics: ['cookie*', 'témoin*', 'consentement', 'confidentialité', 'traceurs'],
  dismissal: ['annuler', 'fermer', 'retour', 'abandonner'],
}
