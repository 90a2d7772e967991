import { describe, expect, it } from 'vitest'
import { type FlowRole, roleOf } from '../../../src/rules/lib/flows.js'

// Flow names as scenario authors write them, in the languages the tool reads: each family of words
// (a verb, its noun, their compounds) has to give the same role.
const NAMES: Record<FlowRole, string[]> = {
  signup: [
    'signup', 'sign-up', 'Sign up', 'signUp', 'signup-2', 'sign_up_trial', 'register', 'registration', 'join', 'subscribe', 'enroll', 'create-account',
    'Registrierung', 'anmeldung', 'abonnieren',
    'inscription', "s'inscrire", "s'abonner", 'créer-un-compte',
    'registrering', 'bli medlem', 'tilmelding', 'opret-konto', 'registrera',
    'registro', 'suscribirse', 'iscrizione', 'registrazione',
    'aanmelden', 'inschrijven', 'registratie',
  ],
  checkout: [
    'checkout', 'check-out', 'purchase', 'order', 'payment', 'cart',
    'kasse', 'Bestellung', 'bezahlung', 'warenkorb',
    'panier', 'paiement', 'commande', 'commander',
    'handlekurv', 'betaling', 'bestilling', 'kjøp',
    'indkøbskurv', 'køb',
    'kassa', 'varukorg', 'betalning', 'beställning',
    'carrito', 'pago', 'pedido', 'compra',
    'carrello', 'pagamento', 'acquisto',
    'afrekenen', 'bestelling', 'winkelwagen', 'betalen',
  ],
  cancel: [
    'cancel', 'cancellation', 'cancel-membership', 'cancelMembership', 'cancel_2', 'unsubscribe', 'terminate',
    'kündigen', 'kuendigen', 'Kündigung', 'vertragskündigung', 'abbestellen',
    'désabonnement', 'se désabonner', 'desabonnement', 'résiliation', 'résilier', 'resiliation', 'annuler', 'annulation', 'désinscription',
    'avmelding', 'avmelde', 'oppsigelse', 'si opp', 'meld av', 'meld-av', 'avslutte-abonnement',
    'opsigelse', 'afmelding', 'afslut-abonnement',
    'uppsägning', 'säg upp', 'avsluta', 'avanmälan',
    'cancelar', 'cancelación', 'darse de baja', 'baja', 'anular',
    'disdetta', 'disdire', 'annullare', 'annullamento', 'cancellazione',
    'opzeggen', 'opzegging', 'annuleren', 'uitschrijven', 'beëindigen',
  ],
  support: [
    'support', 'help', 'help-center', 'contact', 'customer-service',
    'hilfe', 'kontakt', 'kundenservice',
    'aide', 'assistance', 'service client',
    'hjelp', 'hjælp', 'hjälp', 'kundeservice', 'kundtjänst',
    'ayuda', 'soporte', 'contacto', 'aiuto', 'assistenza', 'contatti',
    'klantenservice', 'hulp',
  ],
  verify: ['verify', 'verification', 'revisit-account', 'recheck', 'after-cancel', 'afterCancel', 'check-status', 'überprüfen', 'vérification'],
}

describe('roleOf', () => {
  for (const [role, names] of Object.entries(NAMES) as [FlowRole, string[]][]) {
    it(`reads ${names.length} names as ${role}`, () => {
      const wrong = names.filter((name) => roleOf({ name }) !== role).map((name) => `${name} → ${roleOf({ name }) ?? 'none'}`)
      expect(wrong).toEqual([])
    })
  }

  it('gives a name that names two roles the more specific one', () => {
    expect(roleOf({ name: 'cancel-order' })).toBe('cancel')
    expect(roleOf({ name: 'contact-to-cancel' })).toBe('cancel')
    expect(roleOf({ name: 'after-cancellation' })).toBe('verify')
    expect(roleOf({ name: 'abonnement-kündigen' })).toBe('cancel')
  })

  it('leaves names of no role without one, and does not read a word inside another', () => {
    for (const name of ['reading', 'faq', 'terms', 'browse', 'login', 'homepage', 'annual-plan', 'paypal-settings', 'helmet', 'recontact']) {
      expect(roleOf({ name }), name).toBeUndefined()
    }
  })
})
