import { describe, expect, it } from 'vitest'
import { cookieChoice, mentionsCookies } from '../../src/text/cookie-consent.js'

describe('cookieChoice', () => {
  it.each([
    ['Accept all', 'accept'],
    ['Allow cookies', 'accept'],
    ['I agree', 'accept'],
    ['Alle akzeptieren', 'accept'],
    ['Tout accepter', 'accept'],
    ['Aceptar todas', 'accept'],
    ['Alles accepteren', 'accept'],
    ['Reject all', 'refuse'],
    ['Decline', 'refuse'],
    ['Accept only necessary', 'refuse'],
    ['Only accept necessary cookies', 'refuse'],
    ['Continue without accepting', 'refuse'],
    ['Alle ablehnen', 'refuse'],
    ['Nur notwendige Cookies', 'refuse'],
    ['Tout refuser', 'refuse'],
    ['Rechazar todo', 'refuse'],
    ['Alleen noodzakelijke cookies', 'refuse'],
    ['Manage settings', 'settings'],
    ['Cookie settings', 'settings'],
    ['Customise', 'settings'],
    ['Einstellungen', 'settings'],
    ['Personnaliser', 'settings'],
  ])('%s is %s', (label, choice) => {
    expect(cookieChoice(label)?.choice).toBe(choice)
  })

  it.each(['Privacy policy', 'Learn more', 'Subscribe', 'Do you accept cookies?', 'We use cookies to make this site work and to show you offers you may like'])(
    'decoy: %s is no choice',
    (label) => {
      expect(cookieChoice(label)).toBeUndefined()
    },
  )
})

describe('mentionsCookies', () => {
  it.each(['We use cookies to improve your experience.', 'Wir verwenden Cookies und ähnliche Technologien.', 'Ce site utilise des traceurs.'])('%s is about cookies', (text) => {
    expect(mentionsCookies(text).match).toBe(true)
  })

  it.each(['I accept the terms and the privacy policy.', 'Your personal data is safe with us.', 'Fresh cookies delivered daily'])('decoy: %s', (text) => {
    // The last is about biscuits, but the word decides here: the banner's buttons decide the rest.
    expect(mentionsCookies(text).match).toBe(text.startsWith('Fresh'))
  })
})
