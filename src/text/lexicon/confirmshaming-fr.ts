import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** French. Negation wraps the verb ("je n'aime pas", "je ne veux pas"), and the refusal entries keep
 * both halves together. */
export const confirmshamingFr: ConfirmshamingLexicon = {
  openers: ['non,? merci', 'non', "pas (maintenant|aujourd'hui)", 'plus tard', 'sans façon', 'passer'],
  refusals: [
    // Ne pas vouloir, ne pas aimer, ne pas avoir besoin.
    "je n'(aime|apprécie) pas", "je ne (veux|souhaite|désire) pas( de| d')?", "je n'ai pas besoin (de|d')",
    // Un proche s'en passe : l'animal, la famille.
    "(mon (chien|chat|animal|enfant)|ma famille|mes enfants) (n'a|n'ont) pas besoin (de|d')",
    'je (déteste|hais)', 'je préfère ne pas',
    // S'en passer, y renoncer.
    'je (préfère me passer|me passe|me passerai) de', 'je renonce (à|aux)', 'je (laisse passer|rate)',
    'je ne suis pas intéressée? par', "qui a besoin (de|d')",
  ],
  benefits: [
    '(économi*|épargne*|argent)', '(réduction*|remise*|rabais|soldes|promo*|offre*)',
    '(bon plan|bons plans|bonne affaire*|bonnes affaires)', '(gratuit*|cadeau*|livraison offerte)',
    '(meilleur*|avantage*|moins cher)', '(gagner|chance)', '(protection|protéger)', '(informé*|au courant)',
    '#%( de réduction)?',
  ],
  choices: [
    'je (préfère|vais|paierai|payerai|paie|paye|reste|resterai|prends|choisis de)', "j'(aime|adore)",
  ],
  losses: [
    // Payer plus que l'offre : plein tarif, frais de port.
    '(payer )?(plein tarif|prix fort|prix plein|prix normal|prix complet)', 'payer plus( cher)?', 'plus cher',
    'frais de (port|livraison)', 'sans (réduction|remise|protection)',
    "(mal informé*|dans l'ignorance)", 'à la dure', 'passer à côté',
    // Prendre le risque soi-même.
    '((prends|prendre|assume|assumer) (le|ce|tous les) risque(s)?|à mes risques( et périls)?)',
  ],
  notForMe: ['(pas|très peu) pour moi', "(ce n'est )?pas mon truc"],
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
