import { describe, expect, it } from 'vitest'
import { urgency } from '../../src/text/urgency.js'

describe('urgency', () => {
  describe('nominates countdowns and limited-time wording', () => {
    it.each([
      ['en', 'Offer ends in 10:00'],
      ['en', 'Only today'],
      ['en', 'Our summer sale ends soon, shop the last sizes'],
      ['en', 'Limited time only'],
      ['en', 'Ends in 2d 4h 13m'],
      ['en', 'SPRING DEALS 03:12:09'],
      ['en', '1 HRS 22 MINS 10 SECS'],
      ['en', 'Your basket is reserved for 14:59'],
      ['en', 'DAYS HOURS MINUTES SECONDS'],
      ['de', 'Angebot endet in 2 Std. 14 Min.'],
      ['de', 'Nur heute: 20% auf alles'],
      ['fr', "L'offre se termine dans 02:13:45"],
      ['fr', 'Vente flash : -30 % pendant 48 heures'],
      ['es', 'Solo hoy: envío gratis'],
      ['es', 'Oferta por tiempo limitado'],
      ['nl', 'Alleen vandaag: 10% korting'],
      ['nl', 'Actie eindigt over 3 uur'],
    ])('%s: %s', (_lang, text) => {
      const result = urgency(text)
      expect(result.match).toBe(true)
      expect(result.evidence.length).toBeGreaterThan(0)
    })
  })

  describe('knows each family of English deadline wording in its spellings', () => {
    it.each([
      // The offer ends or expires.
      ['Promo expires tonight', 'Sale ending at midnight', 'Discount expiring soon', 'The promo ends Sunday'],
      // Time running out.
      ["Time's almost up!", 'Running out of time to save'],
      // This one only.
      ['3 days only: 20% off', 'Only this weekend', 'Final days of the sale', 'Last day to save'],
      // Flash deals and one-time offers.
      ['Lightning offer', 'Offer of the day', 'One-time deal for new members'],
      // Buying within a time, before the price goes up.
      ['Buy within 2 hours for same-day dispatch', 'Purchase in the next hour', 'Prices rise tomorrow'],
      // A cart held for a while.
      ['Items in your bag are reserved', 'Your items have been reserved', 'Reserved in your bag', 'Your basket will expire'],
    ])('%s', (...texts) => {
      for (const text of texts) expect(urgency(text, { lang: 'en' }).match, text).toBe(true)
    })

    it.each([
      ['de', 'Reserviert für dich: 15:00 Minuten'],
      ['fr', 'Offre limitée : se termine aujourd’hui'],
      ['es', 'Venta relámpago, solo por hoy'],
      ['nl', 'Nog 3 dagen: tijdelijke aanbieding'],
    ])('and in the other languages, %s: %s', (lang, text) => {
      expect(urgency(text, { lang }).match).toBe(true)
    })

    it.each([
      'Only members see this', 'The sale is over', 'Reserve your table', 'Your basket', 'Prices rise with demand',
      'Valid this week', 'One-time setup fee',
    ])('leaves %j alone', (text) => {
      expect(urgency(text, { lang: 'en' }).match).toBe(false)
    })
  })

  describe('leaves opening hours, durations, delivery times and stock alone', () => {
    it.each([
      'Open Monday to Friday 9:00–17:00',
      'Store hours: 10:00 - 18:00',
      'Call between 08:00 and 20:00',
      'Delivery in 2-3 days',
      'Free returns within 30 days',
      'Just 4 pairs in stock',
      'Hurry, almost gone',
      'Last chance: a single pair remains',
      'Posted 3 hours ago',
      'Bought by Sam 10 minutes ago',
      'Size: 2 m x 3 m',
      'Battery lasts 10 hours',
      'Runtime 1 h 45 min',
      'Cook for 1 hour 20 minutes',
      'Valid until 31 December 2026',
      'Öffnungszeiten: Mo–Fr 9:00–18:00',
      'Livraison en 48 heures',
    ])('%s', (text) => {
      expect(urgency(text)).toEqual({ match: false, evidence: [] })
    })
  })

  it('scores a countdown with a deadline above limited-time wording alone', () => {
    expect(urgency('Offer ends in 01:59:59').score).toBe(1)
    expect(urgency('03:12:09').score).toBe(0.9)
    expect(urgency('A limited time treat for members').score).toBe(0.7)
  })
})
