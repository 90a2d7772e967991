import type { OrderButtonLexicon } from '../order-button.js'

/** French. The Code de la consommation names "commande avec obligation de paiement". */
export const orderButtonFr: OrderButtonLexicon = {
  obligations: [
    'commande avec obligation de paiement', 'commander avec obligation de paiement', 'acheter', 'acheter maintenant',
    's\'abonner et payer', 'commander et payer', 'valider et payer', 'abonnement payant',
  ],
  payVerbs: ['payer', 'payer maintenant', 'régler'],
  paymentMethods: ['avec paypal', 'par paypal', 'paypal', 'par carte', 'avec carte', 'par carte bancaire', 'apple pay', 'google pay'],
  orderVerbs: ['s\'abonner', 'abonnez-vous', 'commander', 'valider', 'commencer', 'démarrer', 'souscrire'],
  freeWords: ['gratuit', 'gratuitement', 'essai', 'essayer', 'offert'],
  paymentFields: ['numéro de carte', 'carte bancaire', 'date d\'expiration', 'cryptogramme', 'code de sécurité', 'iban', 'bic'],
  placeOrder: [
    'commander', 'passer la commande', 'passer commande', 'valider la commande', 'valider ma commande',
    'confirmer la commande', 'confirmer ma commande', 'payer', 'acheter', 'souscrire*', "s'abonner", 'abonnez-vous',
    "confirmer l'abonnement", "valider l'abonnement",
  ],
  toBasket: ['ajouter au panier', 'au panier', 'voir le panier', 'voir mon panier', 'passer à la caisse', 'aller au paiement', 'procéder au paiement'],
  clickPhrases: ['en cliquant sur', 'en cliquant', 'en appuyant sur', 'en sélectionnant', 'en validant'],
  paidChanges: ['passer à la formule', 'mettre à niveau', 'être prélevé', 'être facturé'],
}
