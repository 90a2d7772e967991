import { describe, expect, it } from 'vitest'
import { fieldAsks, labelMarksOptional, labelMarksRequired } from '../../src/text/form-fields.js'

describe('fieldAsks', () => {
  it.each([
    ['Model number', 'hardToHave'],
    ['Seriennummer', 'hardToHave'],
    ['Numéro de série', 'hardToHave'],
    ['Fecha de compra', 'hardToHave'],
    ['Aankoopbewijs', 'hardToHave'],
    ['Photo of the receipt', 'hardToHave'],
    ['Date of birth', 'birthDate'],
    ['Geburtsdatum', 'birthDate'],
    ['Telefonnummer', 'phone'],
    ['Numéro de téléphone', 'phone'],
    ['Teléfono', 'phone'],
    ['Gender', 'unrelated'],
    ['Hoe heeft u ons gevonden?', 'unrelated'],
    ['Mot de passe', 'credentials'],
    ['IBAN', 'payment'],
    ['Contract number', 'identification'],
    ['Kundennummer', 'identification'],
    ['Numéro de client', 'identification'],
    ['Your name', 'identification'],
    ['E-Mail-Adresse', 'identification'],
    ['How can we help?', 'message'],
    ['Ihre Nachricht', 'message'],
  ])('%s asks %s', (label, asks) => expect(fieldAsks(label)?.asks).toBe(asks))

  it('leaves a question about why the consumer leaves to the survey rules', () => {
    expect(fieldAsks('Why are you leaving?')).toBeUndefined()
    expect(fieldAsks('Warum kündigen Sie?')).toBeUndefined()
  })
})

describe('required and optional marks in labels', () => {
  it.each(['Kaufdatum *', '* Serial number', 'Phone (required)', 'Seriennummer (Pflichtfeld)', 'Téléphone (obligatoire)', 'Teléfono obligatorio', 'Telefoon (verplicht)'])(
    '%s is marked required',
    (label) => expect(labelMarksRequired(label)).toBe(true),
  )
  it.each(['Photo (optional)', 'Telefon (freiwillig)', 'Foto (facultatif)', 'Foto (opcional)', 'Foto (optioneel)', 'Phone'])('%s is not marked required', (label) =>
    expect(labelMarksRequired(label)).toBe(false),
  )
  it('tells an optional mark', () => expect(labelMarksOptional('Attach a photo (optional)')).toBe(true))
})
