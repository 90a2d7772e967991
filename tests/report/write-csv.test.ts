import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { renderCsv } from '../../src/report/write-csv.js'
import { buildFixtureReport } from './fixture-report.js'

let outDir: string
let report: Report
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-csv-'))
  report = await buildFixtureReport(undefined, outDir)
})
afterAll(() => rm(outDir, { recursive: true, force: true }))

/** Enough of RFC 4180 to read the table back. */
function parse(csv: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') rows.at(-1)!.push(field), (field = '')
    else if (c === '\r' && csv[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++
    else field += c
  }
  return rows.filter((r) => r.length > 1)
}

describe('the CSV table', () => {
  it('has a row per site and a column per rule, with fail counts', () => {
    const [header, ...rows] = parse(renderCsv(report).replace(/^\uFEFF/, ''))
    expect(header!.slice(0, 10)).toEqual(['site', 'url', 'mode', 'status', 'indicators', 'needs_review', 'could_not_check', 'error', 'cookie_platform', 'cookie_banner'])
    expect(header!.slice(10)).toEqual(report.rules.map((r) => r.id))
    expect(rows).toHaveLength(report.sites.length)
    const dark = rows[0]!
    const column = (id: string) => dark[header!.indexOf(id)]
    expect(column('pre-ticked-upsell')).toBe('fail:1')
    expect(column('hidden-support')).toBe('needs-review')
    expect(column('missing-confirmation')).toBe('error')
    expect(column('phone-only-cancel')).toBe('pass')
    expect(dark[3]).toBe('incomplete')
  })

  it('says which cookie banner a scan met and whether declining it worked', () => {
    const copy = structuredClone(report)
    copy.sites[0]!.cookieBanner = { cmp: 'hubspot', found: true, outcome: 'reject-failed', shownAt: { flow: 'home', step: 0 } }
    const [header, first, second] = parse(renderCsv(copy).replace(/^\uFEFF/, ''))
    expect(first![header!.indexOf('cookie_platform')]).toBe('hubspot')
    expect(first![header!.indexOf('cookie_banner')]).toBe('reject-failed')
    expect(second![header!.indexOf('cookie_banner')]).toBe('')
  })

  it('quotes what must be quoted and defuses text a spreadsheet would run', () => {
    const copy = structuredClone(report)
    copy.sites[0]!.site = '=HYPERLINK("http://evil.example","click")'
    copy.sites[0]!.error = 'line one\nline "two", three'
    const [, first] = parse(renderCsv(copy).replace(/^\uFEFF/, ''))
    expect(first![0]).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(first![7]).toBe('line one\nline "two", three')
  })
})
