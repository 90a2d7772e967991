import { describe, expect, it } from 'vitest'
import { locateJsonError } from '../../src/scenario/locate-json-error.js'

describe('locateJsonError', () => {
  it.each<[string, number, string]>([
    ['{"a": 1,\n}', 7, 'trailing comma before "}"'],
    ['{"a" 1}', 5, 'expected ":", found "1"'],
    ['{a: 1}', 1, 'expected a double-quoted key, found "a"'],
    ['[1 2]', 3, 'expected "," or "]", found "2"'],
    ['{"a": "abc', 6, 'unterminated string'],
    ['{"a": tru}', 6, 'expected a value, found "t"'],
    ['{"a": 1} x', 9, 'unexpected "x" after the end of the document'],
    ['{"a": "x\ny"}', 8, 'unescaped control character (a line break?) in a string'],
    ['{"a": "\\q"}', 8, 'invalid escape \\q in a string'],
  ])('%j', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(locateJsonError(text)).toEqual({ offset, message })
  })

  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}], "c": {}}')).toBeUndefined()
  })
})
