// How many sites a minute does `cancelcheck scan` get through, and at what memory? Scans the local
// scan test sites (served on 127.0.0.1) at concurrency 1, 2 and 4 and prints sites per minute, the
// speed-up over one at a time, and the peak memory of Node plus Chromium.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scanSites } from '../../src/audit/scan-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { allRules } from '../../src/rules/index.js'
import { READABLE_SCAN_SITES } from '../fixtures/scan-sites/index.js'
import { serveScanSites } from '../helpers/serve-scan-sites.js'
import { measure } from './measure.js'

const served = await serveScanSites(READABLE_SCAN_SITES)
const urls = served.sites.map((s) => s.url)
const browser = requireBrowser()
const rows: { concurrency: number; ms: number; peakMiB: number; complete: number }[] = []
try {
  for (const concurrency of [1, 2, 4]) {
    const outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-scan-bench-'))
    try {
      const run = await measure(() =>
        scanSites(urls, {
          outDir,
          timeoutMs: 10_000,
          concurrency,
          failOn: 'serious',
          rules: allRules,
          browser,
          resume: false,
          robots: true,
          maxPages: 12,
          budgetMs: 60_000,
          log: () => undefined,
          progress: () => undefined,
        }),
      )
      rows.push({ concurrency, ms: run.ms, peakMiB: run.peakMiB, complete: run.value.sites.filter((s) => s.status === 'complete').length })
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  }
} finally {
  await served.close()
}
const perMinute = (ms: number) => (urls.length / ms) * 60_000
console.log(`\nscan throughput over ${urls.length} local sites (one is slow, answering after 3 s):`)
for (const row of rows) {
  console.log(
    `  concurrency ${row.concurrency}: ${(row.ms / 1000).toFixed(1)} s, ${perMinute(row.ms).toFixed(1)} sites/min, ` +
      `${(rows[0]!.ms / row.ms).toFixed(2)}× one at a time, peak memory ${row.peakMiB} MiB, ${row.complete}/${urls.length} complete`,
  )
}
