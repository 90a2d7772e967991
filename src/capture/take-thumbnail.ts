import type { Locator, Page } from 'playwright'

const THUMBNAIL_SCALE = 0.25
const MASK_ATTRIBUTE = 'data-cancelcheck-mask'

/** A small JPEG of what the visitor saw first (the top viewport of the page), rendered by Chromium at
 * a quarter of the size: a filmstrip of fifty sites loads kilobytes, not the full-page screenshots.
 * Fields that hold secrets are painted over first, as in the full screenshot. */
export async function takeThumbnail(page: Page, masked: readonly Locator[], viewport: { width: number; height: number }): Promise<Buffer> {
  await Promise.all(masked.map((field) => field.evaluate((el, name) => el.setAttribute(name, ''), MASK_ATTRIBUTE).catch(() => undefined)))
  const style = masked.length > 0 ? await page.addStyleTag({ content: `[${MASK_ATTRIBUTE}]{color:transparent!important;background:#ff00ff!important}` }).catch(() => undefined) : undefined
  try {
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
  } finally {
    await style?.evaluate((el) => (el as HTMLElement).remove()).catch(() => undefined)
    await Promise.all(masked.map((field) => field.evaluate((el, name) => el.removeAttribute(name), MASK_ATTRIBUTE).catch(() => undefined)))
  }
}
