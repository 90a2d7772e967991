import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** French. Negation wraps the verb ("je n'aime pas", "je ne veux pas"), and the refusal entries keep
 * both halves together. */
export const confirmshamingFr: ConfirmshamingLexicon = {
  openers: ['non merci', 'non, merci', 'non', 'pas maintenant', 'plus tard', 'sans façon', 'passer'],
  refusals: [
    "je n'aime pas", 'je ne veux pas', 'je ne veux pas de', 'je ne souhaite pas', "je n'ai pas besoin de",
    "je n'ai pas besoin d'", 'je déteste', 'je préfère ne pas', 'je préfère me passer de', 'je me passe de',
    'je renonce à', 'je renonce aux', 'je ne suis pas intéressé par', 'je ne suis pas intéressée par',
    'je laisse passer', 'je rate', 'qui a besoin de',
  ],
  benefits: [
    'économi*', 'épargne*', 'réduction*', 'remise*', 'promo*', 'offre*', 'bon plan', 'bons plans', 'bonnes affaires', 'gratuit*',
    'cadeau*', 'argent', 'rabais', 'soldes', 'meilleur*', 'avantage*', 'gagner', 'chance', 'bonne affaire*',
    'livraison offerte', 'moins cher', 'protection', 'protéger', 'informé*', 'au courant', '#%', '#% de réduction',
  ],
  choices: [
    'je préfère', 'je vais', 'je paierai', 'je payerai', 'je paie', 'je paye', 'je reste', 'je resterai',
    'je prends', 'je choisis de', "j'aime", "j'adore",
  ],
  losses: [
    'plein tarif', 'prix fort', 'prix plein', 'prix normal', 'prix complet', 'payer plus', 'payer plus cher',
    'plus cher', 'frais de port', 'frais de livraison', 'mal informé*', "dans l'ignorance", 'à la dure',
    'sans réduction', 'sans remise', 'sans protection', 'passer à côté',
  ],
  notForMe: ['pas pour moi', 'très peu pour moi', 'ce n\'est pas mon truc'],
  ordinary: [
    'recevoir', 'reçevoir', 'e-mail*', 'email*', 'mail*', 'courriel*', 'newsletter*', "lettre d'information",
    'sms', 'notification*', 'être contacté*', 'abonner', "m'abonner", "m'inscrire", 'cookies', 'carte',
    'mot de passe', 'adresse', 'mes données', 'données', 'enregistrer', 'paramètres', 'panier',
  ],
  inverters: ['rater', 'manquer', 'perdre', 'payer', 'dépenser', 'gaspiller'],
  negations: ['pas', 'jamais', 'aucun*', 'rien'],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
