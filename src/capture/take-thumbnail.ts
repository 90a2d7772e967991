import type { Page } from 'playwright'

const THUMBNAIL_SCALE = 0.25

/** A small JPEG of what the visitor saw first (the top viewport of the page), rendered by Chromium at
 * a quarter of the size: a filmstrip of fifty sites loads kilobytes, not the full-page screenshots.
 * Secrets are covered by the caller, for this and the full screenshot alike (cover-secrets.ts). */
export async function takeThumbnail(page: Page, viewport: { width: number; height: number }): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { data } = (await cdp.send('Page.captureScreenshot', {
      format: 'jpeg',
      quality: 70,
      clip: { x: 0, y: 0, width: viewport.width, height: viewport.height, scale: THUMBNAIL_SCALE },
      captureBeyondViewport: true,
    })) as { data: string }
    return Buffer.from(data, 'base64')
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}
