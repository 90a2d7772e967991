import type { HardToCancelLexicon } from '../hard-to-cancel.js'

/** French. "Annuler" is mostly said of orders; the one-off check keeps those out. */
export const hardToCancelFr: HardToCancelLexicon = {
  cancel: [
    'résili*', 'annuler', 'annulez', 'annulation*', 'désabonner', 'désabonnement', 'désinscri*', 'mettre fin à',
    'arrêter votre abonnement',
  ],
  offlineRoutes: [
    'par téléphone', 'appelez', 'appelez-nous', 'appeler', 'en appelant', 'par courrier', 'courrier',
    'par lettre', 'lettre recommandée', 'recommandé', 'par écrit', 'par e-mail', 'par email', 'par mail',
    'par courriel', 'écrivez-nous', 'nous écrire', 'par chat', 'contactez', 'contacter', 'en contactant',
    'service client*', 'service clientèle', 'formulaire de contact', '<phone>', '<email>',
  ],
  onlineRoutes: [
    'en ligne', 'dans votre compte', 'votre espace client', 'espace client', 'mon compte', 'votre compte',
    'cliquez', 'cliquer', 'bouton', 'sur le site', "dans l'application", 'paramètres', 'en un clic', 'vous-même',
  ],
  contactForms: ['formulaire de contact', 'formulaire'],
  restrictions: ['uniquement pour', 'résidents', 'réservé aux'],
  oneOff: ['commande*', 'réservation*', 'article*', 'livraison*', 'rendez-vous'],
  subscriptions: ['abonnement*', 'adhésion', 'contrat*', 'forfait*', 'compte'],
  contactInstructions: [
    'contactez-nous', 'appelez-nous', 'écrivez-nous', 'nous contacter', 'contactez notre', '<phone>', '<email>',
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
