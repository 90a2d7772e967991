import { describe, expect, it } from 'vitest'
import { trickQuestion } from '../../src/text/trick-question.js'

describe('trickQuestion', () => {
  describe('fires on double negatives in a consent sentence', () => {
    it.each([
      ['en', 'Untick if you would prefer not to not receive our newsletter', 1],
      ['en', 'Uncheck this box if you do not wish to not be contacted', 1],
      ['en', 'Do not tick this box if you do not want to receive offers.', 0.8],
      ['en', 'If you would rather not hear about our offers, please make sure the box is not checked.', 0.8],
      ['de', 'Kreuzen Sie nicht an, wenn Sie keine Angebote nicht erhalten möchten', 1],
      ['fr', 'Décochez cette case si vous ne souhaitez pas recevoir nos offres.', 0.8],
      ['es', 'Desmarca la casilla si no deseas recibir publicidad.', 0.8],
      ['nl', 'Vink niet aan als u geen nieuwsbrief wilt ontvangen.', 0.8],
    ])('%s: %s', (_lang, text, score) => {
      const result = trickQuestion(text)
      expect(result.match).toBe(true)
      expect(result.score).toBe(score)
    })
  })

  describe('fires on a box ticked to refuse', () => {
    it.each([
      ['en', 'If you do not want to receive our emails, tick this box.'],
      ['de', 'Kreuzen Sie dieses Feld an, wenn Sie keine Werbung erhalten möchten.'],
      ['fr', 'Cochez cette case si vous ne souhaitez pas recevoir nos offres.'],
      ['es', 'Marque esta casilla si no desea recibir publicidad.'],
      ['nl', 'Vink dit vakje aan als u geen nieuwsbrief wilt ontvangen.'],
    ])('%s: %s', (_lang, text) => {
      const result = trickQuestion(text)
      expect(result.match).toBe(true)
      expect(result.score).toBe(0.7)
    })
  })

  describe('leaves plain consent wording alone', () => {
    it.each([
      ['en', 'Tick this box to receive our newsletter.'],
      ['en', 'Uncheck this box to stop receiving emails.'],
      ['en', 'I agree to receive marketing emails.'],
      ['en', 'We will not share your email. Tick to subscribe.'],
      ['en', 'No spam, ever. Tick the box to get our newsletter.'],
      ['en', 'You can unsubscribe at any time.'],
      ['en', 'Do not forget to check your spam folder.'],
      ['de', 'Ja, ich möchte den Newsletter erhalten.'],
      ['fr', 'Cochez cette case pour recevoir nos offres.'],
      ['es', 'Marca la casilla para recibir novedades.'],
      ['nl', 'Vink aan om onze nieuwsbrief te ontvangen.'],
    ])('%s: %s', (_lang, text) => {
      expect(trickQuestion(text)).toEqual({ match: false, evidence: [] })
    })
  })

  it('counts the negations sentence by sentence', () => {
    expect(trickQuestion('We never sell your data. Uncheck the box to skip our newsletter.').match).toBe(false)
  })
})
