import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { renderHtml, writeHtmlReport } from '../../src/report/render-html.js'
import { buildFixtureReport } from './fixture-report.js'

/** Rendering checks that need no browser; the browser checks are in html-report.test.ts. */
describe('renderHtml', () => {
  let outDir: string
  let report: Report

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-render-'))
    report = await buildFixtureReport(undefined, outDir)
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('writes index.html into the report folder', async () => {
    const file = await writeHtmlReport(report, outDir)
    expect(file).toBe(join(outDir, 'index.html'))
    expect(await readFile(file, 'utf8')).toMatch(/^<!doctype html>/)
  })

  it('shows the summary: outcome counts apart, indicators by severity, one line per site', async () => {
    const markup = await renderHtml(report, outDir)
    const tile = (outcome: string) =>
      new RegExp(`data-tile-outcome="${outcome}">\\s*<div class="count">(\\d+)</div>`).exec(markup)?.[1]
    expect([tile('fail'), tile('needs-review'), tile('error'), tile('pass'), tile('not-applicable')]).toEqual(['4', '2', '1', '7', '2'])
    expect(markup).toMatch(/sev-serious">serious<\/span><span class="severity-bar"><span style="width:100%"><\/span><\/span><strong>2<\/strong>/)
    expect(markup).toMatch(/<a href="#site-1">streamly-dark<\/a><\/td>\s*<td><span class="badge status-incomplete">incomplete<\/span><\/td>\s*<td class="num">4<\/td>/)
    expect(markup).toContain('<td class="num">15 s</td>')
  })

  it('shows each flow as a strip of steps with action, path, duration, expect result and errors', async () => {
    const markup = await renderHtml(report, outDir)
    expect(markup).toContain('<img src="sites/streamly-dark/cancel-02.png"')
    expect(markup).toContain('click: { text: cancel membership }')
    // The path as text under the thumbnail; the site's base URL is printed once, above.
    expect(markup).toContain('<span>/account/cancel/survey?step=2</span>')
    expect(markup).toContain('✓ Expected text seen')
    expect(markup).toContain('✗ Expected text not seen')
    expect(markup).toContain('<b class="step-mark" title="the click that places the paid order">places-order</b>')
    expect(markup).toMatch(/<li class="step is-failed is-slow" data-step="5">[\s\S]*?Timed out after 10 s[\s\S]*?<\/li>/)
    expect(markup).toMatch(/class="step-marker badge tone-fail" href="#finding-1-1-1">1 indicator</)
  })

  it('gives reasons for needs-review, error and not-applicable results', async () => {
    const markup = await renderHtml(report, outDir)
    expect(markup).toContain('<strong>Why it needs review:</strong> A &quot;Contact&quot; text was found')
    expect(markup).toContain('<strong>Why it could not be checked:</strong> The cancel flow failed at step 5')
    expect(markup).toContain('<span class="why">No checkout flow in this scenario.</span>')
  })

  it('names the jurisdictions and the audit date, and marks provisions not yet in force', async () => {
    const markup = await renderHtml(report, outDir)
    expect(markup).toContain('Jurisdictions: <strong>US (federal), California, New York, Colorado, Minnesota, Massachusetts, EU, Germany, United Kingdom</strong>')
    expect(markup).toContain('Law as of <strong>2025-06-12</strong>')
    expect(markup).toMatch(/<tr class="informational">\s*<td><strong>CA ARL<\/strong>[\s\S]*?<td>2025-07-01<span class="informational-mark">informational — applies from 2025-07-01<\/span><\/td>/)
    expect(markup).not.toMatch(/<tr class="informational">\s*<td><strong>ROSCA/)
  })

  it('shows what a rule saw when no provision of it is in force in the report’s jurisdictions', async () => {
    const narrowed: Report = { ...structuredClone(report), jurisdictions: ['uk'] }
    const result = narrowed.sites[0]!.results[0]!
    result.outcome = 'not-applicable'
    result.reason = 'no provision in force in uk'
    result.findings[0]!.references = []
    const markup = await renderHtml(narrowed, outDir)
    expect(markup).toContain('Jurisdictions: <strong>United Kingdom</strong>')
    expect(markup).toMatch(/<details class="card rule tone-not-applicable collapsible" open id="s1-r-pre-ticked-upsell" data-outcome="not-applicable"[\s\S]*?1 seen, not counted[\s\S]*?<strong>Why it does not apply:<\/strong> no provision in force in uk/)
    expect(markup).toContain('was already ticked when the page loaded')
  })

  it('names, in a site’s header, the law it was judged under and where that came from', async () => {
    const sites: Report = structuredClone(report)
    const [named, scanned] = sites.sites
    if (!named || !scanned) throw new Error('fixture shape changed')
    named.jurisdictions = ['us', 'us-ca']
    scanned.jurisdictions = ['eu', 'de']
    scanned.jurisdictionsInferred = { tags: ['de'], because: ['.de domain', 'prices in EUR', 'German text'] }
    const markup = await renderHtml(sites, outDir)
    expect(markup).toContain('<span class="site-jurisdictions">Law of <strong>US (federal), California</strong> (named by the scenario)</span>')
    expect(markup).toContain('<span class="site-jurisdictions">Law of <strong>EU, Germany</strong> (inferred from .de domain, prices in EUR, German text)</span>')
  })

  it('says so when a screenshot the report names is not in the folder', async () => {
    const missing: Report = structuredClone(report)
    const site = missing.sites[0]
    const result = site?.results[0]
    const step = site?.flows[0]?.steps[0]
    if (!result?.findings[0] || !step) throw new Error('fixture shape changed')
    result.findings[0].evidence.screenshot = 'sites/streamly-dark/gone.png'
    step.screenshot = 'sites/streamly-dark/also-gone.png'
    const markup = await renderHtml(missing, outDir)
    expect(markup).toContain('The screenshot <code>sites/streamly-dark/gone.png</code> is not in the report folder.')
    expect(markup).toContain('Screenshot missing')
    expect(markup).not.toContain('src="sites/streamly-dark/also-gone.png"')
  })

  it('renders a report without sites', async () => {
    const markup = await renderHtml({ ...report, sites: [] }, outDir)
    expect(markup).toContain('No site was audited.')
  })
})
