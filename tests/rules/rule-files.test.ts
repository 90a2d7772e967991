// One rule = three things with one id: its source, its test, its doc page. This test fails when
// any is missing, when a doc page is stale, or when a rule file is not registered.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LegalReference } from '../../src/report/model.js'
import * as references from '../../src/rules/data/legal-references.js'
import { allRules } from '../../src/rules/index.js'
import { JURISDICTION_TAGS } from '../../src/rules/jurisdictions.js'
import { renderRuleDoc, renderRuleIndex, renderRuleTable, withRuleTable } from '../../src/rules/render-docs.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8')
const REGENERATE = 'run `npx tsx src/rules/write-docs.ts` to regenerate it'

/** Files in src/rules/ that hold machinery, not a rule. */
const NOT_RULES = new Set(['index.ts', 'define-rule.ts', 'run-rules.ts', 'render-docs.ts', 'write-docs.ts', 'jurisdictions.ts'])

describe('rule files', () => {
  it('every rule id is unique', () => {
    const ids = allRules.map((r) => r.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every rule file in src/rules/ is registered in allRules', () => {
    const files = readdirSync(`${root}src/rules`).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(allRules.map((r) => r.meta.id).sort())
  })

  for (const { meta } of allRules) {
    describe(meta.id, () => {
      it('has its source file', () => expect(existsSync(`${root}src/rules/${meta.id}.ts`)).toBe(true))
      it('has its test file', () => expect(existsSync(`${root}tests/rules/${meta.id}.test.ts`)).toBe(true))
      it('has an up-to-date doc page', () => {
        const path = `docs/rules/${meta.id}.md`
        expect(existsSync(`${root}${path}`), `${path} is missing: ${REGENERATE}`).toBe(true)
        expect(read(path), `${path} is stale: ${REGENERATE}`).toBe(renderRuleDoc(meta))
      })
      it('says why it matters in two sentences and how to fix it in one', () => {
        expect(meta.help.match(/[.!?](\s|$)/g)?.length).toBe(2)
        expect(meta.fix.match(/[.!?](\s|$)/g)?.length).toBe(1)
      })
      it('says how it decides, with a case it reports and a look-alike it leaves alone', () => {
        expect(meta.decides.how.length).toBeGreaterThan(0)
        for (const point of meta.decides.how) expect(point.trim()).not.toBe('')
        expect(meta.decides.flagged.trim()).not.toBe('')
        expect(meta.decides.notFlagged.trim()).not.toBe('')
      })
    })
  }

  it('has an up-to-date rule table in the project README', () => {
    const readme = read('README.md')
    expect(readme, REGENERATE).toBe(withRuleTable(readme, allRules))
  })

  it('has an up-to-date index page', () => {
    expect(read('docs/rules/README.md'), REGENERATE).toBe(renderRuleIndex(allRules))
  })

  it('renders one point of how a rule decides as a paragraph, several as a list, then the two cases', () => {
    const { meta } = allRules[0]!
    const cases = { flagged: 'A case it reports.', notFlagged: 'A look-alike it leaves alone.' }
    const section = (how: string[]): string => {
      const page = renderRuleDoc({ ...meta, decides: { how, ...cases } })
      return page.slice(page.indexOf('## How it decides'), page.indexOf('## How to fix'))
    }
    expect(section(['One point.'])).toBe('## How it decides\n\nOne point.\n\n**Reported:** A case it reports.\n\n**Not reported:** A look-alike it leaves alone.\n\n')
    expect(section(['One.', 'Two.'])).toContain('## How it decides\n\n- One.\n- Two.\n\n**Reported:** A case it reports.\n')
  })

  it('renders a README table with one row per rule, linking its page', () => {
    const table = renderRuleTable(allRules)
    for (const { meta } of allRules) expect(table).toContain(`[\`${meta.id}\`](docs/rules/${meta.id}.md)`)
    expect(table.trim().split('\n')).toHaveLength(allRules.length + 2)
  })
})

describe('legal references', () => {
  const OFFICIAL_HOSTS = [
    'eur-lex.europa.eu',
    'curia.europa.eu',
    'uscode.house.gov',
    'leginfo.legislature.ca.gov',
    'www.ftc.gov',
    'www.mass.gov',
    'www.legislation.gov.uk',
    'www.gesetze-im-internet.de',
    'www.ecfr.gov',
    'www.nysenate.gov',
    'leg.colorado.gov',
    'www.revisor.mn.gov',
  ]
  for (const [name, ref] of Object.entries(references)) {
    it(`${name} is a valid reference to an official text`, () => {
      LegalReference.parse(ref)
      expect(OFFICIAL_HOSTS).toContain(new URL(ref.url).host)
      if (ref.effectiveFrom) expect(ref.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(JURISDICTION_TAGS).toContain(ref.jurisdiction)
    })
    it(`${name} cites a provision a reader can look up`, () => {
      // A section, article, paragraph, annex, part or case number: the name of a law alone is not a citation.
      expect(ref.cite).toMatch(/(§|\bArt\.|\bs\.|\bss\.|\breg\.|\bAnnex\b|\bSchedule\b|\bPart\b|\bNo\.|\bCase\b|\bFed\. Reg\.|\d+ CMR|U\.S\.C\.|Rev\. Stat\.)/)
      expect((ref.note ?? '').trim().length, `${name} says what the provision requires`).toBeGreaterThan(40)
    })
  }

  it('every reference a rule carries is one of the reviewed references above', () => {
    const reviewed = new Set(Object.values(references))
    for (const { meta } of allRules) for (const ref of meta.references) expect(reviewed.has(ref), `${meta.id}: ${ref.cite}`).toBe(true)
  })
})
