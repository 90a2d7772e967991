// What does recording evidence cost, and does the report hold up at scale? Walks the demo sites twice: once bare (the same steps with
// Playwright, no snapshot, no screenshot, no rules) and once as a full audit, and prints the ratio
// of wall times and the peak memory of the process tree (Node plus Chromium).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditSites } from '../../src/audit/audit-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { loadDemoScenarios } from '../../src/demo/demo-scenarios.js'
import { serveDemo } from '../../src/demo/serve-demo.js'
import { allRules } from '../../src/rules/index.js'
import type { Report } from '../../src/report/model.js'
import type { LoadedScenario } from '../../src/scenario/loaded-scenario.js'
import { performStep } from '../../src/walk/perform-step.js'
import { measure } from './measure.js'
import { benchReportAtScale } from './report-at-scale.js'

const TIMEOUT_MS = 10_000
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

async function bareWalk(scenarios: LoadedScenario[]): Promise<void> {
  const { browser } = await launchBrowser(requireBrowser())
  try {
    for (const scenario of scenarios) {
      let context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      let page = await context.newPage()
      for (const flow of scenario.flows) {
        if (!('steps' in flow)) continue
        if (flow.fresh) {
          await context.close()
          context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
          page = await context.newPage()
        }
        for (const { step } of flow.steps) await performStep(page, step, scenario.baseUrl, TIMEOUT_MS)
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
}

const demo = await serveDemo()
const scenarios = await loadDemoScenarios(demo, 'bench-password')
const steps = scenarios.reduce((n, s) => n + s.flows.reduce((m, f) => m + ('steps' in f ? f.steps.length : 0), 0), 0)
const outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-bench-'))
const browser = requireBrowser()
try {
  const results: { bare: number; audit: number; peak: number }[] = []
  let audited: Report | undefined
  for (let round = 1; round <= ROUNDS; round++) {
    const bare = await measure(() => bareWalk(scenarios))
    // One site at a time, like the bare walk, so the ratio compares the same amount of parallelism.
    const audit = await measure(() =>
      auditSites(scenarios, { outDir, timeoutMs: TIMEOUT_MS, concurrency: 1, failOn: 'serious', rules: allRules, browser, log: () => undefined }),
    )
    results.push({ bare: bare.ms, audit: audit.ms, peak: audit.peakMiB })
    audited = audit.value
    console.log(
      `round ${round}: bare walk ${(bare.ms / 1000).toFixed(1)} s, audit ${(audit.ms / 1000).toFixed(1)} s, ratio ${(audit.ms / bare.ms).toFixed(2)}, peak memory ${audit.peakMiB} MiB (bare ${bare.peakMiB} MiB)`,
    )
  }
  const best = (k: 'bare' | 'audit') => Math.min(...results.map((r) => r[k]))
  console.log(`\ndemo sites: ${scenarios.length}, scenario steps: ${steps}, rounds: ${ROUNDS}`)
  console.log(`bare Playwright walk (best): ${(best('bare') / 1000).toFixed(2)} s`)
  const relooks = scenarios.reduce((n, s) => n + s.flows.filter((f) => ['cancel', 'checkout'].includes(f.name)).length, 0)
  console.log(`full audit (best):           ${(best('audit') / 1000).toFixed(2)} s  (of which ${relooks} × 3 s waiting to re-read final pages)`)
  console.log(`ratio audit / bare:          ${(best('audit') / best('bare')).toFixed(2)}`)
  console.log(`ratio without the re-reads:  ${((best('audit') - relooks * 3000) / best('bare')).toFixed(2)}`)
  console.log(`peak memory (Node + Chromium): ${Math.max(...results.map((r) => r.peak))} MiB`)
  if (audited) await benchReportAtScale(audited, outDir)
} finally {
  await rm(outDir, { recursive: true, force: true })
  await demo.close()
}
