import type { CheckoutTermsLexicon } from '../checkout-terms.js'

/** French. */
export const checkoutTermsFr: CheckoutTermsLexicon = {
  fees: ['frais', 'frais de service', 'frais de livraison', 'frais de port', 'frais de dossier', 'supplément', 'livraison', 'expédition'],
  delivery: ['livraison', 'frais de livraison', 'frais de port', 'expédition', "frais d'expédition"],
  freeDelivery: ['livraison (gratuite|offerte|incluse)', 'frais de port (offerts|gratuits|inclus)', 'expédition (gratuite|offerte)'],
  taxes: ['tva', 'taxe', 'taxes'],
  taxNotices: ['hors taxes', 'tva en sus', 'plus tva', 'calculée au paiement'],
  taxIncluded: ['ttc', 'toutes taxes comprises', 'taxes comprises', 'taxes incluses', 'tva incluse', 'tva comprise'],
  totals: ['total', 'total à payer', 'montant total', 'à payer'],
  notTotals: ['sous-total', 'sous total'],
  oneOff: ['acheter une fois', 'achat unique', 'sans abonnement', 'passer l\'essai', 'commander en tant qu\'invité', 'en tant qu\'invité'],
  paymentFields: ['numéro de carte', 'carte bancaire', 'titulaire de la carte', 'cryptogramme', 'code de sécurité', 'date d\'expiration', 'iban'],
  optionalConsents: ['newsletter*', 'lettre d\'information', 'offres', 'promotions', 'partenaires', 'tiers', 'marketing', 'publicité', 'partager mes données', 'partage de mes données', 'partage des données', 'actualités'],
  necessaryConsents: ['cgv', 'conditions générales', 'conditions d\'utilisation', 'politique de confidentialité', 'majeur', '# ans ou plus'],
}
