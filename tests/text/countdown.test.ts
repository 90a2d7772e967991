import { describe, expect, it } from 'vitest'
import { offerWordsIn, readCountdown } from '../../src/text/countdown.js'

describe('readCountdown', () => {
  it.each([
    ['Deal ends in 09:59 — 3 extra months free', 599, 1],
    ['Deal ends in 09:59: 3 extra months free', 599, 1],
    ['Offer ends in 2d 03h 04m 05s', 183_845, 1],
    ['Only 2 days 13:49:51 left', 222_591, 1],
    ['Flash sale: 01:02:03', 3_723, 1],
    ['Angebot endet in 04:53 Minuten', 293, 1],
    ['Offer ends in 4 minutes', 240, 60],
    ['Order within 2h 15m for delivery tomorrow', 8_100, 60],
  ])('reads %s', (text, remainingSeconds, resolutionSeconds) => {
    expect(readCountdown(text)).toMatchObject({ remainingSeconds, resolutionSeconds })
  })

  it.each(['Sale ends at 23:59 tonight', 'Spring sale ends 31 March 2027', 'Opening hours 09:00–17:00', 'Track 3 of 12, 03:45'])(
    'finds no countdown in %s',
    (text) => expect(readCountdown(text)).toBeUndefined(),
  )
})

describe('offerWordsIn', () => {
  it('finds the offer a countdown is about', () => {
    expect(offerWordsIn('Deal ends in 09:59 — 60% off your first month')).toEqual(['Deal', '60% off'])
    expect(offerWordsIn('Angebot endet in 04:53', { lang: 'de' })).toEqual(['Angebot'])
  })
  it('finds none in a session timer', () => {
    expect(offerWordsIn('Your session expires in 14:59. Save your work.')).toEqual([])
  })
})
