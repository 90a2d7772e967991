import type { InferredJurisdictions, SiteTrace } from '../artifacts/site-trace.js'
import type { PageSnapshot } from '../capture/page-snapshot.js'
import { ranFlows, seenSteps } from '../rules/lib/flows.js'
import { pricesIn } from '../rules/lib/price.js'
import { declaredLanguage, EU_LANGUAGES_BUT_ENGLISH, textLanguage } from '../rules/lib/site-language.js'
import { JURISDICTION_TAGS, type Jurisdiction } from '../rules/jurisdictions.js'

// Where a site nobody wrote a scenario for sells, read off its own pages: its domain, the currency
// of its prices, the language of its text, and the postal addresses and phone numbers it gives.
// Every sign counts, so a site that shows two markets gets both: applying a law too many costs a
// reader a look, leaving out one that applies hides what matters. A site that shows no sign keeps
// every jurisdiction.

/** A market a sign points to: a tag the rules know. A US sign brings in the states too, since a
 * site selling in the US sells to consumers in each of them; an EU sign does not bring in German law,
 * which needs a sign of Germany (its domain, language, addresses or numbers). */
type Market = 'us' | 'uk' | 'eu' | 'de'

const US_STATES = JURISDICTION_TAGS.filter((tag) => tag.startsWith('us-'))
const TAGS_OF: Record<Market, readonly Jurisdiction[]> = { us: ['us', ...US_STATES], uk: ['uk'], eu: ['eu'], de: ['de'] }

/** The EU's other member states, by country-code domain and international dialling code. */
const EU_DOMAINS = ['at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se']
const EU_DIALLING = ['43', '32', '359', '385', '357', '420', '45', '372', '358', '33', '30', '36', '353', '39', '371', '370', '352', '356', '31', '48', '351', '40', '421', '386', '34', '46']

const DOMAINS: Record<string, Market> = { de: 'de', uk: 'uk', us: 'us', eu: 'eu', ...Object.fromEntries(EU_DOMAINS.map((d) => [d, 'eu' as const])) }
const DIALLING: Record<string, Market> = { '1': 'us', '44': 'uk', '49': 'de', ...Object.fromEntries(EU_DIALLING.map((c) => [c, 'eu' as const])) }
const CURRENCIES: Record<string, Market> = { USD: 'us', GBP: 'uk', EUR: 'eu' }

const LANGUAGE_NAMES: Record<string, string> = {
  de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch', it: 'Italian', pt: 'Portuguese', pl: 'Polish', sv: 'Swedish', da: 'Danish', fi: 'Finnish',
}

/** A currency counts when it is at least this share of the prices seen: one price in euros in an
 * article on a dollar site says nothing of where the site sells. */
const CURRENCY_SHARE = 0.2

const US_STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC'
/** "San Francisco, CA 94105", "London, EC1A 1BB", "10115 Berlin, Deutschland": the postcode in the
 * form each country writes it, with what tells the country. */
const ADDRESSES: ReadonlyArray<{ market: Market; reason: string; pattern: RegExp }> = [
  { market: 'us', reason: 'a US postal address', pattern: new RegExp(`,\\s*(?:${US_STATE_CODES})\\s+\\d{5}(?:-\\d{4})?\\b`) },
  { market: 'uk', reason: 'a UK postal address', pattern: /,\s*[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/ },
  { market: 'de', reason: 'a postal address in Germany', pattern: /(?:\bD-\d{5}\s|\b\d{5}\s+\p{Lu}[\p{L}.\- ]{1,40},?\s+(?:Deutschland|Germany)\b)/u },
  {
    market: 'eu',
    reason: 'a postal address in the EU',
    pattern: /\b\d{4,5}\s+\p{Lu}[\p{L}.\- ]{1,40},?\s+(?:France|Frankreich|España|Spain|Italia|Italy|Nederland|Netherlands|Österreich|Austria|Belgique|België|Belgium|Ireland|Portugal|Polska|Poland|Sverige|Sweden|Danmark|Denmark|Suomi|Finland)\b/u,
  },
]
const PHONE = /(?<![\w+])\+\s?(\d{1,3})[\s./()-]*\d(?:[\s./()-]*\d){5,12}/g

/** The visible text of a page: its blocks and what its links and buttons say. */
const textsOf = (snapshot: PageSnapshot): string[] => [
  ...snapshot.texts.filter((t) => t.visible).map((t) => t.text),
  ...snapshot.elements.filter((e) => e.visible).map((e) => e.text || e.name),
]

/** The market of an international number: its country code, the longest that is known. */
function diallingMarket(digits: string): { code: string; market: Market } | undefined {
  for (const length of [3, 2, 1]) {
    const code = digits.slice(0, length)
    const market = DIALLING[code]
    if (code.length === length && market) return { code, market }
  }
  return undefined
}

/** The jurisdictions a scanned site's pages point to, and why; undefined when none does. */
export function inferJurisdictions(trace: SiteTrace): InferredJurisdictions | undefined {
  const signs: Array<{ market: Market; reason: string }> = []
  const pages = ranFlows(trace)
    .flatMap(seenSteps)
    .map((s) => s.snapshot)

  const hosts = new Set([trace.baseUrl, ...pages.map((p) => p.url)].flatMap((url) => (URL.canParse(url) ? [new URL(url).hostname] : [])))
  for (const host of hosts) {
    const domain = host.split('.').at(-1) ?? ''
    const market = DOMAINS[domain]
    if (market) signs.push({ market, reason: `.${domain} domain` })
  }

  const currencies = new Map<string, number>()
  for (const text of pages.flatMap(textsOf)) for (const price of pricesIn(text)) if (price.currency) currencies.set(price.currency, (currencies.get(price.currency) ?? 0) + 1)
  const priced = [...currencies.values()].reduce((a, b) => a + b, 0)
  for (const [currency, count] of [...currencies].sort((a, b) => b[1] - a[1])) {
    const market = CURRENCIES[currency]
    if (market && count / priced >= CURRENCY_SHARE) signs.push({ market, reason: `prices in ${currency}` })
  }

  const language = siteTextLanguage(pages)
  if (language && (language.lang === 'de' || EU_LANGUAGES_BUT_ENGLISH.has(language.lang))) {
    const name = LANGUAGE_NAMES[language.lang] ?? `"${language.lang}"`
    signs.push({ market: language.lang === 'de' ? 'de' : 'eu', reason: language.fromText ? `${name} text` : `pages marked as ${name} (lang="${language.lang}")` })
  }

  const texts = pages.flatMap(textsOf)
  for (const { market, reason, pattern } of ADDRESSES) if (texts.some((t) => pattern.test(t))) signs.push({ market, reason })
  const numbers = [
    ...texts.flatMap((t) => [...t.matchAll(PHONE)].map((m) => m[0])),
    ...pages.flatMap((p) => p.elements.flatMap((e) => (e.href?.startsWith('tel:') ? [decodeURIComponent(e.href.slice(4))] : []))),
  ]
  for (const number of numbers) {
    const digits = number.replace(/\D/g, '')
    const dialled = number.trim().startsWith('+') ? diallingMarket(digits) : undefined
    if (dialled) signs.push({ market: dialled.market, reason: `phone numbers +${dialled.code}` })
  }

  if (signs.length === 0) return undefined
  const markets = new Set(signs.map((s) => s.market))
  const tags = JURISDICTION_TAGS.filter((tag) => [...markets].some((m) => TAGS_OF[m].includes(tag)))
  return { tags, because: [...new Set(signs.map((s) => s.reason))] }
}

/** The language most of the site's pages are written in, by their text; by their `lang` attribute
 * only where the text tells nothing. */
function siteTextLanguage(pages: readonly PageSnapshot[]): { lang: string; fromText: boolean } | undefined {
  const counts = new Map<string, { pages: number; fromText: boolean }>()
  for (const page of pages) {
    const fromText = textLanguage(page)
    const lang = fromText ?? declaredLanguage(page)
    if (!lang) continue
    const seen = counts.get(lang)
    counts.set(lang, { pages: (seen?.pages ?? 0) + 1, fromText: (seen?.fromText ?? false) || fromText !== undefined })
  }
  const [best] = [...counts].sort((a, b) => b[1].pages - a[1].pages)
  return best ? { lang: best[0], fromText: best[1].fromText } : undefined
}
