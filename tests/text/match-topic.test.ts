import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/text/match-topic.js'

describe('normalizeText', () => {
  it.each([
    ['don’t', "don't"],
    ['don‘t', "don't"],
    ['donʼt', "don't"],
    ['don´t', "don't"],
    ['don`t', "don't"],
    ['don′t', "don't"],
    ['I’ll  pass\u00a0on it ', "I'll pass on it"],
  ])('%j', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized)
  })
})
