import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { MARKDOWN_REPORT_FILE, renderMarkdownSummary, writeMarkdownSummary } from '../../src/report/write-markdown.js'
import { buildFixtureReport } from './fixture-report.js'

describe('the Markdown summary', () => {
  let outDir: string
  let report: Report
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-markdown-'))
    report = await buildFixtureReport(undefined, outDir)
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('says whether the build fails, with a line per site and the failing findings first', () => {
    const md = renderMarkdownSummary(report)
    expect(md).toMatch(/^## cancelcheck: ❌ \d+ indicators? at or above serious\n/)
    for (const site of report.sites) expect(md).toContain(`| ${site.site} |`)
    const rows = md.split('\n').filter((l) => /^\| (❌|passes|unchanged) \|/.test(l))
    expect(rows.length).toBeGreaterThan(0)
    const firstPassing = rows.findIndex((r) => !r.startsWith('| ❌'))
    if (firstPassing >= 0) expect(rows.slice(firstPassing).every((r) => !r.startsWith('| ❌'))).toBe(true)
    expect(md).toContain('](https://github.com/cancelcheck/cancelcheck/blob/main/docs/rules/pre-ticked-upsell.md)')
  })

  it('with a baseline, fails only on new findings and counts the rest', () => {
    const compared = structuredClone(report)
    const findings = compared.sites.flatMap((s) => s.results.flatMap((r) => r.findings))
    for (const f of findings) f.baseline = 'unchanged'
    compared.baseline = { file: 'reports/base/report.json', generatedAt: compared.generatedAt, newCount: 0, unchangedCount: findings.length, fixed: [] }
    const md = renderMarkdownSummary(compared)
    expect(md).toMatch(/^## cancelcheck: ✅ nothing new at or above serious\n/)
    expect(md).toContain(`compared with \`reports/base/report.json\`: 0 new, ${findings.length} unchanged, 0 fixed.`)
    expect(md).not.toMatch(/^\| ❌/m)
  })

  it('keeps page text from breaking the table or adding markup', () => {
    const hostile = structuredClone(report)
    const finding = hostile.sites[0]?.results.find((r) => r.outcome === 'fail')?.findings[0]
    if (!finding) throw new Error('no finding')
    finding.message = 'Cancel | <img src=x onerror=alert(1)> **now**\nor lose it'
    const row = renderMarkdownSummary(hostile).split('\n').find((l) => l.includes('Cancel'))
    expect(row).toContain('Cancel \\| \\<img src=x onerror=alert(1)\\> \\*\\*now\\*\\* or lose it')
  })

  it('is written atomically as summary.md', async () => {
    const file = await writeMarkdownSummary(report, outDir)
    expect(file).toBe(join(outDir, MARKDOWN_REPORT_FILE))
    expect(await readFile(file, 'utf8')).toBe(renderMarkdownSummary(report))
  })
})
