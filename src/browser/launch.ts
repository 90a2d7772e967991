import { chromium, type Browser } from 'playwright'
import { requireBrowser, type FoundBrowser } from './find-browser.js'

/** The only place that knows Chromium's flags. As root Chromium refuses to start without
 * --no-sandbox; the rest keep it from phoning home, which on a closed network only adds
 * refused connections and start-up delay. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--disable-dev-shm-usage',
]

export interface LaunchedBrowser {
  browser: Browser
  found: FoundBrowser
}

export async function launchBrowser(found: FoundBrowser = requireBrowser()): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // The audit ends itself on SIGINT and SIGTERM, writing what was done; Playwright's own handlers
    // would close the browser and exit before that.
    handleSIGINT: false,
    handleSIGTERM: false,
  })
  return { browser, found }
}

/** A browser running elsewhere (`npx playwright run-server`, `chromium.launchServer()`), so that many
 * machines' browsers can serve one scan. Its flags are whoever started it's business. */
export async function connectBrowser(wsEndpoint: string): Promise<{ browser: Browser }> {
  return { browser: await chromium.connect(wsEndpoint) }
}

/** Closes `browser` when `signal` aborts, which cuts every walk in flight short; returns the call
 * that stops watching. */
export function closeOnAbort(browser: Browser, signal: AbortSignal | undefined): () => void {
  const cutOff = () => void browser.close().catch(() => undefined)
  signal?.addEventListener('abort', cutOff, { once: true })
  return () => signal?.removeEventListener('abort', cutOff)
}
