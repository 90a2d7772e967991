/** What stands in an output where a secret was. */
export const SECRET_MASK = '•••'

// A page does not show a secret only as it was typed: a GET form puts it in the next URL
// percent-encoded (and `+` for a space), a server echoes it into HTML as entities, a script embeds
// it in JSON, a redirect encodes the whole URL again (`%2540`). Every character of the secret may
// appear in any of these forms, and mixed (encodeURI leaves `@` as it is but escapes the space), so
// the secret is matched character by character rather than as a list of whole strings.

/** Named references that browsers and template engines write for ASCII characters. The four legacy
 * ones are also read without their semicolon. */
const NAMED_ENTITIES: Readonly<Record<string, readonly string[]>> = {
  '&': ['amp;?', 'AMP;?'],
  '<': ['lt;?', 'LT;?'],
  '>': ['gt;?', 'GT;?'],
  '"': ['quot;?', 'QUOT;?'],
  "'": ['apos;'],
  '!': ['excl;'],
  '#': ['num;'],
  $: ['dollar;'],
  '%': ['percnt;'],
  '(': ['lpar;'],
  ')': ['rpar;'],
  '*': ['ast;', 'midast;'],
  '+': ['plus;'],
  ',': ['comma;'],
  '.': ['period;'],
  '/': ['sol;'],
  ':': ['colon;'],
  ';': ['semi;'],
  '=': ['equals;'],
  '?': ['quest;'],
  '@': ['commat;'],
  '[': ['lsqb;', 'lbrack;'],
  '\\': ['bsol;'],
  ']': ['rsqb;', 'rbrack;'],
  '^': ['Hat;'],
  _: ['lowbar;', 'UnderBar;'],
  '`': ['grave;', 'DiacriticalGrave;'],
  '{': ['lcub;', 'lbrace;'],
  '|': ['verbar;', 'vert;', 'VerticalLine;'],
  '}': ['rcub;', 'rbrace;'],
  '\t': ['Tab;'],
  '\n': ['NewLine;'],
}

const JSON_SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\\\"', '\\': '\\\\\\\\', '/': '\\\\/', '\n': '\\\\n', '\r': '\\\\r', '\t': '\\\\t', '\b': '\\\\b', '\f': '\\\\f' }

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** A hexadecimal number as a pattern that takes its letters in either case. */
const hexDigits = (value: number, width: number): string =>
  value
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`)

/** `%` itself as it appears when a URL is encoded once more or written into HTML. */
const PERCENT = '(?:%|%25|&#0*37;|&#[xX]0*25;|&percnt;)'

/** Every way one character of a secret may be written in the text of an output. */
function characterForms(char: string): string {
  const codePoint = char.codePointAt(0)!
  const forms = [escapeRegExp(char)]
  // Percent-encoding is of the UTF-8 bytes, in either case of hex (encodeURIComponent writes upper,
  // some servers and Python's quote lower).
  const bytes = [...new TextEncoder().encode(char)]
  forms.push(bytes.map((byte) => `${PERCENT}${hexDigits(byte, 2)}`).join(''))
  if (char === ' ') forms.push('\\+', '&plus;', '&#0*43;', '&#[xX]0*2[bB];')
  forms.push(`&#0*${codePoint};`, `&#[xX]0*${hexDigits(codePoint, 1)};`)
  for (const name of NAMED_ENTITIES[char] ?? []) forms.push(`&${name}`)
  // JSON and JavaScript strings escape by UTF-16 unit; JavaScript escapers also write \xHH.
  const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i))
  forms.push(units.map((unit) => `\\\\u${hexDigits(unit, 4)}`).join(''))
  if (codePoint < 0x100) forms.push(`\\\\x${hexDigits(codePoint, 2)}`)
  const short = JSON_SHORT_ESCAPES[char]
  if (short) forms.push(short)
  return `(?:${forms.join('|')})`
}

/** The source of a pattern that matches a secret written in any of the forms above. */
function secretSource(secret: string): string {
  return Array.from(secret, characterForms).join('')
}

/** One pattern for all the secrets, longest first so that a card number is masked whole rather than
 * as its shorter form without spaces. Undefined when there is nothing to hide. */
export function secretPattern(secrets: readonly string[]): RegExp | undefined {
  const sources = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length).map(secretSource)
  return sources.length === 0 ? undefined : new RegExp(sources.join('|'), 'g')
}

const patterns = new Map<string, RegExp | undefined>()

/** Secrets are few and the same for a whole walk, while redaction runs on every string of a trace:
 * each set's pattern is built once. */
function cachedPattern(secrets: readonly string[]): RegExp | undefined {
  const key = secrets.join('\u0000')
  if (!patterns.has(key)) patterns.set(key, secretPattern(secrets))
  return patterns.get(key)
}

/** The text with every secret, in every encoding, replaced by the mask. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const pattern = cachedPattern(secrets)
  return pattern ? text.replace(pattern, SECRET_MASK) : text
}

/** Every value in a JSON-like structure, each string redacted. */
export function redactStrings<T>(value: T, secrets: readonly string[]): T {
  if (!cachedPattern(secrets)) return value
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? redactSecrets(v, secrets) : v)) as T
}

/** The usual spellings of a secret in outputs: as typed, by each URL encoder a browser uses (in both
 * cases of hex), as HTML entities and as a JSON string. For tests and for anyone checking an output
 * by hand; redaction itself matches any mix of them. */
export function secretEncodings(secret: string): string[] {
  const formEncoded = new URLSearchParams({ v: secret }).toString().slice(2)
  const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())
  const chars = Array.from(secret)
  const encodings = [
    secret,
    encodeURIComponent(secret),
    formEncoded,
    encodeURI(secret),
    encodeURIComponent(encodeURIComponent(secret)),
    secret.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`),
    secret.replace(/'/g, '&#x27;').replace(/"/g, '&quot;'),
    chars.map((c) => `&#${c.codePointAt(0)!};`).join(''),
    chars.map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join(''),
    JSON.stringify(secret).slice(1, -1),
    Array.from({ length: secret.length }, (_, i) => `\\u${secret.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  ]
  return [...new Set([...encodings, ...encodings.map(lowerHex)])]
}
