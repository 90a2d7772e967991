import type { TrickQuestionLexicon } from '../trick-question.js'

/** French. "Ne … pas" counts once, by its "pas". */
export const trickQuestionFr: TrickQuestionLexicon = {
  boxActions: ['cochez', 'cocher', 'coché', 'cochée', 'case', 'sélectionnez', 'sélectionner', 'cliquez'],
  boxNegations: ['décochez', 'décocher', 'décoché', 'décochée', 'laissez vide', 'laisser vide', 'laissez la case vide'],
  negations: ['pas', 'jamais', 'aucun*', 'rien', 'ni'],
  consentTopics: [
    'recevoir', 'contact*', 'newsletter*', 'e-mail*', 'email*', 'courriel*', 'offres', 'promotion*',
    'informations', 'informé*', 'actualités', 'partag*', 'partenaires', 'tiers', 'sms', 'communications',
  ],
  conditions: ['si vous', 'si tu', "s'il vous", 'au cas où vous'],
  negatedActionTemplates: ['{negations} …2 {boxActions}', '{boxActions} …2 {negations}'],
  refusalTemplates: ['{conditions} …3 {negations}'],
  optOuts: ['désabonner', 'désabonnement', 'désinscrire', 'désinscription', 'retirer mon consentement'],
}
