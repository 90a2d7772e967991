import { describe, expect, it } from 'vitest'
import { findEntries, findTemplate, templateSource } from '../../src/text/phrase-pattern.js'

describe('word-list entries', () => {
  it.each([
    [['discount*'], 'Big discounts inside', ['discounts']],
    [['*kündigung'], 'Ihre Vertragskündigung', ['Vertragskündigung']],
    [['e-mail'], 'Send us an email', ['email']],
    [["don't"], 'I DONT WANT IT', ['DONT']],
    [['#% off'], 'Take 15% off today', ['15% off']],
    [['<phone>'], 'Call 1-800-555-0199 now', ['1-800-555-0199']],
    [['<email>'], 'Write to help@example.com.', ['help@example.com']],
    [['<amount>'], 'Only $9.99 or 9,99 €', ['$9.99', '9,99 €']],
    [['/month'], 'Just $5/month', ['/month']],
    [['plan'], 'Our planet', []],
  ])('%j in %j', (entries, text, found) => {
    expect(findEntries(text, entries)).toEqual(found)
  })

  it('does not read a date as a phone number', () => {
    expect(findEntries('Cancel by 23.12.2026', ['<phone>'])).toEqual([])
  })

  it('reads numbers in the groups phones are written in, not ranges or answer options', () => {
    for (const phone of ['030 1234 5678', '+49 30 1234567', '(555) 010-0199', '06 12 34 56 78', '+1 (800) 555-0100']) {
      expect(findEntries(`Call ${phone} today`, ['<phone>'])).toEqual([phone])
    }
    expect(findEntries('How many roles? 0 1-5 6-20 20+', ['<phone>'])).toEqual([])
    expect(findEntries('Teams of 1-5, 6-20 or 21-50 people', ['<phone>'])).toEqual([])
  })
})

describe('templates', () => {
  const lists = { refusal: ["i don't want"], benefit: ['deals'] }

  it('allows up to three words in a gap by default', () => {
    expect(findTemplate("No, I don't want any of your deals", '{refusal} … {benefit}', lists)).toEqual([
      "I don't want any of your deals",
    ])
    expect(findTemplate("I don't want any of these silly deals", '{refusal} … {benefit}', lists)).toEqual([])
  })

  it('takes the gap length it is given', () => {
    expect(findTemplate("I don't want any of these silly deals", '{refusal} …4 {benefit}', lists)).toHaveLength(1)
  })

  it('does not cross the end of a sentence', () => {
    expect(findTemplate("I don't want it. Deals", '{refusal} … {benefit}', lists)).toEqual([])
  })

  it('matches literal words between lists', () => {
    expect(findTemplate("Really, I don't want more deals", '{refusal} more {benefit}', lists)).toHaveLength(1)
  })

  it('names an unknown list', () => {
    expect(() => templateSource('{nothing} … {benefit}', lists)).toThrow('{nothing}')
  })
})
