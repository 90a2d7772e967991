import type { ConfirmationLexicon } from '../confirmation.js'

/** French. "Résiliable" is left out of `cancelled`: it says a contract can end, not that it did. */
export const confirmationFr: ConfirmationLexicon = {
  orderPlaced: [
    'merci pour votre commande', 'merci de votre commande', 'merci pour ta commande', 'merci pour votre achat',
    'merci de votre achat', 'merci pour ton achat', 'commande confirmée', 'commande validée', 'commande enregistrée',
    'commande passée', 'commande effectuée', 'paiement effectué', 'paiement réussi', 'paiement accepté',
    'paiement validé', 'paiement confirmé', 'achat effectué', 'achat confirmé', 'abonnement souscrit',
    'abonnement activé', 'abonnement confirmé', 'vous êtes abonné*', 'tu es abonné*', 'vous êtes maintenant abonné*',
    'bienvenue parmi nos abonnés',
    'réservation (confirmée|enregistrée|effectuée)', 'merci (pour|de) (votre|ta) réservation',
  ],
  cancelled: [
    'résilié', 'résiliée', 'résiliation confirmée', 'résiliation enregistrée', 'résiliation effectuée', 'annulé',
    'annulée', 'abonnement annulé', 'désabonné*', 'prendra fin', 'ne sera pas renouvelé', 'ne sera pas renouvelée',
    'ne serez plus prélevé', 'ne serez plus facturé',
  ],
  unsubscribed: ['désinscrit*', 'désabonné*', 'ne recevrez plus', 'ne recevras plus'],
  references: ['numéro de commande', 'commande #', 'commande n°', 'référence de commande', 'numéro de confirmation', 'numéro de réservation', 'référence de réservation'],
  endTimings: [
    'immédiatement', 'dès maintenant', 'dès aujourd\'hui', 'aujourd\'hui', 'à la fin de', 'à la fin du', 'à l\'échéance',
    'fin de la période',
  ],
  subjects: ['abonnement*', 'adhésion', 'contrat', 'forfait', 'offre', 'compte'],
  mailings: ['newsletter*', 'infolettre*', 'lettre d\'information', 'e-mails', 'courriels'],
  negations: ['pas', 'jamais', 'échoué', 'refusé'],
  negatedTemplates: ['{negations} …2 {cancelled}', '{orderPlaced} …2 {negations}'],
}
