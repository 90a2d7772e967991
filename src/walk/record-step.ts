import type { Page } from 'playwright'
import type { StepRecord } from '../artifacts/site-trace.js'
import { bounded } from './bounded.js'
import { captureEvidence } from './capture-evidence.js'
import { errorMessage } from './error-message.js'
import { errorPageReason, fileTypeOf, type StepEvents, type Tab } from './page-events.js'
import { waitForSettled } from './settle.js'

export const VIEWPORT = { width: 1280, height: 800 }
const MAX_PENDING_LISTED = 10
/** How often a navigation still waiting for its server is looked at again. */
const ANSWER_POLL_MS = 20

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
 * step's own effect is bounded by the step timeout, so a server that never answers ends in a failed
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
    const unanswered = await answerOrGiveUp(tab, options.timeoutMs)
    if (unanswered) throw new Error(`no answer from ${unanswered} within ${options.timeoutMs} ms`)
  } catch (err) {
    failure = errorMessage(err)
  }
  entry.durationMs = Date.now() - stepStarted
  const waiting = failure ? tab.events.collected().unanswered : undefined
  if (failure && waiting) {
    // A click's timeout names the element it clicked, not the page that never came.
    if (!failure.includes(waiting.url)) failure = `no answer from ${waiting.url}: ${failure}`
    // A navigation still waiting for its server holds the page: nothing can be read from it until it
    // is stopped, as a person would press Stop, and the page then shows what it showed before.
    await stopLoading(tab.page, options.timeoutMs)
  }
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

/** Waits for the answer to a navigation the step started and that is still waiting for its server,
 * for as long as a step may wait; returns its address when none came. */
async function answerOrGiveUp(tab: Tab, timeoutMs: number): Promise<string | undefined> {
  for (;;) {
    const waiting = tab.events.collected().unanswered
    if (!waiting) return undefined
    if (Date.now() >= waiting.since + timeoutMs) return waiting.url
    await new Promise((r) => setTimeout(r, ANSWER_POLL_MS))
  }
}

/** Stops the page's loading through the DevTools protocol: `window.stop()` would be an evaluation,
 * which the waiting navigation holds like any other. */
async function stopLoading(page: Page, timeoutMs: number): Promise<void> {
  try {
    const cdp = await bounded(page.context().newCDPSession(page), timeoutMs, 'opening a DevTools session')
    try {
      await bounded(cdp.send('Page.stopLoading'), timeoutMs, 'stopping the page')
    } finally {
      await bounded(cdp.detach(), timeoutMs, 'closing the DevTools session').catch(() => undefined)
    }
  } catch {
    // The evidence capture that follows is bounded as well, and says what it could not read.
  }
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
