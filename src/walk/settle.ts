import type { BrowserContext, Page, Request } from 'playwright'
import { bounded } from './bounded.js'
import { LOAD_WAIT_MS } from './navigate.js'

const QUIET_WINDOW_MS = 150
const MAX_NETWORK_WAIT_MS = 3_000
const MAX_ANIMATION_WAIT_MS = 1_500
/** A page that has just loaded often sets its state by script a moment later (a box ticked, a price
 * filled in, a modal mounted): a new document is read once its DOM has been still this long… */
const DOM_QUIET_MS = 250
/** …or after this long, for pages that never stop changing (tickers, countdowns). */
const MAX_DOM_WAIT_MS = 600

/** Where each document notes when its DOM last changed, from its first node on. */
const LAST_DOM_CHANGE = `Symbol.for('cancelcheck.lastDomChange')`

/** Has every document of `context` note when its DOM last changed, from the moment it starts: a page
 * that has been still since it was parsed is then read at once, and only one that is still changing
 * is waited for. */
export async function watchDomChanges(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const key = ${LAST_DOM_CHANGE}
      const mark = () => { window[key] = performance.now() }
      mark()
      new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    })()`,
  })
}

/** Counts the page's requests in flight, so a step can wait for a quiet network without Playwright's
 * fixed 500 ms `networkidle` window on every step. Long-lived requests (event streams, websockets,
 * long polls) would keep a page from ever being quiet, so the wait is capped. */
export interface NetworkActivity {
  inFlight(): number
  /** The addresses still loading: a page that never finishes loading is evidence, not a failure. */
  pendingUrls(): string[]
  /** When a request last started or ended (ms since the epoch). */
  lastActivityAt(): number
  /** When the page last committed a new document (ms since the epoch; 0 before the first). */
  lastNavigationAt(): number
}

export function trackNetwork(page: Page): NetworkActivity {
  const pending = new Map<Request, number>()
  let lastActivityAt = 0
  let lastNavigationAt = 0
  const touch = () => (lastActivityAt = Date.now())
  page.on('request', (r) => (pending.set(r, Date.now()), touch()))
  page.on('requestfinished', (r) => (pending.delete(r), touch()))
  page.on('requestfailed', (r) => (pending.delete(r), touch()))
  page.on('framenavigated', (f) => {
    if (f !== page.mainFrame()) return
    pending.clear()
    lastNavigationAt = Date.now()
  })
  // A request pending longer than a step waits for the network has hung (a pixel that never
  // answers): it is reported, not waited for again on every later step.
  const waitedFor = () => [...pending.values()].filter((startedAt) => Date.now() - startedAt < MAX_NETWORK_WAIT_MS).length
  return {
    inFlight: waitedFor,
    pendingUrls: () => [...pending.keys()].map((r) => r.url()),
    lastActivityAt: () => lastActivityAt,
    lastNavigationAt: () => lastNavigationAt,
  }
}

/** Waits until the page has loaded, the network has been quiet for a moment and finite animations
 * have finished; each wait is capped so a busy page costs time, not a failure. A step that caused
 * no request at all (typing into a field, ticking a box) has nothing to wait for on the network.
 * Nothing waits past `timeoutMs`, even on a page that has stopped answering. */
export async function waitForSettled(page: Page, network: NetworkActivity, stepStartedAt: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  // Only a step that brought a new document waits for its `load`, counted from the step's start (a
  // `goto` has already waited as long as a step may): a pixel that never answers would otherwise
  // hold up every later step on its page.
  if (network.lastNavigationAt() >= stepStartedAt) {
    await page.waitForLoadState('load', { timeout: Math.max(1, Math.min(timeoutMs, stepStartedAt + LOAD_WAIT_MS - Date.now())) }).catch(() => undefined)
  }

  const networkDeadline = Math.min(deadline, Date.now() + MAX_NETWORK_WAIT_MS)
  while (Date.now() < networkDeadline) {
    const idle = network.inFlight() === 0
    const quietFor = Date.now() - Math.max(network.lastActivityAt(), stepStartedAt)
    if (idle && (network.lastActivityAt() < stepStartedAt || quietFor >= QUIET_WINDOW_MS)) break
    await new Promise((r) => setTimeout(r, 20))
  }

  if (network.lastNavigationAt() >= stepStartedAt) {
    const budget = Math.max(0, Math.min(MAX_DOM_WAIT_MS, deadline - Date.now()))
    // The in-page cap ends the wait on a page that answers; the outer bound, on one that does not (a
    // navigation still waiting for its server holds every evaluation until it commits).
    await bounded(
      page.evaluate(
        `new Promise((resolve) => {
          const started = performance.now()
          // Stillness counts from the later of the last change and the end of \`load\` (a script often
          // sets state a moment after load, by property, which no observer sees); without the note
          // (a document the context did not prepare), from now.
          const loaded = performance.getEntriesByType('navigation')[0]?.loadEventEnd || started
          const lastChange = () => Math.max(window[${LAST_DOM_CHANGE}] ?? started, loaded)
          const check = () => {
            const still = performance.now() - lastChange()
            if (still >= ${DOM_QUIET_MS} || performance.now() - started >= ${budget}) resolve(undefined)
            else setTimeout(check, Math.min(${DOM_QUIET_MS} - still, ${budget} - (performance.now() - started)))
          }
          check()
        })`,
      ),
      deadline - Date.now(),
      'waiting for the page to be still',
    ).catch(() => undefined)
  }

  const animationBudget = Math.max(0, Math.min(MAX_ANIMATION_WAIT_MS, deadline - Date.now()))
  await bounded(
    page.evaluate(
      `Promise.race([
        Promise.all(document.getAnimations()
          .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
          .map((a) => a.finished.catch(() => undefined))),
        new Promise((r) => setTimeout(r, ${animationBudget})),
      ]).then(() => undefined)`,
    ),
    deadline - Date.now(),
    'waiting for animations',
  ).catch(() => undefined)
}
