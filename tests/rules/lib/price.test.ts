import { describe, expect, it } from 'vitest'
import { costIn, parseAmount, pricesIn, withoutPrices } from '../../../src/rules/lib/price.js'

describe('prices', () => {
  it.each([
    ['Add Streamly Care device protection — +$2.99/mo', 2.99, 'USD', '+$2.99/mo'],
    ['2,99 € monatlich', 2.99, 'EUR', '2,99 € monatlich'],
    ['+£1', 1, 'GBP', '+£1'],
    ['€3', 3, 'EUR', '€3'],
    ['EUR 3.00', 3, 'EUR', 'EUR 3.00'],
    ['1.234,50 €', 1234.5, 'EUR', '1.234,50 €'],
    ['$1,299.00', 1299, 'USD', '$1,299.00'],
    ['only 2.99/mo', 2.99, '', '2.99/mo'],
    ['Standard plan $9.99 per month', 9.99, 'USD', '$9.99 per month'],
  ])('reads %s', (written, amount, currency, text) => {
    expect(costIn(written)).toMatchObject({ amount, currency, text })
  })

  it.each(['Free', '$0', '0,00 €', '-$2.00 discount', 'Call 555-123-4567', '2 screens', 'Save 20%'])('finds no cost in %s', (written) => {
    expect(costIn(written)).toBeUndefined()
  })

  it('marks discounts and periods', () => {
    expect(pricesIn('Welcome discount -$2.00')[0]).toMatchObject({ negative: true, amount: 2 })
    expect(pricesIn('$9.99/mo')[0]?.recurring).toBe(true)
    expect(pricesIn('$9.99')[0]?.recurring).toBe(false)
  })

  it('parses both decimal conventions', () => {
    expect(parseAmount('2,99')).toBe(2.99)
    expect(parseAmount('1.000')).toBe(1000)
    expect(parseAmount('1,234.5')).toBe(1234.5)
  })

  it('names what is priced once the price is taken out', () => {
    expect(withoutPrices('Priority support $1.99/mo')).toBe('Priority support')
    expect(withoutPrices('Add Care — +$2.99/mo')).toBe('Add Care')
  })
})
