import type { DiscoveryLexicon } from '../../discover/discovery-lexicon.js'

/** French. */
export const discoveryFr: DiscoveryLexicon = {
  words: {
    pricing: ['tarifs', 'prix', 'offres', 'nos offres', 'abonnements', 'formules', 'abonnement', 'adhésion', 'adhésions', 'forfaits'],
    signup: ["s'abonner", "s'inscrire", 'inscription', 'essai gratuit', 'essayer gratuitement', 'créer un compte'],
    help: ['aide', "centre d'aide", 'faq', 'assistance', 'service client'],
    contact: ['contact', 'nous contacter', 'contactez-nous'],
    account: ['compte', 'mon compte', 'se connecter', 'connexion', 'espace client'],
    cancel: ['résilier', 'résiliation', 'résilier mon abonnement', 'annuler mon abonnement', "annuler l'abonnement", 'se désabonner', 'désabonnement'],
    terms: ['cgv', 'cgu', 'conditions générales', "conditions d'utilisation", 'conditions générales de vente', 'mentions légales'],
  },
  weakWords: { cancel: ['annuler'] },
  paths: {
    pricing: ['tarifs', 'offres', 'abonnements'],
    signup: ['inscription', 'abonnement'],
    help: ['aide', 'assistance'],
    contact: ['contact', 'nous-contacter'],
    account: ['compte', 'mon-compte', 'connexion'],
    cancel: ['resiliation', 'resilier', 'désabonnement', 'desabonnement'],
    terms: ['cgv', 'cgu', 'conditions-generales'],
  },
  never: ['acheter', 'payer', 'commander', 'passer la commande', 'commande avec obligation de paiement', 'ajouter au panier', 'se déconnecter', 'déconnexion', 'supprimer mon compte', 'télécharger'],
}
