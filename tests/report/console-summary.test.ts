import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatConsoleSummary } from '../../src/report/console-summary.js'
import type { Report } from '../../src/report/model.js'
import { buildFixtureReport } from './fixture-report.js'

const ANSI = /\u001b\[/

describe('formatConsoleSummary', () => {
  let outDir: string
  let report: Report

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-console-'))
    report = await buildFixtureReport(undefined, outDir)
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('gives each site its status, outcome counts and failing rules with count and severity', () => {
    const text = formatConsoleSummary(report, { color: false })
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^streamly-dark\s+incomplete\s+15 s$/)
    expect(text).toContain('4 rules with indicators · 1 needs review · 1 could not check · 1 no indicator · 1 not applicable')
    expect(lines.find((l) => l.includes('pre-ticked-upsell'))).toMatch(/✖ pre-ticked-upsell\s+1 indicator\s+serious$/)
    expect(lines.find((l) => l.includes('confirmshaming'))).toMatch(/1 indicator\s+moderate$/)
    expect(text).toContain('? hidden-support')
    expect(text).toMatch(/! missing-confirmation\s+could not check: The cancel flow failed at step 5/)
    expect(text).toContain('! cancel flow failed at step 5, click: { text: Confirm cancellation }: Timed out after 10 s: no element matched text "Confirm cancellation".')
    expect(lines.find((l) => l.startsWith('streamly-fair'))).toMatch(/complete/)
  })

  it('ends with totals that keep needs-review and errors apart from indicators', () => {
    const text = formatConsoleSummary(report, { color: false })
    expect(text).toContain('Total: 4 indicators (2 serious, 2 moderate) on 2 sites (1 incomplete)')
    expect(text).toContain('4 rules with indicators · 2 need review · 1 could not check · 7 no indicator · 2 not applicable')
  })

  it('says where the report was written when given the folder', () => {
    const text = formatConsoleSummary(report, { color: false, outDir: 'reports/acme' })
    expect(text.split('\n').at(-1)).toBe('Report: reports/acme/index.html (JSON: reports/acme/report.json)')
  })

  it('colours only when asked', () => {
    expect(formatConsoleSummary(report, { color: false })).not.toMatch(ANSI)
    expect(formatConsoleSummary(report, { color: true })).toMatch(ANSI)
  })

  it('drops terminal control sequences that come from a page or scenario', () => {
    const first = report.sites[0]
    if (!first) throw new Error('fixture has no site')
    const hostile: Report = { ...report, sites: [{ ...first, site: 'evil\u001b]0;pwned\u0007\u001b[2Jsite' }] }
    const text = formatConsoleSummary(hostile, { color: false })
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    // Whole sequences go, not just their escape character: no `[2J` left behind to read.
    expect(text).toContain('evilsite')
  })
})
