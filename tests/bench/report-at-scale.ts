// Does the HTML report stay usable for a large scan? Takes an audited report and repeats its sites
// (the screenshots are shared, as they would be on disk):
// - 50 sites on one page (as `--single-file` and the PDF render it): under 2 MB (screenshots outside
//   it), open in under 2 s;
// - a sweep of 500 sites as written to a folder, with a page per site: index.html and a site's page
//   each open in under 2 s.
// Run on its own: `tsx tests/bench/report-at-scale.ts reports/demo` (after `npm run demo`).
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { Report } from '../../src/report/model.js'
import { renderHtml, SITE_PAGES_DIR, writeHtmlReport } from '../../src/report/render-html.js'

const SITES = 50
const SWEEP_SITES = 500
const MAX_BYTES = 2 * 1024 * 1024
const MAX_OPEN_MS = 2_000

export function repeatSites(report: Report, count: number): Report {
  const sites = Array.from({ length: count }, (_, i) => {
    const site = report.sites[i % report.sites.length]!
    const copy = Math.floor(i / report.sites.length)
    return copy === 0 ? site : { ...site, site: `${site.site} #${copy + 1}` }
  })
  return { ...report, sites }
}

/** Median of a few opens: the first one pays for Chromium's own warm-up. */
async function openTimes(file: string, hashes: string[]): Promise<Map<string, number>> {
  const { browser } = await launchBrowser(requireBrowser())
  const times = new Map<string, number>()
  try {
    for (const hash of hashes) {
      const runs: number[] = []
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        const started = performance.now()
        await page.goto(pathToFileURL(file).href + hash, { waitUntil: 'load' })
        // Usable: the script has run (filters live) and the first screen is painted.
        await page.waitForFunction(() => document.documentElement.classList.contains('has-script'))
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
        runs.push(performance.now() - started)
        await page.close()
      }
      times.set(hash || '(no filter)', runs.sort((a, b) => a - b)[1]!)
    }
  } finally {
    await browser.close()
  }
  return times
}

export async function benchReportAtScale(report: Report, reportDir: string): Promise<void> {
  const large = repeatSites(report, SITES)
  const findings = large.sites.reduce((n, s) => n + s.results.reduce((m, r) => m + r.findings.length, 0), 0)
  const steps = large.sites.reduce((n, s) => n + s.flows.reduce((m, f) => m + f.steps.length, 0), 0)
  const file = join(reportDir, `bench-${SITES}-sites.html`)
  // Beside index.html, so the screenshots' relative paths hold.
  await writeFile(file, await renderHtml(large, reportDir))
  const bytes = (await stat(file)).size
  const times = await openTimes(file, ['', '#outcome=fail', '#outcome=fail&q=cancel'])
  console.log(`\nHTML report for ${SITES} sites (${steps} steps, ${findings} findings):`)
  console.log(`  index.html size:  ${(bytes / 1024 / 1024).toFixed(2)} MB  (limit 2 MB, ratio ${(bytes / MAX_BYTES).toFixed(2)})`)
  for (const [hash, ms] of times) {
    console.log(`  opens in:         ${(ms / 1000).toFixed(2)} s ${hash.padEnd(26)} (limit 2 s, ratio ${(ms / MAX_OPEN_MS).toFixed(2)})`)
  }
  await benchSweep(report, reportDir)
}

/** The folder a sweep writes: index.html with the overview, a page per site. */
async function benchSweep(report: Report, reportDir: string): Promise<void> {
  const sweep = repeatSites(report, SWEEP_SITES)
  const dir = join(reportDir, `bench-${SWEEP_SITES}-sites`)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  // The screenshots stay where the audit wrote them.
  await symlink(join('..', 'sites'), join(dir, 'sites'))
  const started = performance.now()
  await writeHtmlReport(sweep, dir)
  const writeMs = performance.now() - started
  const pages = (await readdir(join(dir, SITE_PAGES_DIR))).sort()
  const sizes = await Promise.all(pages.map(async (name) => (await stat(join(dir, SITE_PAGES_DIR, name))).size))
  const largest = pages[sizes.indexOf(Math.max(...sizes))] ?? ''
  const indexBytes = (await stat(join(dir, 'index.html'))).size
  const indexTimes = await openTimes(join(dir, 'index.html'), ['', '#outcome=fail', '#q=streamly'])
  const pageTimes = await openTimes(join(dir, SITE_PAGES_DIR, largest), [''])
  console.log(`\nHTML report of a ${SWEEP_SITES}-site sweep (a page per site), written in ${(writeMs / 1000).toFixed(1)} s:`)
  console.log(`  index.html size:  ${(indexBytes / 1024 / 1024).toFixed(2)} MB; site pages ${pages.length}, the largest ${(Math.max(...sizes) / 1024).toFixed(0)} KB`)
  for (const [hash, ms] of indexTimes) {
    console.log(`  index opens in:   ${(ms / 1000).toFixed(2)} s ${hash.padEnd(26)} (limit 2 s, ratio ${(ms / MAX_OPEN_MS).toFixed(2)})`)
  }
  for (const [, ms] of pageTimes) {
    console.log(`  site page opens:  ${(ms / 1000).toFixed(2)} s ${'(largest)'.padEnd(26)} (limit 2 s, ratio ${(ms / MAX_OPEN_MS).toFixed(2)})`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'reports/demo'
  const report = Report.parse(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')))
  await benchReportAtScale(report, dir)
  console.log(`  (written to ${join(dir, `bench-${SITES}-sites.html`)})`)
}
