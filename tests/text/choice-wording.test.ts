import { describe, expect, it } from 'vitest'
import { choiceWording, isConsentChoice } from '../../src/text/choice-wording.js'
import { typedConfirmation } from '../../src/text/typed-confirmation.js'

describe('choiceWording', () => {
  it.each([
    ['Cancel membership', 'leave'],
    ['Continue to cancel', 'leave'],
    ['Yes, cancel', 'leave'],
    ['Keep my plan at 50% off', 'keep'],
    ['No, keep my plan', 'keep'],
    ['Keep reading at 50% off', 'keep'],
    ['Switch to Basic instead', 'keep'],
    ['Accept all', 'keep'],
    ["No thanks, I'd rather pay full price", 'decline'],
    ['Reject all', 'decline'],
    ['Mitgliedschaft kündigen', 'leave'],
    ['Abo behalten', 'keep'],
    ["Résilier l'abonnement", 'leave'],
    ['Cancelar suscripción', 'leave'],
    ['Lidmaatschap opzeggen', 'leave'],
  ])('%s → %s', (text, kind) => {
    expect(choiceWording(text).kind).toBe(kind)
  })

  it.each(['Cancel', 'Abbrechen', 'Annuler', 'Cancelar', 'Annuleren', 'Save changes', 'Update payment method', 'Sign out'])(
    'decoy: %s takes no side',
    (text) => {
      expect(choiceWording(text).match).toBe(false)
    },
  )

  it('a question is no option: it opens an answer', () => {
    expect(choiceWording('How do I cancel my subscription?').match).toBe(false)
  })

  it('leaves sentences alone: only button and link labels are options', () => {
    expect(choiceWording('You can cancel at any time from your account page, and we will keep your profiles for ten months.').match).toBe(false)
  })

  it('tells a consent banner by what it is about', () => {
    expect(isConsentChoice('div.cookie-banner "Cookie consent"')).toBe(true)
    expect(isConsentChoice('section.panel.offer-card "Stay for half price"')).toBe(false)
  })
})

describe('typedConfirmation', () => {
  it.each([
    ['Type CANCEL to confirm', 'CANCEL'],
    ['Please type "cancel my plan" below', 'cancel my plan'],
    ['Geben Sie KÜNDIGEN ein', 'KÜNDIGEN'],
    ['Tapez « RÉSILIER » pour confirmer', 'RÉSILIER'],
    ['Escribe CANCELAR para confirmar', 'CANCELAR'],
    ['Typ OPZEGGEN om te bevestigen', 'OPZEGGEN'],
  ])('%s → %s', (text, phrase) => {
    expect(typedConfirmation(text).phrase).toBe(phrase)
  })

  it.each(['Enter your email address', 'Type your name', 'Tell us more'])('decoy: %s', (text) => {
    expect(typedConfirmation(text).match).toBe(false)
  })
})
