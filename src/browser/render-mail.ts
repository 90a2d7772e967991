import type { Browser } from 'playwright'
import type { MailBlock } from '../artifacts/site-trace.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

/** About the width mail clients give a message. */
const MAIL_VIEWPORT = { width: 720, height: 900 }
/** A message longer than this is cut in its image; its text stays whole in the trace. */
const MAX_HEIGHT_PX = 6000
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, td, th, blockquote, pre, div'
/** Links and buttons are blocks of their own as well, inside the paragraph that holds them. */
const CONTROLS = 'a, button'

/** Renders an e-mail's HTML (or its text, as paragraphs) to a PNG at `imageFile` in a context that
 * runs no script and loads nothing remote (a tracking pixel would tell the sender it was opened),
 * and returns the text blocks with their boxes in the image. */
export async function renderMail(browser: Browser, content: { html?: string; text: string }, imageFile: string): Promise<MailBlock[]> {
  const context = await browser.newContext({ viewport: MAIL_VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: false, serviceWorkers: 'block' })
  try {
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(content.html ?? textAsHtml(content.text), { waitUntil: 'domcontentloaded' })
    const blocks = await page.evaluate(
      ({ selector, controls, maxHeight }) => {
        const found: { selector: string; text: string; box: { x: number; y: number; width: number; height: number } }[] = []
        const pathOf = (element: Element): string => {
          const parts: string[] = []
          for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
            const siblings = node.parentElement ? [...node.parentElement.children].filter((child) => child.tagName === node?.tagName) : []
            const tag = node.tagName.toLowerCase()
            parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag)
          }
          return parts.join(' > ')
        }
        for (const element of document.querySelectorAll(`${selector}, ${controls}`)) {
          if (!(element instanceof HTMLElement)) continue
          // A container's text is its blocks' text: only the innermost block holding text counts.
          if (!element.matches(controls) && element.querySelector(selector)) continue
          const text = element.innerText.replace(/\s+/g, ' ').trim()
          const rect = element.getBoundingClientRect()
          if (!text || rect.width === 0 || rect.height === 0 || rect.top > maxHeight) continue
          found.push({ selector: pathOf(element), text, box: { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height } })
        }
        return found
      },
      { selector: BLOCKS, controls: CONTROLS, maxHeight: MAX_HEIGHT_PX },
    )
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
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
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
  return `<!doctype html><meta charset="utf-8"><body style="font: 15px/1.45 system-ui, sans-serif; margin: 24px; white-space: normal">${paragraphs.join('')}</body>`
}
