import type { BrowserContext } from 'playwright'
import type { StepRecord, TimerProbe, UrgencyProbe } from '../artifacts/site-trace.js'
import { countdownBlocks } from '../capture/countdown-blocks.js'
import type { PageSnapshot, TextBlock } from '../capture/page-snapshot.js'
import { takeSnapshot } from '../capture/take-snapshot.js'
import { bounded } from './bounded.js'
import { errorMessage } from './error-message.js'

/** How long after the walked page's reading the fresh page is opened: a timer that starts with each
 * visit then shows a deadline about this much later. Each reading can be off by a second of
 * resolution and a second of drawing and capture on a loaded machine, so the gap stays well above the
 * rule's tolerance of resolution plus one second. */
export const PROBE_GAP_MS = 5_000
/** Time for the fresh page's scripts to draw the timer after the load event. */
const FRESH_RENDER_MS = 400
/** Between the two readings of the fresh page: a countdown with seconds changes in that time; a
 * time of day or a date does not. */
const TICK_CHECK_MS = 1_200
const MAX_TIMERS = 3

/** Reads the countdowns a step's snapshot showed on the same URL opened in a fresh context, at least
 * `PROBE_GAP_MS` after the snapshot, twice. It runs beside the walk, which goes on meanwhile: the
 * walked page is not needed again, and the walk's own timings stay the page's. Failures are
 * recorded, never thrown: the probe is extra evidence. */
export async function probeCountdowns(input: {
  snapshot: PageSnapshot
  blocks: readonly TextBlock[]
  snapshotAt: number
  openContext: () => Promise<BrowserContext>
  timeoutMs: number
}): Promise<UrgencyProbe> {
  const firstAt = new Date(input.snapshotAt).toISOString()
  const probe: UrgencyProbe = {
    freshUrl: input.snapshot.url,
    timers: input.blocks.slice(0, MAX_TIMERS).map((b): TimerProbe => ({ selector: b.selector, first: { text: b.text, capturedAt: firstAt } })),
  }
  const wait = input.snapshotAt + PROBE_GAP_MS - Date.now()
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))

  let context: BrowserContext | undefined
  try {
    context = await input.openContext()
    const fresh = await context.newPage()
    await fresh.goto(input.snapshot.url, { waitUntil: 'load', timeout: input.timeoutMs })
    await fresh.waitForTimeout(FRESH_RENDER_MS)
    probe.freshLandedUrl = fresh.url()
    const read = async (field: 'fresh' | 'freshAgain') => {
      const at = new Date().toISOString()
      const blocks = countdownBlocks(await bounded(takeSnapshot(fresh), input.timeoutMs, 'reading the countdown again'))
      for (const timer of probe.timers) {
        const block = blocks.find((b) => b.selector === timer.selector) ?? (probe.timers.length === 1 ? blocks[0] : undefined)
        if (block) timer[field] = { text: block.text, capturedAt: at }
      }
    }
    await read('fresh')
    await fresh.waitForTimeout(TICK_CHECK_MS)
    await read('freshAgain')
  } catch (err) {
    probe.error = errorMessage(err).slice(0, 300)
  } finally {
    await context?.close().catch(() => undefined)
  }
  return probe
}

/** Second readings beside a walk or a scan: a step whose page shows a countdown gets one, once per
 * page (each costs seconds), running while the walk goes on. `settled` resolves once every reading
 * has been written into its step, which is when the trace is complete. */
export function countdownProber(openContext: () => Promise<BrowserContext>, timeoutMs: number) {
  const probedPages = new Set<string>()
  const pending: Promise<void>[] = []
  return {
    probe(entry: StepRecord, snapshotAt: number): void {
      const snapshot = entry.snapshot
      if (!snapshot) return
      const pageKey = snapshot.url.split(/[?#]/)[0] ?? snapshot.url
      if (probedPages.has(pageKey)) return
      const blocks = countdownBlocks(snapshot)
      if (blocks.length === 0) return
      probedPages.add(pageKey)
      pending.push(
        probeCountdowns({ snapshot, blocks, snapshotAt, openContext, timeoutMs }).then((reading) => {
          entry.urgencyProbe = reading
        }),
      )
    },
    settled: async (): Promise<void> => {
      await Promise.all(pending)
    },
  }
}
export type CountdownProber = ReturnType<typeof countdownProber>

