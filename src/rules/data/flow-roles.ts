import type { FlowRole } from '../../report/model.js'

// The words a scenario's flow names use for what a flow is for, by role and language. Entries are in
// the notation of src/text/phrase-pattern.ts: whole words, `*` lets a word run on ("résili*" is
// résilier and résiliation), `-` also matches a space or nothing ("sign-up" is signup, sign up,
// sign-up). Accents do not matter ("résili*" matches "resiliation" too), but a spelling that
// replaces a letter needs its own entry ("kuendig*" beside "kündig*"). Families of words, not single
// names, so that "avmelding", "meld-av" and "oppsigelse" all say cancel.

/** Roles in the order they are tried: a name that names two ("after-cancel", "cancel-order") takes
 * the first, so the most specific comes first. */
export const FLOW_ROLE_WORDS = {
  /** A flow that looks at the account again after cancelling. */
  verify: ['verif*', 'revisit*', 'recheck*', 'after-cancel*', 'check-status', 'confirm-status', 'überprüf*', 'kontroll*', 'controle*'],
  cancel: [
    // English, and Spanish, Italian and Portuguese cancelar, cancellare, cancelamento
    'cancel*', 'unsubscrib*', 'terminat*', 'rescind*',
    // German
    'kündig*', 'kuendig*', '*kündigung', '*kuendigung', 'abbestell*',
    // French
    'résili*', 'désabonn*', 'désinscri*', 'annul*',
    // Norwegian
    'avmeld*', 'meld-av', 'oppsig*', 'si-opp', 'avslut*',
    // Danish
    'opsig*', 'afmeld*', 'afslut*',
    // Swedish
    'uppsäg*', 'säg-upp', 'avanmäl*', 'avregistr*',
    // Spanish and Italian
    'baja', 'dar-de-baja', 'darse-de-baja', 'anul*', 'desuscri*', 'disdett*', 'disdire',
    // Dutch
    'opzeg*', 'uitschrij*', 'beëindig*',
  ],
  support: [
    'support*', 'help*', 'contact*', 'customer-service', 'customer-care',
    'hilfe', 'kontakt*', 'kundenservice', 'kundendienst',
    'aide', 'assistance', 'service-client',
    'hjelp', 'hjælp', 'hjälp', 'kundeservice', 'kundesenter', 'kundtjänst', 'kundservice',
    'ayuda', 'soporte', 'atención-al-cliente', 'aiuto', 'assistenza', 'contatt*',
    'klantenservice', 'hulp',
  ],
  checkout: [
    'check-out', 'purchas*', 'buy', 'buying', 'payment*', 'pay', 'order', 'ordering', 'place-order', 'cart', 'basket', 'shopping-cart',
    'kasse', 'bestel*', 'bezahl*', 'zahlung', 'warenkorb', 'kauf', 'kaufen',
    'panier', 'paiement', 'commande*', 'commander', 'achat', 'acheter', 'caisse',
    'handlekurv', 'handlevogn', 'betal*', 'bestil*', 'kjøp*', 'kurv', 'indkøbskurv', 'køb*',
    'kassa', 'varukorg', 'köp', 'köpa', 'beställ*',
    'carrito', 'cesta', 'pago', 'pagar', 'pedido', 'compra*',
    'carrello', 'pagament*', 'cassa', 'ordine', 'acquist*',
    'winkelwagen', 'winkelmand', 'afrekenen',
  ],
  signup: [
    'sign-up', 'regist*', 'join', 'joining', 'subscrib*', 'enrol*', 'create-account', 'onboard*', 'free-trial', 'start-trial',
    'anmeldung', 'abonnier*', 'konto-erstellen',
    'inscri*', 'abonner', 'enregistr*', 'créer-un-compte',
    'bli-medlem', 'opprett-konto', 'tilmeld*', 'opret-konto', 'bliv-medlem', 'skapa-konto',
    'suscribir*', 'darse-de-alta', 'crear-cuenta', 'iscri*', 'abbonar*', 'crea-account',
    'aanmeld*', 'inschrij*', 'abonneren', 'account-aanmaken',
  ],
} as const satisfies Record<FlowRole, readonly string[]>
