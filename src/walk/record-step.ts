import type { StepRecord } from '../artifacts/site-trace.js'
import { bounded } from './bounded.js'
import { captureEvidence } from './capture-evidence.js'
import { errorMessage } from './error-message.js'
import { errorPageReason, fileTypeOf, type StepEvents, type Tab } from './page-events.js'
import { waitForSettled } from './settle.js'

export const VIEWPORT = { width: 1280, height: 800 }
const MAX_PENDING_LISTED = 10

export interface RecordOptions {
  outDir: string
  timeoutMs: number
  secrets: readonly string[]
  /** Called with a step whose page was read, and when its snapshot was taken (countdown probes). */
  onRead?: (entry: StepRecord, snapshotAt: number) => void
}

export interface RecordedStep {
  /** Where the walk goes on: the tab or popup the step opened, else the one it ran in. */
  tab: Tab
  /** Why the step failed; its evidence is recorded all the same. */
  failure?: string
}

/** Runs one step and records what it did, the same way for a scenario's walk and a scan: the step's
 * own effect, waiting for the page to settle, the tab or popup it opened, dialogs, downloads, the HTTP
 * status and requests left open, an error page, then the evidence (snapshot, screenshot, HTML), taken
 * even for a failed step because the page as it stood explains the failure. Every wait after the
 * step's own effect is bounded by the step timeout, so a page that stops answering ends in a failed
 * step with its reason, not in a walk that waits for ever. */
export async function recordStep(
  tab: Tab,
  entry: StepRecord,
  evidencePath: string,
  act: () => Promise<Partial<StepRecord>>,
  options: RecordOptions,
): Promise<RecordedStep> {
  const stepStarted = Date.parse(entry.startedAt)
  let failure: string | undefined
  tab.events.begin()
  try {
    Object.assign(entry, await act())
    await waitForSettled(tab.page, tab.network, stepStarted, options.timeoutMs)
    const seen = tab.events.collected()
    const opened = seen.opened.at(-1)
    if (opened) {
      // The walk goes on where a person would be looking: the tab or popup the step opened.
      await opened.page.waitForLoadState('domcontentloaded', { timeout: options.timeoutMs }).catch(() => undefined)
      await waitForSettled(opened.page, opened.network, stepStarted, options.timeoutMs)
      tab = opened
      entry.openedPage = opened.page.url()
    }
    const onOpened = opened?.events.collected()
    noteEvents(entry, seen, onOpened)
    const pending = tab.network.pendingUrls()
    if (pending.length > 0) entry.pendingRequests = pending.slice(0, MAX_PENDING_LISTED)
    const errorPage = errorPageReason(tab.page, onOpened ?? seen)
    if (errorPage) throw new Error(errorPage)
  } catch (err) {
    failure = errorMessage(err)
  }
  entry.durationMs = Date.now() - stepStarted
  try {
    const { snapshotAt, ...evidence } = await captureEvidence(tab.page, {
      outDir: options.outDir,
      basePath: evidencePath,
      timeoutMs: options.timeoutMs,
      viewport: VIEWPORT,
      secrets: options.secrets,
    })
    Object.assign(entry, evidence)
    if (!failure) options.onRead?.(entry, snapshotAt)
  } catch (err) {
    failure ??= `could not read the page: ${errorMessage(err)}`
  }
  entry.url = tab.page.url().startsWith('chrome-error://') ? (tab.events.collected().navigationFailure?.url ?? entry.url) : tab.page.url()
  entry.title = await bounded(tab.page.title(), options.timeoutMs, 'reading the title').catch(() => '')
  if (failure) {
    entry.status = 'failed'
    entry.error = failure
  }
  return { tab, ...(failure ? { failure } : {}) }
}

/** What the page did besides the step's own effect, kept on the step as evidence. */
function noteEvents(entry: StepRecord, seen: StepEvents, onOpened: StepEvents | undefined): void {
  const response = onOpened?.response ?? seen.response
  if (response) entry.httpStatus = response.status
  const dialogs = [...seen.dialogs, ...(onOpened?.dialogs ?? [])]
  if (dialogs.length > 0) entry.dialogs = dialogs
  const downloads = [...seen.downloads, ...(onOpened?.downloads ?? [])]
  if (downloads.length > 0) entry.downloads = downloads.map((d) => ({ ...d, type: fileTypeOf(d.fileName) }))
}
