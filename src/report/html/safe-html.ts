/** Directional embeddings, overrides and isolates. Invisible, and one left open reverses the
 * report's own words after it ("gnp.exe" reads "exe.png"); shown as their code points, they
 * become evidence instead of a disguise. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** Every string that reaches the HTML report goes through here: site names, URLs, page texts,
 * selectors, messages and facts all come from audited pages or scenario files, which are hostile
 * input as far as the report is concerned. Escaping quotes too makes the result safe in attribute
 * values as well as in text. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replace(BIDI_CONTROLS, showCodePoint)
}

const showCodePoint = (c: string): string => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`

/** Text as the report shows it: directional controls spelled out (see BIDI_CONTROLS). A tracker
 * would let them disguise a ticket just as a page could, and the report's script, composing a
 * ticket from the page it shows, only ever sees them spelled out. */
export const showBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, showCodePoint)

/** The URL, if it may go into an `href`: only absolute http(s) URLs, so that `javascript:`,
 * `data:` and friends from a page never become clickable. Returned unescaped; escape on output. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A path inside the report folder as a relative URL, or undefined when it is not one (a scheme,
 * an absolute or protocol-relative path, or a climb out of the folder). Each segment is
 * percent-encoded, so a site name with `#`, `?` or spaces still points at its file. */
export function reportRelativeUrl(path: string | undefined): string | undefined {
  if (!path) return undefined
  const normalised = path.replaceAll('\\', '/')
  if (/^[a-z][a-z0-9+.-]*:/i.test(normalised) || normalised.startsWith('/')) return undefined
  const segments = normalised.split('/').filter((s) => s !== '' && s !== '.')
  if (segments.length === 0 || segments.includes('..')) return undefined
  return segments.map(encodeURIComponent).join('/')
}

const SAFE = Symbol('safe-html')

/** Markup that is already safe: built by `html` (which escaped everything interpolated into it)
 * or one of the report's own constants. */
export interface SafeHtml {
  readonly [SAFE]: true
  readonly markup: string
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const isSafe = (value: unknown): value is SafeHtml =>
  typeof value === 'object' && value !== null && SAFE in value

function toMarkup(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return value.map((v: HtmlValue) => toMarkup(v)).join('')
  if (isSafe(value)) return value.markup
  return escapeHtml(value)
}

/** The only way markup is built in the report: every interpolated value is escaped unless it is
 * itself `SafeHtml`, so forgetting to escape a page's text cannot happen by omission. Attribute
 * values must be quoted in the template. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const literals = compactLiterals(strings)
  let markup = literals[0] ?? ''
  values.forEach((value, i) => {
    markup += toMarkup(value) + (literals[i + 1] ?? '')
  })
  return { [SAFE]: true, markup }
}

const compacted = new WeakMap<TemplateStringsArray, readonly string[]>()

/** The templates' own indentation, a line break and the spaces after it, is a tenth of a large
 * report and means nothing to the browser: each run shrinks to one line break, which renders as
 * the same single space. Only the literal parts are touched, never an interpolated value, and the
 * templates hold no `<pre>` or `<textarea>` text of their own. Cached per template: a report of
 * fifty sites calls the same few templates thousands of times. */
function compactLiterals(strings: TemplateStringsArray): readonly string[] {
  let literals = compacted.get(strings)
  if (!literals) {
    literals = strings.map((literal) => literal.replace(/\n\s+/g, '\n'))
    compacted.set(strings, literals)
  }
  return literals
}

/** For the report's own constant style sheet and script only; never for anything read from a
 * page, a scenario or a trace. */
export function trustedConstant(markup: string): SafeHtml {
  return { [SAFE]: true, markup }
}
