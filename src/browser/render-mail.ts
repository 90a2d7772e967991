import type { Browser } from 'playwright'
import type { MailBlock } from '../artifacts/site-trace.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { inPageFunction } from '../capture/in-page-source.js'
import { escapeHtml } from '../report/html/safe-html.js'

/** About the width mail clients give a message. */
const MAIL_VIEWPORT = { width: 720, height: 240 }
/** A message longer than this is cut in its image; its text stays whole in the trace. */
const MAX_HEIGHT_PX = 6000
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, td, th, blockquote, pre, div'
/** Links and buttons are blocks of their own as well, inside the paragraph that holds them. */
const CONTROLS = 'a, button'
const FIND_BLOCKS = inPageFunction('in-page-mail-blocks.js')

/** Renders an e-mail's HTML (or its text, as paragraphs) to a PNG at `imageFile` in a context that
 * runs no script and loads nothing remote (a tracking pixel would tell the sender it was opened),
 * and returns the text blocks with their boxes in the image. */
export async function renderMail(browser: Browser, content: { html?: string; text: string }, imageFile: string): Promise<MailBlock[]> {
  const context = await browser.newContext({ viewport: MAIL_VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: false, serviceWorkers: 'block' })
  try {
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(content.html ?? textAsHtml(content.text), { waitUntil: 'domcontentloaded' })
    const blocks = (await page.evaluate(
      `(${FIND_BLOCKS})(${JSON.stringify(BLOCKS)}, ${JSON.stringify(CONTROLS)}, ${MAX_HEIGHT_PX})`,
    )) as MailBlock[]
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number
    const image = await page.screenshot({
      fullPage: height <= MAX_HEIGHT_PX,
      ...(height > MAX_HEIGHT_PX ? { clip: { x: 0, y: 0, width: MAIL_VIEWPORT.width, height: MAX_HEIGHT_PX } } : {}),
    })
    await writeFileAtomic(imageFile, image)
    return blocks
  } finally {
    await context.close().catch(() => undefined)
  }
}

function textAsHtml(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
  return `<!doctype html><meta charset="utf-8"><body style="font: 15px/1.45 system-ui, sans-serif; margin: 24px; white-space: normal">${paragraphs.join('')}</body>`
}
