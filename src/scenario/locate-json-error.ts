export interface JsonSyntaxError {
  /** Offset in the text. */
  offset: number
  message: string
}

class Stop extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(found.message)
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\n\r]*/y

/** Where and why `text` is not JSON. Node's JSON.parse gives a position only for some errors (an
 * unexpected token comes with an excerpt instead), so text that JSON.parse rejected is walked again
 * here, by the JSON grammar, to find the first offending character. */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let at = 0

  const fail = (message: string): never => {
    throw new Stop({ offset: at, message })
  }
  const found = (): string => (at >= text.length ? 'the end of the file' : JSON.stringify(text[at]))
  const skipWhitespace = (): void => {
    WHITESPACE.lastIndex = at
    WHITESPACE.exec(text)
    at = WHITESPACE.lastIndex
  }
  const expect = (char: string, what: string): void => {
    skipWhitespace()
    if (text[at] !== char) fail(`expected ${what}, found ${found()}`)
    at++
  }

  const string = (): void => {
    const opening = at
    at++
    for (;;) {
      const char = text[at]
      if (char === undefined) {
        at = opening
        fail('unterminated string')
      }
      if (char === '"') {
        at++
        return
      }
      if (char !== undefined && char < ' ') fail('unescaped control character (a line break?) in a string')
      if (char === '\\') {
        at++
        const escaped = text[at]
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('invalid \\u escape in a string')
          at += 5
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at++
        else fail(`invalid escape \\${escaped ?? ''} in a string`)
      } else at++
    }
  }

  const members = (close: '}' | ']', member: () => void): void => {
    at++ // the opening bracket
    skipWhitespace()
    if (text[at] === close) {
      at++
      return
    }
    for (;;) {
      member()
      skipWhitespace()
      if (text[at] === close) {
        at++
        return
      }
      if (text[at] !== ',') fail(`expected "," or "${close}", found ${found()}`)
      const comma = at
      at++
      skipWhitespace()
      if (text[at] === '}' || text[at] === ']') {
        const message = `trailing comma before ${found()}`
        at = comma
        fail(message)
      }
    }
  }

  const value = (): void => {
    skipWhitespace()
    const char = text[at]
    if (char === '{') {
      members('}', () => {
        skipWhitespace()
        if (text[at] !== '"') fail(`expected a double-quoted key, found ${found()}`)
        string()
        expect(':', '":"')
        value()
      })
    } else if (char === '[') members(']', value)
    else if (char === '"') string()
    else if (text.startsWith('true', at)) at += 4
    else if (text.startsWith('false', at)) at += 5
    else if (text.startsWith('null', at)) at += 4
    else {
      NUMBER.lastIndex = at
      if (!NUMBER.test(text)) fail(`expected a value, found ${found()}`)
      at = NUMBER.lastIndex
    }
  }

  try {
    value()
    skipWhitespace()
    if (at < text.length) fail(`unexpected ${found()} after the end of the document`)
    return undefined
  } catch (error) {
    if (error instanceof Stop) return error.found
    throw error
  }
}
