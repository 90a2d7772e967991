import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as cheerio from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { gatingFindings } from '../../src/report/gating.js'
import { renderJunit, writeJunitReport } from '../../src/report/write-junit.js'
import { buildFixtureReport, HOSTILE } from './fixture-report.js'

describe('writeJunitReport', () => {
  let outDir: string
  let report: Report
  let xml: string

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-junit-'))
    report = await buildFixtureReport(undefined, outDir)
    xml = await readFile(await writeJunitReport(report, outDir), 'utf8')
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  const load = () => cheerio.load(xml, { xml: true })

  it('writes junit.xml with a suite per site', () => {
    const $ = load()
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true)
    expect($('testsuite')).toHaveLength(report.sites.length)
  })

  it('counts that agree with the test cases, in every suite and in total', () => {
    const $ = load()
    const suites = $('testsuite').toArray()
    for (const suite of suites) {
      const s = $(suite)
      expect(Number(s.attr('tests'))).toBe(s.find('testcase').length)
      expect(Number(s.attr('failures'))).toBe(s.find('testcase > failure').length)
      expect(Number(s.attr('errors'))).toBe(s.find('testcase > error').length)
      expect(Number(s.attr('skipped'))).toBe(s.find('testcase > skipped').length)
    }
    expect(Number($('testsuites').attr('tests'))).toBe($('testcase').length)
    expect(Number($('testsuites').attr('failures'))).toBe($('failure').length)
  })

  it('fails one test case per rule and flow that has findings failing the build, naming the findings and their screenshots', () => {
    const $ = load()
    const failingPairs = new Set(gatingFindings(report).map((f) => `${f.site}|${f.ruleId}|${f.flow}`))
    expect($('failure')).toHaveLength(failingPairs.size)
    const finding = report.sites.flatMap((s) => s.results.flatMap((r) => r.findings)).find((f) => f.evidence.screenshot)!
    const text = $('failure').text()
    expect(text).toContain(`[[ATTACHMENT|${finding.evidence.screenshot}]]`)
    expect(xml).not.toMatch(/base64/)
  })

  it('marks rules that could not run as errors and rules with nothing to read as skipped', () => {
    const $ = load()
    const results = report.sites.flatMap((s) => s.results)
    expect($('error')).toHaveLength(results.filter((r) => r.outcome === 'error').length)
    expect($('skipped').length).toBeGreaterThanOrEqual(results.filter((r) => r.outcome === 'not-applicable').length)
  })

  it('keeps hostile page text as escaped text, never as markup', () => {
    const $ = load()
    expect($('script')).toHaveLength(0)
    expect($('img')).toHaveLength(0)
    const hostile = Object.values(HOSTILE).filter((v): v is string => typeof v === 'string')
    expect(hostile.some((h) => $('testsuites').text().includes(h) || xml.includes(h.replace(/&/g, '&amp;').replace(/</g, '&lt;')))).toBe(true)
  })

  // The same levels as the exit code: what does not fail the build passes, and says why.

  const failuresOf = (r: Report) => {
    const $ = cheerio.load(renderJunit(r), { xml: true })
    return $('testcase:has(failure)').toArray().map((c) => $(c).attr('name'))
  }
  const outputOf = (r: Report, name: string) => {
    const $ = cheerio.load(renderJunit(r), { xml: true })
    return $(`testcase[name="${name}"] > system-out`).text()
  }

  it('fails exactly the test cases whose findings gate the build', () => {
    const gating = new Set(gatingFindings(report).map((f) => `${f.ruleId} (${f.flow} flow)`))
    expect(new Set(failuresOf(report))).toEqual(gating)
  })

  it('a rule set to warn passes, with its findings and why in the output', () => {
    const warned: Report = { ...report, warnOnly: ['pre-ticked-upsell'] }
    expect(failuresOf(warned)).not.toContain('pre-ticked-upsell (signup flow)')
    expect(outputOf(warned, 'pre-ticked-upsell (signup flow)')).toMatch(/Add Streamly Protect[\s\S]*not failing the build: the rule is set to warn/)
  })

  it('a finding below --fail-on passes', () => {
    const critical: Report = { ...report, failOn: 'critical' }
    expect(failuresOf(critical)).toEqual([])
    expect(outputOf(critical, 'confirmshaming (cancel flow)')).toMatch(/not failing the build: \w+ is below --fail-on critical/)
  })

  it('a finding unchanged since the baseline passes; a new one beside it still fails', () => {
    const marked: Report = {
      ...report,
      sites: report.sites.map((site) => ({
        ...site,
        results: site.results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, baseline: f.ruleId === 'cancel-harder-than-signup' ? ('new' as const) : ('unchanged' as const) })) })),
      })),
    }
    const failures = failuresOf(marked)
    expect(failures).toContain('cancel-harder-than-signup (cancel flow)')
    expect(failures).not.toContain('pre-ticked-upsell (signup flow)')
    expect(outputOf(marked, 'pre-ticked-upsell (signup flow)')).toContain('not failing the build: seen in the baseline')
  })
})
