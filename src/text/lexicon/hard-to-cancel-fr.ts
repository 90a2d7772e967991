import type { HardToCancelLexicon } from '../hard-to-cancel.js'

// L'adresse d'une page de contact ou d'aide : « example.fr/contact », « www.example.fr/aide ».
const CONTACT_PAGE = '<site>/(contact|contactez-nous|aide|assistance|service-client|support|help)'

/** French. "Annuler" is mostly said of orders; the one-off check keeps those out. */
export const hardToCancelFr: HardToCancelLexicon = {
  cancel: [
    'résili*', '(annuler|annulez|annulation*)', '(désabonner|désabonnement|désinscri*)', 'mettre fin à',
    'arrêter votre abonnement',
  ],
  offlineRoutes: [
    // Un appel, une lettre, un e-mail, un chat.
    'par (téléphone|courrier|lettre|écrit|e-mail|mail|courriel|chat)', '(appelez|appelez-nous|appeler|en appelant)',
    '(courrier|lettre recommandée|recommandé)', '(écrivez-nous|nous écrire)',
    // Le service client.
    '(contactez|contacter|en contactant)', 'service (client*|clientèle)', 'formulaire de contact', '<phone>', '<email>',
    CONTACT_PAGE,
  ],
  onlineRoutes: [
    'en ligne', '(dans votre|votre|mon) compte', '(votre )?espace client', 'sur le site', "dans l'application",
    'paramètres', 'vous-même',
  ],
  clicks: ['(cliquez|cliquer|en un clic|bouton)', '(appuyez|appuyer|touchez) sur'],
  contactForms: ['formulaire de contact', 'formulaire'],
  restrictions: [
    // Le lieu de résidence : « résidents de », « clients résidant en », « domiciliés en ». Pas « clients
    // en … » : « en ligne » n'est pas un lieu.
    '(résid*|domicili*)',
    'uniquement pour', 'réservé aux',
  ],
  oneOff: ['commande*', 'réservation*', 'article*', 'livraison*', 'rendez-vous'],
  subscriptions: ['abonnement*', 'adhésion', 'contrat*', 'forfait*', 'compte'],
  contactInstructions: [
    'contactez-nous', 'appelez-nous', 'écrivez-nous', 'nous contacter', 'contactez notre', '<phone>', '<email>',
    CONTACT_PAGE,
  ],
  questions: ['question*', 'aide'],
  outbound: ['confirmation', 'vous recevrez', 'nous vous enverrons', 'nous vous informerons'],
  requirements: [
    'doit', 'doivent', 'uniquement', 'seulement', 'exclusivement', 'merci de', 'veuillez', 'nécessaire',
    'obligatoire',
  ],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  oneOffTemplates: ['{cancel} …3 {oneOff}', '{oneOff} …4 {cancel}'],
}
