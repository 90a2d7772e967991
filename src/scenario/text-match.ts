/** `/pattern/flags` is a regular expression; anything else is literal text. A string such as
 * `/year/2024` or the path `/app/home` has "flags" that are not regular-expression flags, so it
 * stays literal text. */
const REGEX_LITERAL = /^\/(.+)\/([dgimsuvy]*)$/s

/** Turns a scenario's text match into what Playwright's `getBy*` methods take. */
export function parseTextMatch(s: string): string | RegExp {
  const literal = REGEX_LITERAL.exec(s)
  if (!literal) return s
  return new RegExp(literal[1] ?? '', literal[2])
}

/** Why `s` cannot be used as a text match, or undefined if it can. */
export function textMatchProblem(s: string): string | undefined {
  if (!REGEX_LITERAL.test(s)) return undefined
  try {
    parseTextMatch(s)
    return undefined
  } catch (error) {
    // V8 says "Invalid regular expression: /a(b/: Unterminated group"; the reason is the last part.
    const reason = (error as Error).message.split(': ').at(-1)
    return `invalid regular expression ${s} (${reason})`
  }
}
