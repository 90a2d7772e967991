import { describe, expect, it } from 'vitest'
import { disclosesRenewal, hiddenRenewalTerms } from '../../src/text/renewal-disclosure.js'

describe('disclosesRenewal', () => {
  it('finds every term of a complete disclosure', () => {
    const text = 'Your subscription renews automatically at $9.99/month until you cancel. Cancel anytime in Account Settings.'
    expect(disclosesRenewal(text)).toMatchObject({
      renews: true,
      terms: { untilCancelled: true, price: true, period: true, howToCancel: true },
      missing: [],
    })
  })

  it.each([
    ['en', "After your free trial, you'll be charged $12.99 per month unless you cancel.", ['howToCancel']],
    ['en', 'Subscription auto-renews.', ['untilCancelled', 'price', 'period', 'howToCancel']],
    ['en', 'By joining you will be enrolled in our paid rewards club.', ['untilCancelled', 'price', 'period', 'howToCancel']],
    ['en', 'Recurring charge of £4 every 2 weeks. To stop, call 0800 000 111 before your next box ships — cancel by phone only.', ['untilCancelled']],
    ['de', 'Ihr Abo verlängert sich automatisch um einen Monat, sofern Sie nicht kündigen. Preis: 9,99 € pro Monat.', ['howToCancel']],
    ['fr', 'Votre abonnement est reconduit tacitement chaque mois pour 5 €.', ['untilCancelled', 'howToCancel']],
    ['es', 'Tu suscripción se renueva automáticamente cada mes por 4,99 €.', ['untilCancelled', 'howToCancel']],
    ['nl', 'Je abonnement wordt automatisch verlengd tot je opzegt.', ['price', 'period', 'howToCancel']],
  ])('%s: %s', (_lang, text, missing) => {
    const disclosure = disclosesRenewal(text)
    expect(disclosure.renews).toBe(true)
    expect(disclosure.missing).toEqual(missing)
  })

  it.each([
    'Free shipping on orders over $50.',
    'Renewal date: 12 March',
    'We will also email you to confirm your renewal.',
    'Pay $20 today, no subscription.',
    'Versandkostenfrei ab 29 € pro Bestellung.',
  ])('states no renewal: %s', (text) => {
    expect(disclosesRenewal(text)).toEqual({
      renews: false,
      terms: { untilCancelled: false, price: false, period: false, howToCancel: false },
      missing: [],
      evidence: [],
    })
  })
})

describe('hiddenRenewalTerms', () => {
  it('nominates a renewal statement and scores the share of terms left out', () => {
    const result = hiddenRenewalTerms('Subscription auto-renews.')
    expect(result.match).toBe(true)
    expect(result.score).toBe(1)
    expect(result.missing).toHaveLength(4)
  })

  it('scores a complete disclosure 0', () => {
    const result = hiddenRenewalTerms('Renews automatically at 10 € per month until you cancel. Cancel online in your account.')
    expect(result).toMatchObject({ match: true, score: 0, missing: [] })
  })

  it('does not fire without a renewal', () => {
    expect(hiddenRenewalTerms('One-time purchase: $30')).toEqual({ match: false, evidence: [], missing: [] })
  })
})
