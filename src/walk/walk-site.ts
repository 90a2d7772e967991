import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Browser, BrowserContext } from 'playwright'
import { fileNamePart } from '../artifacts/file-name-part.js'
import type { ActionKind, FlowTrace, SiteTrace, StepRecord } from '../artifacts/site-trace.js'
import type { DescribedElement } from '../capture/take-snapshot.js'
import type { LoadedFlow, LoadedScenario } from '../scenario/loaded-scenario.js'
import { captureEvidence } from './capture-evidence.js'
import { errorMessage } from './error-message.js'
import { kindOf, performStep } from './perform-step.js'
import { recordingPage } from './record-script.js'
import { scriptTypedSecrets } from './script-secrets.js'
import { redactSecrets, redactStrings } from './secret-encodings.js'
import { type CountdownProber, countdownProber } from './probe-countdown.js'
import { type Tab, watchTab } from './page-events.js'
import { recordStep, VIEWPORT } from './record-step.js'
import { watchDomChanges } from './settle.js'
import { openMailSource } from '../mailbox/mail-source.js'
import { recordMail } from './record-mail.js'

export interface WalkOptions {
  /** The report folder; evidence goes to `<outDir>/<siteDir>/`. */
  outDir: string
  /** Relative to outDir, e.g. `sites/streamly-dark`. */
  siteDir: string
  timeoutMs: number
  /** Flows whose last page is looked at again after `settleAfterMs`, to tell a lasting message from
   * a toast. */
  settlesFlow: (flowName: string) => boolean
  settleAfterMs: number
  /** Record a Playwright trace per flow, saved beside the screenshots. Playwright's traces hold
   * what was typed, secrets included: they are for the person who owns the scenario. */
  playwrightTraces?: boolean
  onFlowDone?: (flow: FlowTrace) => void
}

/** Walks every flow of one scenario in its own browser context. A failing step ends its flow, not
 * the site; a failing flow does not stop the next one. */
export async function walkSite(browser: Browser, loaded: LoadedScenario, options: WalkOptions): Promise<SiteTrace> {
  const started = Date.now()
  // Its own list of secrets, which grows with the values a flow script types into secret fields.
  const scenario: LoadedScenario = { ...loaded, secrets: [...loaded.secrets] }
  const trace: SiteTrace = {
    site: scenario.site,
    baseUrl: scenario.baseUrl,
    scenarioFile: relative(process.cwd(), scenario.file),
    ...(scenario.jurisdictions ? { jurisdictions: scenario.jurisdictions } : {}),
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    flows: [],
  }
  await mkdir(join(options.outDir, options.siteDir), { recursive: true })

  const openContext = async (): Promise<BrowserContext> => {
    const opened = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', serviceWorkers: 'block' })
    await watchDomChanges(opened)
    opened.setDefaultTimeout(options.timeoutMs)
    opened.setDefaultNavigationTimeout(options.timeoutMs)
    return opened
  }
  const probes = countdownProber(openContext, options.timeoutMs)
  const tracing = new WeakSet<BrowserContext>()
  let context: BrowserContext | undefined
  let tab: Tab | undefined
  const mailSource = scenario.mailbox ? openMailSource(scenario.mailbox, options.timeoutMs) : undefined
  const mailSeen = new Set<string>()
  try {
    for (const [flowIndex, flow] of scenario.flows.entries()) {
      const flowStarted = new Date()
      if (!context || !tab || flow.fresh) {
        await context?.close().catch(() => undefined)
        context = await openContext()
        tab = watchTab(await context.newPage(), scenario.dialogs ?? 'dismiss')
      }
      const playwrightTrace = options.playwrightTraces ? await startPlaywrightTrace(context, flow.name, tracing) : undefined
      const walked = await walkFlow(tab, scenario, flow, flowIndex, options, probes)
      // A flow that ended on a tab it opened leaves the next flow there, as a person would be.
      tab = walked.tab
      const flowTrace = walked.trace
      if (playwrightTrace) {
        const path = `${options.siteDir}/${String(flowIndex + 1).padStart(2, '0')}-${safeName(flow.name, scenario.secrets)}.playwright-trace.zip`
        await context.tracing.stopChunk({ path: join(options.outDir, path) }).then(
          () => (flowTrace.playwrightTrace = path),
          () => undefined,
        )
      }
      if (mailSource && scenario.mailbox) {
        flowTrace.mail = await recordMail(flowStarted, {
          source: mailSource,
          mailbox: scenario.mailbox,
          browser,
          outDir: options.outDir,
          basePath: `${options.siteDir}/${String(flowIndex + 1).padStart(2, '0')}-${safeName(flow.name, scenario.secrets)}`,
          secrets: scenario.secrets,
          seen: mailSeen,
        })
      }
      trace.flows.push(flowTrace)
      options.onFlowDone?.(redactStrings(flowTrace, scenario.secrets))
    }
  } catch (err) {
    trace.error = errorMessage(err)
  } finally {
    await probes.settled()
    await context?.close().catch(() => undefined)
    await mailSource?.close().catch(() => undefined)
  }
  trace.durationMs = Date.now() - started
  // Secrets never leave the walk: every string in the trace, URLs included, is scrubbed of them.
  return redactStrings(trace, scenario.secrets)
}

/** A context records one trace chunk per flow; tracing starts with its first flow. */
async function startPlaywrightTrace(context: BrowserContext, title: string, started: WeakSet<BrowserContext>): Promise<boolean> {
  try {
    if (started.has(context)) await context.tracing.startChunk({ title })
    else {
      await context.tracing.start({ screenshots: true, snapshots: true, title })
      started.add(context)
    }
    return true
  } catch {
    return false
  }
}

async function walkFlow(
  startTab: Tab,
  scenario: LoadedScenario,
  flow: LoadedFlow,
  flowIndex: number,
  options: WalkOptions,
  probes: CountdownProber,
): Promise<{ trace: FlowTrace; tab: Tab }> {
  let tab = startTab
  const started = Date.now()
  const steps: StepRecord[] = []
  const flowTrace: FlowTrace = { name: flow.name, status: 'completed', fresh: flow.fresh, durationMs: 0, steps }
  const evidencePath = (stepIndex: number | 'settled') =>
    `${options.siteDir}/${String(flowIndex + 1).padStart(2, '0')}-${safeName(flow.name, scenario.secrets)}-${stepIndex === 'settled' ? 'settled' : String(stepIndex).padStart(2, '0')}`

  const capture = (stepIndex: number | 'settled') =>
    captureEvidence(tab.page, {
      outDir: options.outDir,
      basePath: evidencePath(stepIndex),
      timeoutMs: options.timeoutMs,
      viewport: VIEWPORT,
      secrets: scenario.secrets,
    })

  const record = async (
    kind: ActionKind,
    written: string,
    line: number | undefined,
    act: () => Promise<{ target?: DescribedElement; passed?: boolean; captureName?: string }>,
  ): Promise<void> => {
    const index = steps.length
    const entry: StepRecord = {
      index,
      kind,
      action: written,
      line,
      url: tab.page.url(),
      title: '',
      startedAt: new Date().toISOString(),
      durationMs: 0,
      status: 'ok',
    }
    steps.push(entry)
    const recorded = await recordStep(tab, entry, evidencePath(index), act, {
      outDir: options.outDir,
      timeoutMs: options.timeoutMs,
      secrets: scenario.secrets,
      onRead: (read, snapshotAt) => probes.probe(read, snapshotAt),
    })
    tab = recorded.tab
    if (recorded.failure) throw new StepFailed(recorded.failure)
  }

  try {
    if ('steps' in flow) {
      for (const loaded of flow.steps) {
        await record(kindOf(loaded.step), loaded.written, loaded.line, () =>
          performStep(tab.page, loaded.step, scenario.baseUrl, options.timeoutMs),
        )
      }
    } else {
      const scripted = recordingPage(
        tab.page,
        async (action) => {
          let result: unknown
          await record(action.kind, action.written, undefined, async () => {
            const target = await action.describeTarget?.()
            result = await action.run()
            if (action.typed) {
              for (const secret of await scriptTypedSecrets(action.typed, options.timeoutMs)) {
                if (!scenario.secrets.includes(secret)) scenario.secrets.push(secret)
              }
            }
            return { target }
          })
          return result
        },
        options.timeoutMs,
      )
      await flow.script(scripted, {
        capture: (name) => record('capture', `capture ${JSON.stringify(name)}`, undefined, async () => ({ captureName: name })),
      })
    }
  } catch (err) {
    flowTrace.status = 'failed'
    flowTrace.error = err instanceof StepFailed ? `step ${steps.length - 1} (${steps.at(-1)?.action}): ${err.message}` : errorMessage(err)
  }

  if (flowTrace.status === 'completed' && options.settlesFlow(flow.name) && steps.length > 0) {
    await tab.page.waitForTimeout(options.settleAfterMs)
    try {
      const later = await capture('settled')
      flowTrace.settled = { afterMs: options.settleAfterMs, snapshot: later.snapshot, screenshot: later.screenshot, thumbnail: later.thumbnail, html: later.html }
    } catch {
      // The later look is a bonus; rules fall back to the last step's snapshot without it.
    }
  }
  flowTrace.durationMs = Date.now() - started
  return { trace: flowTrace, tab }
}

class StepFailed extends Error {}

/** A flow's name as it stands in file names; a name built from `${env.*}` gives no part of it away. */
function safeName(name: string, secrets: readonly string[]): string {
  return fileNamePart(redactSecrets(name, secrets)) || 'flow'
}

