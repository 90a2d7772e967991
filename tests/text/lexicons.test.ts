import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../src/text/detect-language.js'
import { templateSource } from '../../src/text/phrase-pattern.js'

const dir = fileURLToPath(new URL('../../src/text/lexicon/', import.meta.url))
const files = readdirSync(dir).filter((f) => /^[a-z-]+-[a-z]{2}\.ts$/.test(f) && f !== 'function-words.ts')
const HEURISTICS = ['confirmshaming', 'hard-to-cancel', 'renewal', 'trick-question', 'urgency']

type Lexicon = Record<string, readonly string[] | Readonly<Record<string, unknown>>>

const load = async (file: string): Promise<Lexicon> => {
  const module = (await import(`${dir}${file}`)) as Record<string, Lexicon>
  const [lexicon] = Object.values(module)
  if (!lexicon) throw new Error(`${file} exports nothing`)
  return lexicon
}

describe('word lists', () => {
  it('exist for every heuristic in every language', () => {
    for (const heuristic of HEURISTICS) {
      for (const lang of LANGUAGES) expect(files).toContain(`${heuristic}-${lang}.ts`)
    }
  })

  it.each(files)('%s: entries are lower case and templates name lists that exist', async (file) => {
    const lexicon = await load(file)
    for (const [name, list] of Object.entries(lexicon)) {
      // A table (e.g. time units to seconds) is checked by its keys, a list by its entries.
      const entries = Array.isArray(list) ? (list as readonly string[]) : Object.keys(list)
      if (name.endsWith('Templates')) {
        for (const template of entries) expect(() => templateSource(template, lexicon as Record<string, readonly string[]>)).not.toThrow()
      } else {
        for (const entry of entries) expect(entry, `${name}: ${entry}`).toBe(entry.toLowerCase())
      }
    }
  })
})
