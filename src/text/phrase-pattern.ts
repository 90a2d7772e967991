/** The notation the word lists are written in, turned into regular expressions.
 *
 * An entry is a lower-case phrase matched as whole words, case-insensitively:
 * - `*` at the end of a word lets the word run on ("discount*" matches "discounts", "voll* preis*"
 *   matches "vollen Preises"), at the start lets it begin inside a longer word ("*kündigung" matches
 *   "Vertragskündigung");
 * - `-` also matches a space or nothing ("e-mail" matches "email", "e mail");
 * - `'` may be missing ("don't" matches "DONT"), since all-caps buttons often drop it;
 * - `#` is a number ("#% off" matches "15% off");
 * - `<phone>`, `<email>`, `<amount>` are a phone number, an e-mail address, a sum of money; `<site>` is
 *   the name of a web site as addresses write it ("www.example.com", "https://shop.example.co.uk"),
 *   so that "<site>/contact" is the address of a contact page;
 * - `(a|b|c)` is any one of its alternatives, each of which may hold spaces, the signs above and
 *   groups of its own: "i('d| would) (rather|prefer) not" is "i'd rather not", "i would prefer not", …;
 * - `?` after a group or a single character makes it optional: "i('d| would)? (rather|prefer) not( to)?"
 *   also matches "I prefer not to", and "no,? thank(s| you)" both "no thanks" and "No, thank you".
 * An entry is one entry however many spellings it has: write the spellings and synonyms of one
 * meaning as one entry, not one by one. Each spelling is held to whole words: where an entry can
 * begin (or end) with a letter, it begins (or ends) a word there.
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
  // Not the part of an e-mail address after its "@".
  site: '(?<![@\\p{L}\\p{N}.\\-])(?:https?://)?(?:[\\p{L}\\p{N}\\-]+\\.)+\\p{L}{2,}',
  amount: `(?:${CURRENCY}\\s?${NUMBER}|${NUMBER}\\s?(?:${CURRENCY}|euros?|dollars?|pounds?))`,
}

/** One piece of an entry: a character, `*`, `#`, a `<token>` or a group of alternatives. */
type Atom =
  | { type: 'char'; char: string }
  | { type: 'star' }
  | { type: 'number' }
  | { type: 'token'; name: string }
  | { type: 'group'; alternatives: Item[][] }
interface Item {
  atom: Atom
  optional: boolean
}

function parseEntry(entry: string): Item[] {
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`${why} in word-list entry "${entry}"`)
  }
  const sequence = (): Item[] => {
    const items: Item[] = []
    while (at < entry.length && entry[at] !== '|' && entry[at] !== ')') {
      const c = entry[at++]!
      let atom: Atom
      const token = c === '<' ? /^([a-z]+)>/.exec(entry.slice(at))?.[1] : undefined
      if (c === '(') {
        const alternatives = [sequence()]
        while (entry[at] === '|') {
          at++
          alternatives.push(sequence())
        }
        if (entry[at++] !== ')') fail('an unclosed group')
        atom = { type: 'group', alternatives }
      } else if (c === '?') {
        return fail('a "?" after nothing')
      } else if (token !== undefined) {
        if (!TOKENS[token]) fail(`unknown token <${token}>`)
        at += token.length + 1
        atom = { type: 'token', name: token }
      } else {
        atom = c === '*' ? { type: 'star' } : c === '#' ? { type: 'number' } : { type: 'char', char: c }
      }
      const optional = entry[at] === '?'
      if (optional) at++
      items.push({ atom, optional })
    }
    return items
  }
  const items = sequence()
  if (at < entry.length) fail(`a "${entry[at]}" outside a group`)
  return items
}

const charSource = (c: string): string =>
  c === '-' ? '[-\\s]?' : c === "'" ? "'?" : c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The length of the longest spelling, counting a sign of the notation as one character; for an
 * entry without groups, its length. */
const longest = (items: readonly Item[]): number =>
  items.reduce((sum, { atom }) => {
    if (atom.type === 'group') return sum + Math.max(...atom.alternatives.map(longest))
    return sum + (atom.type === 'token' ? atom.name.length + 2 : 1)
  }, 0)

function atomSource(atom: Atom): string {
  switch (atom.type) {
    case 'char':
      return charSource(atom.char)
    case 'star':
      return `${LETTER}*`
    case 'number':
      return NUMBER
    case 'token':
      return TOKENS[atom.name] ?? ''
    case 'group':
      // The longest alternative first, so that a match is the most specific spelling.
      return `(?:${[...atom.alternatives].sort((a, b) => longest(b) - longest(a)).map(sequenceSource).join('|')})`
  }
}

const sequenceSource = (items: readonly Item[]): string =>
  items.map(({ atom, optional }) => (optional ? `(?:${atomSource(atom)})?` : atomSource(atom))).join('')

/** What an entry can begin (or end) with: a letter or number, a sign, or both; and whether it can be
 * empty. `'` and `-` may be missing, so what stands behind them counts too. */
interface Edge {
  word: boolean
  sign: boolean
  empty: boolean
}

function edgeOf(items: readonly Item[], fromEnd: boolean): Edge {
  const edge: Edge = { word: false, sign: false, empty: true }
  for (const { atom, optional } of fromEnd ? [...items].reverse() : items) {
    let part: Edge
    if (atom.type === 'group') {
      const parts = atom.alternatives.map((a) => edgeOf(a, fromEnd))
      part = { word: parts.some((p) => p.word), sign: parts.some((p) => p.sign), empty: parts.some((p) => p.empty) }
    } else if (atom.type === 'char') {
      const word = /[\p{L}\p{N}]/u.test(atom.char)
      part = { word, sign: !word, empty: atom.char === "'" || atom.char === '-' }
    } else {
      part = { word: true, sign: false, empty: false }
    }
    edge.word ||= part.word
    edge.sign ||= part.sign
    if (!part.empty && !optional) return { ...edge, empty: false }
  }
  return edge
}

/** The guard an end of an entry needs: a word boundary ('word'), none, as after a sign ('sign'), or
 * whichever the spelling found begins or ends with ('either'). */
type Guard = 'word' | 'sign' | 'either'

interface CompiledEntry {
  source: string
  start: Guard
  end: Guard
  length: number
}

const guardOf = (edge: Edge): Guard => (edge.word && edge.sign ? 'either' : edge.word ? 'word' : 'sign')

function compileEntry(entry: string): CompiledEntry {
  const items = parseEntry(entry)
  const start = edgeOf(items, false)
  if (start.empty) throw new Error(`word-list entry "${entry}" can match an empty text`)
  return { source: sequenceSource(items), start: guardOf(start), end: guardOf(edgeOf(items, true)), length: longest(items) }
}

/** The regular-expression source of one entry, without the whole-word guards. */
export function phraseSource(entry: string): string {
  return compileEntry(entry).source
}

const START_GUARD: Readonly<Record<Guard, string>> = {
  word: `(?<!${LETTER})`,
  sign: '',
  either: `(?:(?<!${LETTER})|(?!${LETTER}))`,
}
const END_GUARD: Readonly<Record<Guard, string>> = {
  word: `(?!${LETTER})`,
  sign: '',
  either: `(?:(?!${LETTER})|(?<!${LETTER}))`,
}

/** Any one of `entries`, as whole words; the longest first, so a match is the most specific phrase.
 * An entry that begins or ends with a sign ("/month", "%") is not held to a word boundary there:
 * "$9.99/month" has none. */
export function anyOfSource(entries: readonly string[]): string {
  const compiled = [...new Set(entries)]
    .filter((e) => !withheld.has(e))
    .map(compileEntry)
    .sort((a, b) => b.length - a.length)
  if (compiled.length === 0) return '(?!)'
  // Entries are grouped by the guards they need, so that each guard is tested once per position
  // rather than once per entry: the lists are long and the texts many.
  const groups = new Map<string, CompiledEntry[]>()
  for (const entry of compiled) {
    const key = `${entry.start} ${entry.end}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  const alternatives = [...groups.values()].map(
    (group) => `${START_GUARD[group[0]!.start]}(?:${group.map((e) => e.source).join('|')})${END_GUARD[group[0]!.end]}`,
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
