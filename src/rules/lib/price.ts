/** Prices as sites write them: "$2.99", "+£1", "€3", "2,99 €", "EUR 3.00", "1.234,50 €", "2.99/mo".
 * Reading only the number and the currency, not the wording around it, keeps "Free", "$0" and
 * "-$2.00" (a discount) apart from what actually adds cost. */
export interface Price {
  amount: number
  /** ISO code where the symbol says it; "" when the amount has no currency (e.g. "2.99/mo"). */
  currency: string
  /** The price as written, sign and period included ("+$2.99/mo"). */
  text: string
  /** Written with a period ("/mo", "per month", "monatlich"). */
  recurring: boolean
  /** Written with a minus: a discount or credit. */
  negative: boolean
}

const SYMBOLS: Record<string, string> = {
  us$: 'USD', ca$: 'CAD', a$: 'AUD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
  chf: 'CHF', usd: 'USD', eur: 'EUR', gbp: 'GBP', euro: 'EUR', euros: 'EUR', fr: 'CHF', 'fr.': 'CHF',
}
const CURRENCY = '(?:US\\$|CA\\$|A\\$|\\$|€|£|¥|₹|CHF|USD|EUR|GBP)'
const CURRENCY_AFTER = '(?:€|£|\\$|CHF|USD|EUR|GBP|Euros?)'
const NUMBER = '\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?'
// The period after a price, in English and German, then French, Spanish and Dutch ("€/mois",
// "al mes", "per maand").
const PERIOD =
  '\\s*(?:\\/\\s*(?:mo|mon|month|yr|year|wk|week|day|monat|jahr|woche|tag|mtl|mois|an|semaine|jour|mes|año|semana|día|maand|jaar|week|dag|mnd)\\.?|per\\s+(?:month|year|week|day)|a\\s+(?:month|year|week)|monthly|yearly|annually|pro\\s+(?:monat|jahr|woche)|im\\s+monat|monatlich|jährlich|mtl\\.?|par\\s+(?:mois|an|semaine)|mensuel(?:le)?|annuel(?:le)?|(?:al|por)\\s+(?:mes|año)|mensual(?:es)?|anual(?:es)?|per\\s+(?:maand|jaar)|maandelijks|jaarlijks)'
const SIGN = '(?:[+\\-\\u2212]\\s?)?'

const PRICE = new RegExp(
  [
    `(?<sign1>${SIGN})(?<cur1>${CURRENCY})\\s?(?<num1>${NUMBER})(?<per1>${PERIOD})?`,
    `(?<sign2>${SIGN})(?<num2>${NUMBER})\\s?(?<cur2>${CURRENCY_AFTER})(?<per2>${PERIOD})?`,
    // No currency at all: only with a period, where the number can be nothing but a price.
    `(?<sign3>${SIGN})(?<num3>\\d+[.,]\\d{2})(?<per3>${PERIOD})`,
  ]
    .map((p) => `(?<![\\p{L}\\d.,])(?:${p})(?![\\p{L}\\d])`)
    .join('|'),
  'giu',
)

/** "1.234,50" and "1,234.50" are both 1234.5; "2,99" is 2.99; "1.000" is a thousand. */
export function parseAmount(written: string): number {
  const digits = written.replace(/[\u00a0\u202f ]/g, '')
  const lastDot = digits.lastIndexOf('.')
  const lastComma = digits.lastIndexOf(',')
  const sep = Math.max(lastDot, lastComma)
  if (sep < 0) return Number(digits)
  const decimals = digits.length - sep - 1
  const isDecimal = (lastDot >= 0 && lastComma >= 0) || decimals !== 3
  if (!isDecimal) return Number(digits.replace(/[.,]/g, ''))
  return Number(`${digits.slice(0, sep).replace(/[.,]/g, '')}.${digits.slice(sep + 1)}`)
}

export function pricesIn(text: string | undefined): Price[] {
  if (!text) return []
  const found: Price[] = []
  for (const m of text.matchAll(PRICE)) {
    const g = m.groups ?? {}
    const num = g.num1 ?? g.num2 ?? g.num3 ?? ''
    const cur = (g.cur1 ?? g.cur2 ?? '').toLowerCase()
    const sign = (g.sign1 ?? g.sign2 ?? g.sign3 ?? '').trim()
    found.push({
      amount: parseAmount(num),
      currency: SYMBOLS[cur] ?? '',
      text: m[0].trim(),
      recurring: Boolean(g.per1 ?? g.per2 ?? g.per3),
      negative: sign === '-' || sign === '\u2212',
    })
  }
  return found
}

/** The first price in `text` that adds cost: above zero and not a discount. */
export function costIn(text: string | undefined): Price | undefined {
  return pricesIn(text).find((p) => p.amount > 0 && !p.negative)
}

/** `text` with its prices taken out: what is left names the thing priced ("Priority support"). */
export function withoutPrices(text: string): string {
  return text
    .replace(PRICE, ' ')
    .replace(/[\s\u2014\u2013:·•|()[\]+\-=,]+$/u, '')
    .replace(/^[\s\u2014\u2013:·•|()[\]+\-=,]+/u, '')
    .replace(/\s+/g, ' ')
    .trim()
}
