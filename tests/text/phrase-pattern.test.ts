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

  it('lets any word of an entry run on, not only the last', () => {
    expect(findEntries('Den vollen Preises zahlen', ['voll* preis*'])).toEqual(['vollen Preises'])
  })
})

describe('groups of spellings', () => {
  const rather = ["i('d| would)? (rather|prefer) not( to)?"]

  it.each([
    ["No, I'd rather not", ["I'd rather not"]],
    ['I would prefer not to', ['I would prefer not to']],
    ['I PREFER NOT TO', ['I PREFER NOT TO']],
    ['ID RATHER NOT', ['ID RATHER NOT']],
    ['I rather not', ['I rather not']],
    ['I’d sooner not', []],
    ['Hi, would rather not', []],
  ])('%j', (text, found) => {
    expect(findEntries(text, rather)).toEqual(found)
  })

  it('takes the longest spelling a group offers', () => {
    expect(findEntries('I prefer not to say', rather)).toEqual(['I prefer not to'])
    expect(findEntries('pay the full price', ['pay (the )?(full|full retail) price'])).toEqual(['pay the full price'])
  })

  it('makes a single character optional', () => {
    expect(findEntries('No thanks. No, thank you.', ['no,? thank(s| you)'])).toEqual(['No thanks', 'No, thank you'])
  })

  it('keeps whole words inside and around a group', () => {
    expect(findEntries('they pay more', ['(pay|paying) more'])).toEqual(['pay more'])
    expect(findEntries('repay more', ['(pay|paying) more'])).toEqual([])
    expect(findEntries('pay moreover', ['pay (more|extra)'])).toEqual([])
    expect(findEntries('no thanksgiving', ['no,? thank(s| you)'])).toEqual([])
  })

  it('holds the other signs inside a group', () => {
    expect(findEntries('Get 20% off your first box', ['(#% off|<amount> off)'])).toEqual(['20% off'])
    expect(findEntries('Get $5 off', ['(#% off|<amount> off)'])).toEqual(['$5 off'])
    expect(findEntries('No more discounts', ['no more (discount*|deals)'])).toEqual(['No more discounts'])
    expect(findEntries('Send us an email', ['(send|write) us an e-mail'])).toEqual(['Send us an email'])
    expect(findEntries('I DONT WANT IT', ["i (don't|do not) want"])).toEqual(['I DONT WANT'])
    expect(findEntries('Ihre Vertragskündigung', ['(*kündigung|storno)'])).toEqual(['Vertragskündigung'])
  })

  it('nests groups', () => {
    const entries = ['(stay|remain) (un(informed|aware)|in the dark)']
    expect(findEntries('I will remain unaware', entries)).toEqual(['remain unaware'])
    expect(findEntries('Stay in the dark', entries)).toEqual(['Stay in the dark'])
  })

  it('guards each spelling by how it begins and ends', () => {
    // One spelling begins with a sign, the other with a letter: the sign needs no word boundary.
    const entries = ['(/month|per month)']
    expect(findEntries('$5/month', entries)).toEqual(['/month'])
    expect(findEntries('$5 per month', entries)).toEqual(['per month'])
    expect(findEntries('$5 upper month', entries)).toEqual([])
  })

  it('names a broken entry', () => {
    expect(() => findEntries('x', ['(a|b'])).toThrow('(a|b')
    expect(() => findEntries('x', ['a|b)'])).toThrow('a|b)')
    expect(() => findEntries('x', ['?a'])).toThrow('?a')
    expect(() => findEntries('x', ['(a)?'])).toThrow('empty')
    expect(() => findEntries('x', ['<nothing>'])).toThrow('<nothing>')
  })
})

describe('phone numbers', () => {
  it('reads numbers in the groups phones are written in, not ranges or answer options', () => {
    for (const phone of ['030 1234 5678', '+49 30 1234567', '(555) 010-0199', '06 12 34 56 78', '+1 (800) 555-0100']) {
      expect(findEntries(`Call ${phone} today`, ['<phone>'])).toEqual([phone])
    }
    expect(findEntries('How many roles? 0 1-5 6-20 20+', ['<phone>'])).toEqual([])
    expect(findEntries('Teams of 1-5, 6-20 or 21-50 people', ['<phone>'])).toEqual([])
  })
})

describe('web sites', () => {
  it('reads the site of an address, with or without its scheme, and a path written after it', () => {
    expect(findEntries('See www.example.co.uk/help today', ['<site>/help'])).toEqual(['www.example.co.uk/help'])
    expect(findEntries('See https://shop.example.com/help', ['<site>/help'])).toEqual(['https://shop.example.com/help'])
    expect(findEntries('See example.com/helpful-tips', ['<site>/help'])).toEqual([])
  })

  it('does not read the domain of an e-mail address as a site', () => {
    expect(findEntries('Write to help@example.com/help', ['<site>/help'])).toEqual([])
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
