import type { Page, Response } from 'playwright'

/** How long a page's subresources (images, pixels, scripts) may keep `load` from firing once the
 * document is there. A tracking pixel that never answers must cost seconds, not the step. */
export const LOAD_WAIT_MS = 5_000

/** Opens `url` and waits for the server's answer, then for the document and `load`, each up to a
 * cap: a script that never arrives can hold the document back as a pixel holds back `load`, and
 * the walk goes on with what the page shows by then. What is still loading is recorded by the walk
 * (`pendingRequests`), not waited for. */
export async function gotoPage(page: Page, url: string, timeoutMs: number): Promise<Response | null> {
  const response = await page.goto(url, { timeout: timeoutMs, waitUntil: 'commit' })
  const deadline = Date.now() + Math.min(timeoutMs, LOAD_WAIT_MS)
  await page.waitForLoadState('domcontentloaded', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined)
  await page.waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined)
  return response
}
