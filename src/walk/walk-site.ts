import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Browser, BrowserContext } from 'playwright'
import { fileNamePart } from '../artifacts/file-name-part.js'
import type { ActionKind, FlowTrace, SiteTrace, StepRecord } from '../artifacts/site-trace.js'
import type { DescribedElement } from '../capture/take-snapshot.js'
import type { LoadedFlow, LoadedScenario, LoadedStep } from '../scenario/loaded-scenario.js'
import { STEP_MARK_NAMES, StepMark } from '../scenario/step-mark.js'
import { captureEvidence } from './capture-evidence.js'
import { errorMessage } from './error-message.js'
import { kindOf, OPTIONAL_WAIT_MS, optionalTargetShows, performStep } from './perform-step.js'
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
  settlesFlow: (flow: LoadedFlow) => boolean
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
  const opened: BrowserContext[] = []
  // Named contexts stay open to the end, for a later flow to return to.
  const named = new Map<string, Browsing>()
  let current: Browsing | undefined
  const mailSource = scenario.mailbox ? openMailSource(scenario.mailbox, options.timeoutMs) : undefined
  const mailSeen = new Set<string>()
  try {
    for (const [flowIndex, flow] of scenario.flows.entries()) {
      const flowStarted = new Date()
      const returning = flow.context === undefined ? undefined : named.get(flow.context)
      const opens = !returning && (!current || flow.fresh || flow.context !== undefined)
      if (returning) current = returning
      else if (opens) {
        // An unnamed context no later flow can come back to.
        if (current && current.name === undefined) await current.context.close().catch(() => undefined)
        const context = await openContext()
        opened.push(context)
        current = { context, tab: watchTab(await context.newPage(), scenario.dialogs ?? 'dismiss'), ...(flow.context === undefined ? {} : { name: flow.context }) }
        if (flow.context !== undefined) named.set(flow.context, current)
      }
      const browsing = current as Browsing
      const { context } = browsing
      const playwrightTrace = options.playwrightTraces ? await startPlaywrightTrace(context, flow.name, tracing) : undefined
      const walked = await walkFlow(browsing.tab, scenario, flow, flowIndex, options, probes)
      // A flow that ended on a tab it opened leaves the next flow of its context there, as a person would be.
      browsing.tab = walked.tab
      const flowTrace = walked.trace
      flowTrace.fresh = opens
      if (browsing.name !== undefined) flowTrace.context = browsing.name
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
    await Promise.all(opened.map((context) => context.close().catch(() => undefined)))
    await mailSource?.close().catch(() => undefined)
  }
  trace.durationMs = Date.now() - started
  // Secrets never leave the walk: every string in the trace, URLs included, is scrubbed of them.
  return redactStrings(trace, scenario.secrets)
}

/** A browser context and the tab its last flow left it on. */
interface Browsing {
  context: BrowserContext
  tab: Tab
  name?: string
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
  const flowTrace: FlowTrace = { name: flow.name, ...(flow.role ? { role: flow.role } : {}), status: 'completed', fresh: false, durationMs: 0, steps }
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
    mark?: StepMark,
  ): Promise<void> => {
    const index = steps.length
    const entry: StepRecord = {
      index,
      kind,
      action: written,
      line,
      ...(mark ? { mark } : {}),
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
        const { step } = loaded
        if (step.optional && !(await optionalTargetShows(tab.page, step, Math.min(OPTIONAL_WAIT_MS, options.timeoutMs)))) {
          steps.push(await skippedStep(tab, steps.length, loaded))
          continue
        }
        await record(kindOf(step), loaded.written, loaded.line, () => performStep(tab.page, step, scenario.baseUrl, options.timeoutMs), step.mark)
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
        mark: (mark) => {
          const last = steps.at(-1)
          if (!last) throw new Error(`mark("${mark}") marks the step just taken, and none was taken yet`)
          if (!StepMark.safeParse(mark).success) throw new Error(`unknown mark "${String(mark)}" (expected one of ${STEP_MARK_NAMES.join(', ')})`)
          last.mark = mark
        },
      })
    }
  } catch (err) {
    flowTrace.status = 'failed'
    flowTrace.error = err instanceof StepFailed ? `step ${steps.length - 1} (${steps.at(-1)?.action}): ${err.message}` : errorMessage(err)
  }

  if (flowTrace.status === 'completed' && options.settlesFlow(flow) && steps.length > 0) {
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

/** An optional step whose target did not show: recorded as skipped, on the page as it stands,
 * without evidence of its own (the page is the one the step before it recorded). */
async function skippedStep(tab: Tab, index: number, loaded: LoadedStep): Promise<StepRecord> {
  return {
    index,
    kind: kindOf(loaded.step),
    action: loaded.written,
    line: loaded.line,
    ...(loaded.step.mark ? { mark: loaded.step.mark } : {}),
    url: tab.page.url(),
    title: await tab.page.title().catch(() => ''),
    startedAt: new Date().toISOString(),
    durationMs: 0,
    status: 'skipped',
  }
}

/** A flow's name as it stands in file names; a name built from `${env.*}` gives no part of it away. */
function safeName(name: string, secrets: readonly string[]): string {
  return fileNamePart(redactSecrets(name, secrets)) || 'flow'
}

