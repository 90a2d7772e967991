/** The notation the word lists are written in, turned into regular expressions.
 *
 * An entry is a lower-case phrase matched as whole words, case-insensitively:
 * - `*` at the end lets the word run on ("discount*" matches "discounts"), at the start lets it begin
 *   inside a longer word ("*kündigung" matches "Vertragskündigung");
 * - `-` also matches a space or nothing ("e-mail" matches "email", "e mail");
 * - `'` may be missing ("don't" matches "DONT"), since all-caps buttons often drop it;
 * - `#` is a number ("#% off" matches "15% off");
 * - `<phone>`, `<email>`, `<amount>` are a phone number, an e-mail address, a sum of money.
 *
 * A template joins lists into a phrase: `{name}` is any entry of the list `name`, a literal word is
 * itself, and `…` allows up to three other words in between (`…8`, up to eight). Words in a gap never
 * cross the end of a sentence. */

const LETTER = '[\\p{L}\\p{N}]'
const NUMBER = '\\d+(?:[.,]\\d+)*'
const CURRENCY = '(?:[$€£¥₹]|usd|eur|gbp|chf|rs\\.?)'

const TOKENS: Readonly<Record<string, string>> = {
  // Seven to fifteen digits, unbroken or in the groups numbers are written in: a first group of one to
  // four digits ("+49", "1", "(555)"), then groups of two to five. Dots are left out so that dates
  // ("23.12.2026") do not qualify, and single digits after the first group so that ranges and answer
  // options ("0 1-5 6-20 20+") do not either.
  phone: '(?=(?:[\\s()+\\-]{0,3}\\d){7,15})\\+?\\(?\\d{1,4}\\)?(?:[\\s\\-]{0,2}\\(?\\d{2,5}\\)?)+',
  email: '[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}',
  amount: `(?:${CURRENCY}\\s?${NUMBER}|${NUMBER}\\s?(?:${CURRENCY}|euros?|dollars?|pounds?))`,
}

const escape = (text: string): string =>
  text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/-/g, '[-\\s]?')
    .replace(/'/g, "'?")
    .replace(/ /g, '\\s+')

/** The regular-expression source of one entry, without the whole-word guards. */
export function phraseSource(entry: string): string {
  const open = entry.startsWith('*')
  const close = entry.endsWith('*') && entry.length > 1
  const core = entry.slice(open ? 1 : 0, close ? -1 : undefined)
  const body = core
    .split(/(<[a-z]+>|#)/)
    .map((piece) => {
      if (piece === '#') return NUMBER
      const token = /^<([a-z]+)>$/.exec(piece)?.[1]
      if (token) {
        const source = TOKENS[token]
        if (!source) throw new Error(`unknown token <${token}> in word-list entry "${entry}"`)
        return source
      }
      return escape(piece)
    })
    .join('')
  return `${open ? `${LETTER}*` : ''}${body}${close ? `${LETTER}*` : ''}`
}

const startsWord = /^[*#<\p{L}\p{N}]/u
const endsWord = /[*#>\p{L}\p{N}]$/u

/** Any one of `entries`, as whole words; the longest first, so a match is the most specific phrase.
 * An entry that begins or ends with a sign ("/month", "%") is not held to a word boundary there:
 * "$9.99/month" has none. */
export function anyOfSource(entries: readonly string[]): string {
  const sorted = [...new Set(entries)].filter((e) => !withheld.has(e)).sort((a, b) => b.length - a.length)
  if (sorted.length === 0) return '(?!)'
  // Entries are grouped by the guards they need, so that each guard is tested once per position
  // rather than once per entry: the lists are long and the texts many.
  const groups = new Map<string, string[]>()
  for (const entry of sorted) {
    const key = `${startsWord.test(entry) ? 's' : ''}${endsWord.test(entry) ? 'e' : ''}`
    groups.set(key, [...(groups.get(key) ?? []), phraseSource(entry)])
  }
  const alternatives = [...groups].map(
    ([key, sources]) =>
      `${key.includes('s') ? `(?<!${LETTER})` : ''}(?:${sources.join('|')})${key.includes('e') ? `(?!${LETTER})` : ''}`,
  )
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`
}

const WORD = `${LETTER}+(?:['\\-.,/]${LETTER}+)*`
// Between the parts of a template: anything but letters, digits and the ends of sentences.
const SEP = `[^\\p{L}\\p{N}.!?;]+`
const gapSource = (words: number): string => `(?:${SEP}${WORD}){0,${words}}?`

/** The regular-expression source of a template over the word lists in `lists`. */
export function templateSource<L extends Record<keyof L, readonly string[]>>(template: string, lists: L): string {
  const byName = lists as Readonly<Record<string, readonly string[] | undefined>>
  const parts: { source: string; gap: boolean }[] = []
  let literal: string[] = []
  const flush = (): void => {
    if (literal.length) parts.push({ source: anyOfSource([literal.join(' ')]), gap: false })
    literal = []
  }
  for (const token of template.trim().split(/\s+/)) {
    const slot = /^\{(\w+)\}$/.exec(token)?.[1]
    const gap = /^…(\d*)$/.exec(token)
    if (slot !== undefined) {
      flush()
      const list = byName[slot]
      if (!list) throw new Error(`unknown list {${slot}} in template "${template}"`)
      parts.push({ source: anyOfSource(list), gap: false })
    } else if (gap) {
      flush()
      parts.push({ source: gapSource(gap[1] ? Number(gap[1]) : 3), gap: true })
    } else {
      literal.push(token)
    }
  }
  flush()
  // A gap begins with its own separator; every other part is set off from the one before it.
  return parts.map((part, i) => (i === 0 || part.gap ? part.source : `${SEP}${part.source}`)).join('')
}

// Entries left out of every list, to measure what the lists would find without them
// (src/text/cross-validate.ts); compiled patterns are rebuilt when this changes.
let withheld: ReadonlySet<string> = new Set()
let generation = 0

/** Runs `measure` as if `entries` were in no word list. */
export function withholding<T>(entries: ReadonlySet<string>, measure: () => T): T {
  const before = withheld
  withheld = entries
  generation++
  try {
    return measure()
  } finally {
    withheld = before
    generation++
  }
}

/** `build` once per key, for as long as the word lists stay as they are. */
export function compiledOnce<K, V>(build: (key: K) => V): (key: K) => V {
  let cache = new Map<K, V>()
  let builtFor = generation
  return (key) => {
    if (builtFor !== generation) {
      cache = new Map()
      builtFor = generation
    }
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}

const listPattern = compiledOnce((entries: readonly string[]) => new RegExp(anyOfSource(entries), 'giu'))
const presencePattern = compiledOnce((entries: readonly string[]) => new RegExp(anyOfSource(entries), 'iu'))
const templatePatterns = compiledOnce((_lists: object) => new Map<string, RegExp>())

/** Whether any of `entries` occurs in `text`. */
export function containsEntry(text: string, entries: readonly string[]): boolean {
  return presencePattern(entries).test(text)
}

/** Every non-overlapping place `entries` occur in `text`, as written there. The list is compiled
 * once per array, so pass the word list itself rather than a copy. */
export function findEntries(text: string, entries: readonly string[]): string[] {
  return [...text.matchAll(listPattern(entries))].map((m) => m[0])
}

/** Every non-overlapping place `template` occurs in `text`, as written there; compiled once per
 * template and lists object. */
export function findTemplate<L extends Record<keyof L, readonly string[]>>(text: string, template: string, lists: L): string[] {
  const byTemplate = templatePatterns(lists)
  let re = byTemplate.get(template)
  if (!re) {
    re = new RegExp(templateSource(template, lists), 'giu')
    byTemplate.set(template, re)
  }
  // Most texts lack one of the parts altogether; looking for each part alone is much cheaper than
  // trying the whole template, gaps and all, at every position.
  const byName = lists as Readonly<Record<string, readonly string[] | undefined>>
  for (const slot of template.matchAll(/\{(\w+)\}/g)) {
    const list = byName[slot[1] ?? '']
    if (list && !containsEntry(text, list)) return []
  }
  return [...text.matchAll(re)].map((m) => m[0])
}
