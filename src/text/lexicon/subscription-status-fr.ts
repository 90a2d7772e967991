import type { SubscriptionStatusLexicon } from '../subscription-status.js'

/** French. The negation "ne … pas" is listed by its second part, which stands before the participle. */
export const subscriptionStatusFr: SubscriptionStatusLexicon = {
  ending: [
    'annulé', 'annulée', 'résilié', 'résiliée', 'prend fin le', 'se termine le', 'expire le', 'expiré',
    'actif jusqu*', 'active jusqu*', 'accès jusqu*', 'ne sera pas renouvelé', 'ne sera pas renouvelée',
    'ne sera plus prélevé', 'terminé', 'inactif',
  ],
  continuing: [
    'renouvelé le', 'se renouvelle', 'sera renouvelé', 'sera renouvelée', 'prochain prélèvement',
    'prochaine facturation', 'prochain paiement', 'date de renouvellement', 'actif', 'active',
  ],
  negations: ['pas', 'jamais'],
  negatedEndingTemplates: ['{negations} …2 {ending}'],
}
