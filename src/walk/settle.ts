import type { Page, Request } from 'playwright'

const QUIET_WINDOW_MS = 150
const MAX_NETWORK_WAIT_MS = 3_000
const MAX_ANIMATION_WAIT_MS = 1_500

/** Counts the page's requests in flight, so a step can wait for a quiet network without Playwright's
 * fixed 500 ms `networkidle` window on every step. Long-lived requests (event streams, websockets,
 * long polls) would keep a page from ever being quiet, so the wait is capped. */
export interface NetworkActivity {
  inFlight(): number
  /** When a request last started or ended (ms since the epoch). */
  lastActivityAt(): number
}

export function trackNetwork(page: Page): NetworkActivity {
  const pending = new Set<Request>()
  let lastActivityAt = 0
  const touch = () => (lastActivityAt = Date.now())
  page.on('request', (r) => (pending.add(r), touch()))
  page.on('requestfinished', (r) => (pending.delete(r), touch()))
  page.on('requestfailed', (r) => (pending.delete(r), touch()))
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) pending.clear()
  })
  return { inFlight: () => pending.size, lastActivityAt: () => lastActivityAt }
}

/** Waits until the page has loaded, the network has been quiet for a moment and finite animations
 * have finished; each wait is capped so a busy page costs time, not a failure. A step that caused
 * no request at all (typing into a field, ticking a box) has nothing to wait for on the network. */
export async function waitForSettled(page: Page, network: NetworkActivity, stepStartedAt: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined)

  const networkDeadline = Math.min(deadline, Date.now() + MAX_NETWORK_WAIT_MS)
  while (Date.now() < networkDeadline) {
    const idle = network.inFlight() === 0
    const quietFor = Date.now() - Math.max(network.lastActivityAt(), stepStartedAt)
    if (idle && (network.lastActivityAt() < stepStartedAt || quietFor >= QUIET_WINDOW_MS)) break
    await new Promise((r) => setTimeout(r, 20))
  }

  const animationBudget = Math.max(0, Math.min(MAX_ANIMATION_WAIT_MS, deadline - Date.now()))
  await page
    .evaluate(
      `Promise.race([
        Promise.all(document.getAnimations()
          .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
          .map((a) => a.finished.catch(() => undefined))),
        new Promise((r) => setTimeout(r, ${animationBudget})),
      ]).then(() => undefined)`,
    )
    .catch(() => undefined)
}
