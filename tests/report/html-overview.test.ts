import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matrixRuleIds } from '../../src/report/html/site-rule-matrix.js'
import type { Report } from '../../src/report/model.js'
import { renderHtml } from '../../src/report/render-html.js'
import { buildFixtureReport } from './fixture-report.js'

/** The overview, baseline marks, thumbnails, inlining and size: checks that need no browser. */
let outDir: string
let report: Report

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-overview-'))
  report = await buildFixtureReport(undefined, outDir)
})
afterAll(() => rm(outDir, { recursive: true, force: true }))

/** The fixture with findings marked against a baseline and one rule set to warn. */
function withBaseline(source: Report): Report {
  const copy = structuredClone(source)
  const dark = copy.sites[0]!
  dark.results[0]!.findings[0]!.baseline = 'new'
  dark.results[2]!.findings[0]!.baseline = 'unchanged'
  copy.baseline = {
    file: 'reports/last-week/report.json',
    generatedAt: '2025-06-05T10:00:00.000Z',
    newCount: 1,
    unchangedCount: 1,
    fixed: [{ ...structuredClone(dark.results[2]!.findings[0]!), flow: 'checkout', message: 'The decline button read <b>"Stay poor"</b>.' }],
  }
  copy.warnOnly = ['confirmshaming']
  return copy
}

describe('the site × rule matrix', () => {
  it('has a column for each rule that is not quiet on every site, and none for the others', () => {
    expect(matrixRuleIds(report)).toEqual(['pre-ticked-upsell', 'cancel-harder-than-signup', 'confirmshaming', 'tiny-cancel-link', 'hidden-support', 'missing-confirmation'])
  })

  it('shows each outcome with its finding count, linked to the result in the site section', async () => {
    const markup = await renderHtml(report, outDir)
    const matrix = /<table class="matrix">[\s\S]*?<\/table>/.exec(markup)?.[0] ?? ''
    expect(matrix).toContain('<th scope="col" class="matrix-rule" title="The decline option shames the user"><span>confirmshaming</span></th>')
    expect(matrix).toContain('<td class="mx-cell sev-moderate"><a href="#s1-r-confirmshaming" title="Indicators found (moderate): 1 finding">!<b>1</b></a></td>')
    expect(matrix).toContain('<td class="mx-cell tone-needs-review"><a href="#s2-r-hidden-support" title="Needs review: 1 finding">?<b>1</b></a></td>')
    expect(matrix).toContain('<td class="mx-cell tone-error"><a href="#s1-r-missing-confirmation" title="Could not check">×</a></td>')
    expect(matrix).toContain('<td>✓</td>')
    // Every link has its target.
    for (const [, id] of matrix.matchAll(/href="#(s\d+-r-[a-z-]+)"/g)) expect(markup).toContain(`id="${id}"`)
    // Totals: indicators per rule, sites failing out of all, and per site.
    expect(matrix).toMatch(/<tfoot><tr><th scope="row">Indicators<\/th><td title="1 indicator on 1 site"><strong>1<\/strong><small>1\/2<\/small><\/td>/)
    expect(matrix).toContain('<td title="0 indicators on 0 sites, 2 to review"><strong>0</strong></td>')
    expect(matrix).toMatch(/streamly-dark<\/a> <span class="badge status-incomplete" title="A flow stopped before its end">incomplete<\/span><\/th>.*<td class="matrix-total">4<\/td>/)
  })

  it('is left out for a single site, and says so when every rule is quiet', async () => {
    expect(await renderHtml({ ...report, sites: [report.sites[0]!] }, outDir)).not.toContain('class="matrix"')
    const quiet = structuredClone(report)
    for (const site of quiet.sites) for (const r of site.results) Object.assign(r, { outcome: 'pass', findings: [] })
    expect(await renderHtml(quiet, outDir)).toContain('Every rule saw nothing or did not apply, on every site.')
  })
})

describe('baseline marks and warn-only rules', () => {
  it('sums up the comparison, lists what was fixed, and marks new and unchanged findings', async () => {
    const markup = await renderHtml(withBaseline(report), outDir)
    expect(markup).toContain('Compared with <code>reports/last-week/report.json</code> (5 Jun 2025, 10:00 UTC): <span class="baseline-counts"><strong>1</strong> new, <strong>1</strong> unchanged, <strong>1</strong> fixed</span>')
    expect(markup).toMatch(/<summary>Fixed since the baseline \(1\)<\/summary>[\s\S]*?<td>The decline option shames the user <code>confirmshaming<\/code><\/td><td>streamly-dark<\/td><td>checkout<\/td><td>The decline button read &lt;b&gt;&quot;Stay poor&quot;&lt;\/b&gt;.<\/td>/)
    expect(markup).toMatch(/id="finding-1-1-1"[^>]* data-new="1">[\s\S]*?<span class="badge badge-new"[^>]*>New<\/span>/)
    expect(markup).toMatch(/id="finding-1-3-1"[^>]*>[\s\S]*?<span class="seen-before"[^>]*>Seen before<\/span>/)
    expect(markup).toMatch(/data-rule="pre-ticked-upsell"[^>]*data-new="1">/)
    expect(markup).toContain('<input type="checkbox" data-filter="new"> New only')
  })

  it('has no baseline line, badge or new-only toggle without a baseline', async () => {
    const markup = await renderHtml(report, outDir)
    expect(markup).not.toContain('Compared with')
    expect(markup).not.toContain('class="badge badge-new"')
    expect(markup).not.toContain('data-filter="new"')
  })

  it('badges warn-only rules and counts their findings as before', async () => {
    const markup = await renderHtml(withBaseline(report), outDir)
    expect(markup).toMatch(/<code class="rule-id">confirmshaming<\/code> <span class="badge warn-only"[^>]*>warn only: does not fail the build<\/span>/)
    expect(markup).toContain('class="matrix-rule is-warn-only" title="The decline option shames the user (warn only)"')
    const tile = (outcome: string) => new RegExp(`data-tile-outcome="${outcome}">\\s*<div class="count">(\\d+)</div>`).exec(markup)?.[1]
    expect([tile('fail'), tile('needs-review'), tile('error')]).toEqual(['4', '2', '1'])
  })
})

describe('filter data on results and findings', () => {
  it('names rule, flows, jurisdictions (parents bring in their members) and newness', async () => {
    const markup = await renderHtml(report, outDir)
    // ROSCA (us) and the CRD (eu): federal law applies in every US state, EU law in Germany.
    expect(markup).toContain('id="s1-r-pre-ticked-upsell" data-outcome="fail" data-rule="pre-ticked-upsell" data-severity="serious" data-flow="signup" data-jurisdictions="us us-ca us-ny us-co us-mn us-ma eu de"')
    // BGB only: German law does not apply EU-wide.
    expect(markup).toContain('data-rule="tiny-cancel-link" data-severity="moderate" data-flow="cancel" data-jurisdictions="de"')
    expect(markup).toContain('<option value="streamly-dark">streamly-dark</option>')
    expect(markup).toContain('<option value="support">support</option>')
    expect(markup).toContain('<option value="us-ca">California</option>')
  })

  it('holds what a result without findings is filtered by once, on its rule, and the site on its section', async () => {
    const markup = await renderHtml(report, outDir)
    // The rule's flows and jurisdictions and its severity in the report's jurisdictions.
    expect(markup).toContain('<li id="s2-r-confirmshaming" data-outcome="pass"><b>')
    expect(markup).toContain('<details class="card law collapsible" id="law-confirmshaming" data-severity="moderate" data-flow="cancel checkout" data-jurisdictions="eu de">')
    expect(markup).toMatch(/<section class="site" id="site-2"[^>]* data-site="streamly-fair"[ >]/)
    expect(markup).not.toMatch(/<(li|details)[^>]* data-outcome="[^"]*"[^>]* data-site=/)
  })
})

describe('filmstrip images', () => {
  it('uses the thumbnail when there is one, links to the full screenshot, and marks slow steps', async () => {
    const copy = structuredClone(report)
    const first = copy.sites[0]!.flows[0]!.steps[0]!
    await copyFile(join(outDir, first.screenshot!), join(outDir, 'sites/streamly-dark/signup-01.thumb.png'))
    first.thumbnail = 'sites/streamly-dark/signup-01.thumb.png'
    copy.sites[0]!.flows[0]!.steps[1]!.thumbnail = 'sites/streamly-dark/not-there.jpg'
    const markup = await renderHtml(copy, outDir)
    expect(markup).toContain('<a href="sites/streamly-dark/signup-01.png"><img src="sites/streamly-dark/signup-01.thumb.png" alt="Page after step 1" loading="lazy"></a>')
    // A thumbnail missing from the folder falls back to the screenshot.
    expect(markup).toContain('<img src="sites/streamly-dark/signup-02.png" alt="Page after step 2" loading="lazy">')
    expect(markup).toMatch(/<li class="step is-failed is-slow" data-step="5">[\s\S]*?10 s <b class="slow-mark"[^>]*>slow<\/b>/)
    expect(markup.match(/<li class="step[^"]*is-slow/g)).toHaveLength(1)
    expect(markup.match(/<img (?![^>]*loading="lazy")/g)).toBeNull()
  })

  it('says why a scan went to a page, escaping what the link said', async () => {
    const copy = structuredClone(report)
    copy.sites[0]!.flows[0]!.steps[1]!.discovery = { category: 'cancel', score: 7.25, matched: ['text:"<b>cancel</b>"', 'region:footer'], from: 'http://127.0.0.1:4173/' }
    const markup = await renderHtml(copy, outDir)
    expect(markup).toContain('<p class="step-why">Looking for <b>cancel</b> (score 7.3): text:&quot;&lt;b&gt;cancel&lt;/b&gt;&quot; · region:footer</p>')
  })

  it('names the browser context a flow ran in, when the scenario named it', async () => {
    const copy = structuredClone(report)
    copy.sites[0]!.flows[0]!.context = '<b>member</b>'
    const markup = await renderHtml(copy, outDir)
    expect(markup.match(/>browser: /g)).toHaveLength(1)
    expect(markup).toContain('>browser: &lt;b&gt;member&lt;/b&gt;</span>')
  })

  it('links the Playwright trace of a flow when one was kept, and only a path inside the report', async () => {
    const copy = structuredClone(report)
    copy.sites[0]!.flows[0]!.playwrightTrace = 'sites/streamly-dark/01-signup.playwright-trace.zip'
    copy.sites[0]!.flows[1]!.playwrightTrace = 'javascript:alert(1)'
    const markup = await renderHtml(copy, outDir)
    expect(markup.match(/>Playwright trace</g)).toHaveLength(1)
    expect(markup).toContain('href="sites/streamly-dark/01-signup.playwright-trace.zip" download')
  })
})

describe('a single-file report', () => {
  it('inlines every image as a data: URI and links to none', async () => {
    const markup = await renderHtml(report, outDir, { inlineImages: true })
    expect(markup).not.toMatch(/(src|href)="sites\//)
    const sources = [...markup.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]!)
    expect(sources.length).toBeGreaterThan(10)
    expect(sources.every((src) => src.startsWith('data:image/png;base64,'))).toBe(true)
    expect(markup).not.toContain('Open full screenshot')
  })
})

describe('size', () => {
  it('stays within its budget for 50 sites: bytes in all, per step and per finding', async () => {
    const big = structuredClone(report)
    big.sites = Array.from({ length: 25 }, (_, i) =>
      report.sites.map((site) => {
        const name = `${site.site}-${i + 1}`
        const copy = structuredClone(site)
        copy.site = name
        for (const result of copy.results) for (const finding of result.findings) finding.site = name
        return copy
      }),
    ).flat()
    expect(big.sites).toHaveLength(50)
    const started = Date.now()
    const markup = await renderHtml(big, outDir)
    expect(Date.now() - started).toBeLessThan(5_000)
    // The budget, with room: the fixture's fifty sites come to about 0.75 MB; the demo's fifty
    // (tests/bench/report-at-scale.ts), with ten times the steps, to under 2 MB.
    expect(Buffer.byteLength(markup)).toBeLessThan(900 * 1024)
    const average = (pattern: RegExp) => {
      const sizes = [...markup.matchAll(pattern)].map((m) => Buffer.byteLength(m[0]))
      return sizes.reduce((sum, n) => sum + n, 0) / sizes.length
    }
    // A step of the filmstrip is one link, its image and short text; a finding holds no ticket text.
    expect(average(/<li class="step[\s\S]*?<\/li>/g)).toBeLessThan(400)
    expect(average(/<article class="finding"[\s\S]*?<\/article>/g)).toBeLessThan(1500)
    expect(markup).not.toContain('<textarea')
    expect(markup).not.toContain(' rel="')
    // A rule that saw nothing names only its outcome and rule: the rest is its rule's, printed once.
    expect(markup).toMatch(/<li id="s50-r-confirmshaming" data-outcome="pass"><b>/)
    // Provisions are printed once per rule, not once per result.
    expect(markup.match(/<tr class="informational">\s*<td><strong>CA ARL<\/strong>/g)).toHaveLength(3)
  })
})

describe('the cookie banner a scan met', () => {
  it('is named in the site header with whether declining it worked', async () => {
    const copy = structuredClone(report)
    copy.sites[0]!.cookieBanner = { cmp: 'hubspot', found: true, outcome: 'reject-failed', shownAt: { flow: 'home', step: 0 } }
    copy.sites[1]!.cookieBanner = { found: false, outcome: 'no-banner' }
    const markup = await renderHtml(copy, outDir)
    expect(markup).toContain('<span class="cookie-banner-state tone-needs-review" title="Cookie banner (home flow, step 0)">Cookie banner <code>hubspot</code>: no way to decline found</span>')
    expect(markup).toContain('Cookie banner: none recognised')
    expect(await renderHtml(report, outDir)).not.toContain('class="cookie-banner-state')
  })
})
