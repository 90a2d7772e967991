import { mkdir } from 'node:fs/promises'
import pLimit from 'p-limit'
import { type SiteTrace, unwalkedSite } from '../artifacts/site-trace.js'
import { fileNamePart } from '../artifacts/file-name-part.js'
import { writeTrace } from '../artifacts/trace-files.js'
import { closeOnAbort, launchBrowser } from '../browser/launch.js'
import type { FoundBrowser } from '../browser/find-browser.js'
import { describeFlowFailure } from '../report/flow-failure.js'
import type { Report, Severity, SiteReport } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { roleOf } from '../rules/lib/flows.js'
import type { LoadedFlow, LoadedScenario } from '../scenario/loaded-scenario.js'
import { redactSecrets } from '../walk/secret-encodings.js'
import { walkSite } from '../walk/walk-site.js'
import { buildReport, withInterruption } from './build-report.js'
import { judgeTrace, jurisdictionProfile } from './judge-trace.js'
import { errorMessage } from '../walk/error-message.js'

export interface AuditOptions {
  outDir: string
  timeoutMs: number
  concurrency: number
  failOn: Severity
  /** The legal systems the report speaks for; their parents are added. Default: all. */
  jurisdictions?: readonly string[]
  /** ISO date the law is read as of. Default: the day the audit starts (UTC, like `generatedAt`). */
  auditDate?: string
  rules: readonly Rule[]
  browser: FoundBrowser
  /** Keep a Playwright trace of every flow, for `npx playwright show-trace`. */
  playwrightTraces?: boolean
  /** Progress lines (stderr in the CLI). */
  log: (line: string) => void
  /** Aborted by SIGINT or SIGTERM: no site starts after it, and the sites it cut off are left out. */
  signal?: AbortSignal
}

/** Flows whose final page is looked at again a few seconds later: is the confirmation still there? */
const settlesFlow = (flow: LoadedFlow) =>
  ['cancel', 'checkout'].includes(roleOf({ name: flow.name, role: flow.role, steps: 'steps' in flow ? flow.steps.map((s) => s.step) : [] }) ?? '')
const SETTLE_AFTER_MS = 3_000

/** Walks every scenario in one browser (a context per site), runs the rules on each trace and
 * returns the report. One site failing never loses the others' results. */
export async function auditSites(scenarios: readonly LoadedScenario[], options: AuditOptions): Promise<Report> {
  await mkdir(options.outDir, { recursive: true })
  const { browser } = await launchBrowser(options.browser)
  // The sites whose walks this cuts short are left out below.
  const stopWatching = closeOnAbort(browser, options.signal)
  const limit = pLimit(Math.max(1, options.concurrency))
  const siteDirs = uniqueSiteDirs(scenarios)
  const profile = jurisdictionProfile(options)
  try {
    const sites = await Promise.all(
      scenarios.map((scenario, i) =>
        limit(async (): Promise<SiteReport | undefined> => {
          if (options.signal?.aborted) return undefined
          const siteDir = siteDirs[i]!
          const siteName = redactSecrets(scenario.site, scenario.secrets)
          let trace: SiteTrace
          try {
            trace = await walkSite(browser, scenario, {
              outDir: options.outDir,
              siteDir,
              timeoutMs: scenario.timeoutMs ?? options.timeoutMs,
              settlesFlow,
              settleAfterMs: SETTLE_AFTER_MS,
              playwrightTraces: options.playwrightTraces ?? false,
              onFlowDone: (flow) => {
                const time = `${(flow.durationMs / 1000).toFixed(1)} s`
                const failure = describeFlowFailure(flow)
                options.log(
                  redactSecrets(
                    failure
                      ? `${siteName} › ${flow.name}: ${failure} (${time})`
                      : `${siteName} › ${flow.name}: ${flow.status === 'completed' ? 'done' : flow.status} in ${time} (${flow.steps.length} steps)`,
                    scenario.secrets,
                  ),
                )
              },
            })
          } catch (err) {
            trace = unwalkedSite(
              {
                site: siteName,
                baseUrl: redactSecrets(scenario.baseUrl, scenario.secrets),
                scenarioFile: scenario.file,
                ...(scenario.jurisdictions ? { jurisdictions: scenario.jurisdictions } : {}),
              },
              redactSecrets(errorMessage(err), scenario.secrets),
            )
          }
          if (options.signal?.aborted) return undefined
          const tracePath = await writeTrace(options.outDir, siteDir, trace)
          return judgeTrace(trace, options.rules, profile, tracePath)
        }),
      ),
    )
    const report = buildReport(sites.filter((s): s is SiteReport => s !== undefined), options.rules, { failOn: options.failOn, ...profile })
    return withInterruption(report, options.signal, scenarios.filter((_, i) => !sites[i]).map((s) => s.site))
  } finally {
    stopWatching()
    await browser.close().catch(() => undefined)
  }
}

function uniqueSiteDirs(scenarios: readonly LoadedScenario[]): string[] {
  const seen = new Map<string, number>()
  return scenarios.map((s) => {
    const base = fileNamePart(redactSecrets(s.site, s.secrets)) || 'site'
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return `sites/${n === 1 ? base : `${base}-${n}`}`
  })
}
