import { describe, expect, it } from 'vitest'
import { dateIn } from '../../../src/text/dates.js'
import { mentionOf, mentions } from '../../../src/text/match-topic.js'

describe('topic words', () => {
  it.each([
    ['Send me offers and news from selected partners', 'marketing', 'offers'],
    ['Ja, ich möchte den Newsletter erhalten', 'marketing', 'Newsletter'],
    ['Newsletteranmeldung', 'marketing', 'Newsletteranmeldung'],
    ['Vertragskündigung', 'cancel', 'Vertragskündigung'],
    ['Share my data with third parties', 'partners', 'third parties'],
    ['Hilfe & Kontakt', 'help', 'Hilfe'],
    ['Your subscription has been cancelled', 'cancelled', 'cancelled'],
    ['Ihr Abo wurde gekündigt', 'cancelled', 'gekündigt'],
    ['Your add-ons', 'addOn', 'add-ons'],
  ] as const)('finds %s as %s', (text, topic, words) => {
    expect(mentionOf(text, topic)?.toLowerCase()).toBe(words.toLowerCase())
  })

  it.each([
    ['Billing address same as shipping', 'marketing'],
    ['Remember me', 'marketing'],
    ['I agree to the Terms of Service and Privacy Policy', 'marketing'],
    ['Cancel membership', 'cancelled'],
    ['planet', 'subscription'],
  ] as const)('does not find %s as %s', (text, topic) => {
    expect(mentions(text, topic)).toBe(false)
  })

  it('reads typographic apostrophes as plain ones', () => {
    expect(mentions('You won’t be charged again', 'cancelled')).toBe(true)
  })
})

describe('dates', () => {
  it.each([
    ['You keep access until 23 December 2026.', '23 December 2026'],
    ['renews on December 23, 2026', 'December 23, 2026'],
    ['Es endet am 23.12.2026.', '23.12.2026'],
    ['bis zum 23. Dezember 2026', '23. Dezember 2026'],
    ['on 2026-12-23', '2026-12-23'],
    ['next charge 12/23/2026', '12/23/2026'],
  ])('finds the date in %s', (text, date) => {
    expect(dateIn(text)).toBe(date)
  })

  it.each(['© 2026 Streamly', 'You may cancel at any time', '$9.99/mo for 12 months', 'Call 555-0100'])('finds no date in %s', (text) => {
    expect(dateIn(text)).toBeUndefined()
  })
})
