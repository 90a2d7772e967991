import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Report } from '../../src/report/model.js'
import { writeJsonReport } from '../../src/report/write-json.js'
import { buildFixtureReport } from './fixture-report.js'

describe('writeJsonReport', () => {
  let outDir: string
  let report: Report

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-json-'))
    report = await buildFixtureReport(undefined, outDir)
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('writes report.json that parses back through the schema to the same report', async () => {
    const file = await writeJsonReport(report, outDir)
    expect(file).toBe(join(outDir, 'report.json'))
    const text = await readFile(file, 'utf8')
    expect(text.endsWith('\n')).toBe(true)
    expect(text).toContain('\n  "schemaVersion": 1,')
    expect(Report.parse(JSON.parse(text))).toEqual(report)
  })

  it('reads a report written before rules declared `requires`: the flows it named become a requirement', () => {
    const older = JSON.parse(JSON.stringify(report)) as { rules: Record<string, unknown>[] }
    older.rules = older.rules.map(({ requires: _, ...rule }, i) => ({ ...rule, flows: i === 0 ? ['signup', 'checkout'] : ['support', '*'] }))
    const [first, second] = Report.parse(older).rules
    expect(first?.requires).toEqual([{ flows: ['signup', 'checkout'], needs: 'every-page' }])
    expect(second?.requires).toEqual([{ flows: ['any'], needs: 'every-page' }])
  })

  it('reads a report written before every rule said how it decides in points', () => {
    const older = JSON.parse(JSON.stringify(report)) as { rules: Record<string, unknown>[] }
    const markdown = 'Counts the clicks.\n\nMore to cancel than to join is flagged.'
    older.rules = older.rules.map((rule, i) =>
      i === 0 ? { ...rule, decides: markdown, examples: { flagged: 'Seven clicks out.', notFlagged: 'One click each way.' } } : i === 1 ? { ...rule, decides: markdown } : rule,
    )
    const [first, second, third] = Report.parse(older).rules
    expect(first?.decides).toEqual({ how: [markdown], flagged: 'Seven clicks out.', notFlagged: 'One click each way.' })
    expect(first).not.toHaveProperty('examples')
    expect(second?.decides).toBeUndefined()
    expect(third?.decides).toBeUndefined()
  })

  it('keeps hostile strings as data, unchanged', async () => {
    const text = await readFile(await writeJsonReport(report, outDir), 'utf8')
    const parsed = Report.parse(JSON.parse(text))
    const review = parsed.sites[1]?.results.find((r) => r.outcome === 'needs-review')
    expect(review?.findings[0]?.evidence.url).toBe('javascript:alert(1)')
    expect(review?.findings[0]?.evidence.text).toBe('</script><script>alert(1)</script>')
  })

  it('refuses a report that does not match the schema, and writes nothing', async () => {
    const other = await mkdtemp(join(tmpdir(), 'cancelcheck-json-bad-'))
    const broken = { ...report, sites: [{ ...report.sites[0], status: 'half-done' }] } as unknown as Report
    await expect(writeJsonReport(broken, other)).rejects.toThrow(/status/)
    await expect(readFile(join(other, 'report.json'))).rejects.toThrow()
    await rm(other, { recursive: true, force: true })
  })
})
