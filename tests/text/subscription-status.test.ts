import { describe, expect, it } from 'vitest'
import { subscriptionStatus } from '../../src/text/subscription-status.js'

describe('subscriptionStatus', () => {
  it.each([
    ['Your Digital plan renews on 14 March 2026.', 'continuing'],
    ['Active', 'continuing'],
    ['Next billing date: 14 March 2026', 'continuing'],
    ['Your subscription has not been cancelled.', 'continuing'],
    ['Ihr Abo verlängert sich am 1. März 2026.', 'continuing'],
    ["Votre abonnement n'a pas été annulé.", 'continuing'],
    ['Tu suscripción se renueva el 1 de marzo.', 'continuing'],
    ['Je abonnement wordt verlengd op 1 maart.', 'continuing'],
    ['Cancelled — access until 14 March 2026', 'ending'],
    ['Active until 30 June 2026, then cancelled.', 'ending'],
    ['Your subscription has been cancelled. Active until 30 June 2026.', 'ending'],
    ['Your plan will not renew.', 'ending'],
    ['Ihr Abo wurde zum 14. März 2026 gekündigt.', 'ending'],
    ["Abonnement résilié, actif jusqu'au 30 juin", 'ending'],
    ['Suscripción cancelada. Activa hasta el 30 de junio.', 'ending'],
    ['Abonnement opgezegd, actief tot 30 juni.', 'ending'],
    ['Subscriber since March 2025', 'silent'],
    ['Edit profile', 'silent'],
  ])('%s → %s', (text, state) => {
    expect(subscriptionStatus(text).state).toBe(state)
  })

  it('gives the phrases that decided', () => {
    expect(subscriptionStatus('Your Digital plan renews on 14 March 2026.').evidence).toEqual(['renews on'])
  })
})
