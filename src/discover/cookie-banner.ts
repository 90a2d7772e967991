import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Frame, Page } from 'playwright'
import type { CookieBannerRecord } from '../artifacts/site-trace.js'
import { bounded } from '../walk/bounded.js'
import { errorMessage } from '../walk/error-message.js'

export type { CookieBannerRecord }

/** How long to look for a consent platform on a page that shows none (autoconsent retries every
 * half second or so). */
const DETECT_MS = 4_000
const DETECT_RETRIES = 6

interface AutoconsentRule {
  name: string
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string }
}

const require = createRequire(import.meta.url)
let library: { script: string; rules: AutoconsentRule[] } | undefined

/** The content script and its rules, read once: the script alone is some 130 kB. */
function autoconsentLibrary(): { script: string; rules: AutoconsentRule[] } {
  if (!library) {
    // The Playwright content script is not among the package's exports; it sits beside the rules.
    const rulesPath = require.resolve('@duckduckgo/autoconsent/rules/rules.json')
    const script = readFileSync(join(dirname(rulesPath), '..', 'dist', 'autoconsent.playwright.js'), 'utf8')
    const bundle = JSON.parse(readFileSync(rulesPath, 'utf8')) as { autoconsent: AutoconsentRule[] }
    library = { script, rules: bundle.autoconsent }
  }
  return library
}

/** Only the rules that may apply to this frame: the full set is some 700 kB to hand to every frame. */
function rulesFor(url: string, mainFrame: boolean): AutoconsentRule[] {
  return autoconsentLibrary().rules.filter((rule) => {
    const context = rule.runContext
    if (mainFrame ? context?.main === false : context?.frame !== true) return false
    if (!context?.urlPattern) return true
    try {
      return new RegExp(context.urlPattern).test(url)
    } catch {
      return false
    }
  })
}

/** The messages of autoconsent's content script this module acts on. */
type ContentMessage =
  | { type: 'init'; url: string }
  | { type: 'eval'; id: string; code: string }
  | { type: 'cmpDetected'; cmp: string }
  | { type: 'popupFound'; cmp: string }
  | { type: 'optOutResult'; cmp: string; result: boolean }
  | { type: 'autoconsentError'; details: unknown }
  | { type: 'report'; mainFrame: boolean; state: { lifecycle?: string } }

function isContentMessage(value: unknown): value is ContentMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** What watching the page found: a banner of a consent platform, or none within the detection window. */
export type CookieBannerSighting = { found: true; cmp: string } | { found: false; cmp?: string }

export interface CookieBannerWatch {
  /** Waits for a banner on the page just opened (a few seconds when there is none), clicking nothing,
   * so that the page can be recorded as the visitor first sees it. */
  detect(timeoutMs: number): Promise<CookieBannerSighting>
  /** Rejects the banner `detect` found and says how that went. Later navigations of the page are
   * left alone. */
  reject(timeoutMs: number): Promise<CookieBannerRecord>
}

/** Readies `page` to meet a cookie banner on its next navigation: autoconsent's content script runs in
 * every frame from the start of the page, but acts only when told, so the banner can be photographed
 * before it is rejected. Call once per page, before the navigation. */
export async function prepareCookieBanner(page: Page): Promise<CookieBannerWatch> {
  let active = true
  const detected: string[] = []
  let popup: { cmp: string; frame: Frame } | undefined
  let optOut: { cmp: string; result: boolean } | undefined
  let nothingInMainFrame = false
  const errors: string[] = []
  const listeners = new Set<() => void>()
  const changed = (): void => listeners.forEach((l) => l())

  await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, message: unknown) => {
    if (!active || !isContentMessage(message)) return
    switch (message.type) {
      case 'init': {
        const mainFrame = frame.parentFrame() === null
        const config = {
          enabled: true,
          // Nothing is clicked until the banner has been photographed.
          autoAction: null,
          disabledCmps: [],
          enablePrehide: false,
          enableCosmeticRules: false,
          enableHeuristicDetection: false,
          detectRetries: DETECT_RETRIES,
          logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
        }
        const rules = { autoconsent: rulesFor(frame.url(), mainFrame) }
        await frame.evaluate(`window.autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(config)}, rules: ${JSON.stringify(rules)} })`).catch(() => undefined)
        return
      }
      case 'eval': {
        // Some rules ask whether the platform's own script reports consent; the answer comes from the page.
        const result: unknown = await frame.evaluate(message.code).catch(() => false)
        await frame
          .evaluate(`window.autoconsentReceiveMessage({ type: "evalResp", id: ${JSON.stringify(message.id)}, result: ${JSON.stringify(result ?? false)} })`)
          .catch(() => undefined)
        return
      }
      case 'cmpDetected':
        if (!detected.includes(message.cmp)) detected.push(message.cmp)
        break
      case 'popupFound':
        popup ??= { cmp: message.cmp, frame }
        break
      case 'optOutResult':
        optOut ??= { cmp: message.cmp, result: message.result }
        break
      case 'autoconsentError':
        errors.push(errorMessage(JSON.stringify(message.details)))
        break
      case 'report':
        if (message.mainFrame && message.state.lifecycle === 'nothingDetected') nothingInMainFrame = true
        break
    }
    changed()
  })
  await page.addInitScript({ content: autoconsentLibrary().script })

  /** Resolves when `done()` holds or at `until`, whichever comes first. */
  const waitFor = (done: () => boolean, until: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (done()) return resolve(true)
      const finish = (value: boolean): void => {
        clearTimeout(timer)
        listeners.delete(check)
        resolve(value)
      }
      const check = (): void => {
        if (done()) finish(true)
      }
      const timer = setTimeout(() => finish(done()), Math.max(0, until - Date.now()))
      listeners.add(check)
    })

  /** A platform whose script was found on the page though it showed no banner. */
  const detectedCmp = (): { cmp?: string } => (detected[0] ? { cmp: detected[0] } : {})
  const stop = (): void => {
    active = false
    listeners.clear()
  }

  return {
    async detect(timeoutMs) {
      const started = Date.now()
      await waitFor(() => popup !== undefined || nothingInMainFrame, started + Math.min(timeoutMs, DETECT_MS))
      if (popup) return { found: true, cmp: popup.cmp }
      stop()
      return { found: false, ...detectedCmp() }
    },
    async reject(timeoutMs) {
      const shown = popup
      if (!shown) {
        stop()
        return { ...detectedCmp(), found: false, outcome: 'no-banner' }
      }
      const record: CookieBannerRecord = { cmp: shown.cmp, found: true, outcome: 'not-handled' }
      try {
        await bounded(shown.frame.evaluate('window.autoconsentReceiveMessage({ type: "optOut" })'), timeoutMs, 'rejecting the cookie banner').catch((err: unknown) => {
          record.error ??= errorMessage(err)
        })
        if (await waitFor(() => optOut !== undefined, Date.now() + timeoutMs)) {
          record.outcome = optOut?.result ? 'rejected' : 'reject-failed'
        } else {
          record.error ??= `no answer to rejecting the banner within ${timeoutMs} ms`
        }
        if (record.outcome !== 'rejected' && errors.length > 0) record.error ??= errors.join('; ')
        return record
      } finally {
        stop()
      }
    },
  }
}

/** Meets the cookie banner of a page about to be opened: `prepareCookieBanner`, then `open()`, then
 * `detect` and, while the banner shows, `photograph()`, then `reject`. */
export async function handleCookieBanner(
  page: Page,
  open: () => Promise<unknown>,
  options: { timeoutMs: number; photograph?: () => Promise<unknown> },
): Promise<CookieBannerRecord> {
  const watch = await prepareCookieBanner(page)
  await open()
  const sighting = await watch.detect(options.timeoutMs)
  if (sighting.found) await options.photograph?.()
  return watch.reject(options.timeoutMs)
}
