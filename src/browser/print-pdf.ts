import { pathToFileURL } from 'node:url'
import { launchBrowser } from './launch.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

export interface PrintPdfOptions {
  /** Chromium's header and footer templates: HTML whose `pageNumber`, `totalPages`, `date`,
   * `title` and `url` classes Chromium fills in. Their text needs an explicit font size. */
  headerTemplate: string
  footerTemplate: string
}

/** How long the images of the document may take to load before it is printed without them. */
const IMAGE_WAIT_MS = 30_000

/** A4 with 14 mm margins, the page's own `@page` margin, which wins over page.pdf's. */
const PAGE_MARGIN_MM = 14
const A4_WIDTH_MM = 210
const CSS_PX_PER_MM = 96 / 25.4
const PRINTABLE_WIDTH_PX = Math.floor((A4_WIDTH_MM - 2 * PAGE_MARGIN_MM) * CSS_PX_PER_MM)

/** Prints an HTML file from disk to an A4 PDF in Chromium, every `<details>` open and every image
 * loaded. Throws BrowserNotFoundError when there is no Chromium. */
export async function printPdf(htmlFile: string, pdfFile: string, options: PrintPdfOptions): Promise<void> {
  const { browser } = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: PRINTABLE_WIDTH_PX, height: 1000 } })
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
    await page.emulateMedia({ media: 'print' })
    // page.pdf() fires no `beforeprint`, and lazy images below the viewport may not have loaded
    // yet: both are seen to here, so the PDF is what a person's print dialog would show. Links to
    // files beside the page would become file:// links of this machine: broken anywhere else, and
    // disclosing its paths.
    await page.evaluate(async (timeoutMs) => {
      for (const details of document.querySelectorAll('details')) details.open = true
      const here = location.href.split('#')[0]
      for (const link of document.querySelectorAll('a[href]')) {
        if (link instanceof HTMLAnchorElement && link.protocol === 'file:' && link.href.split('#')[0] !== here) link.removeAttribute('href')
      }
      const images = [...document.images]
      for (const image of images) image.loading = 'eager'
      const loaded = Promise.all(
        images.map((image) =>
          image.complete ? undefined : new Promise((settle) => {
            image.addEventListener('load', settle, { once: true })
            image.addEventListener('error', settle, { once: true })
          }),
        ),
      )
      await Promise.race([Promise.all([loaded, document.fonts.ready]), new Promise((settle) => setTimeout(settle, timeoutMs))])
    }, IMAGE_WAIT_MS)
    // Chromium shrinks the whole document when one element is wider than the paper (a table of
    // many columns), which makes every page's text small; shrinking only that element keeps the
    // rest at its size.
    await page.evaluate(() => {
      const pageWidth = document.documentElement.clientWidth
      if (document.documentElement.scrollWidth <= pageWidth + 1) return
      // No named functions in here: the bundler's name helper does not exist in the page.
      const widest: HTMLElement[] = []
      for (const el of document.querySelectorAll('body *')) {
        const parent = el.parentElement
        if (!(el instanceof HTMLElement) || !parent) continue
        if (el.getBoundingClientRect().right <= pageWidth + 1 || parent.getBoundingClientRect().right > pageWidth + 1) continue
        let clipped = false
        for (let a: HTMLElement | null = parent; a && a !== document.body && !clipped; a = a.parentElement) {
          clipped = getComputedStyle(a).overflowX !== 'visible'
        }
        if (!clipped) widest.push(el)
      }
      const scales = widest.map((el) => {
        const box = el.getBoundingClientRect()
        const parent = el.parentElement as HTMLElement
        const style = getComputedStyle(parent)
        const contentRight = parent.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)
        return { el, scale: Math.max(0.3, Math.min(1, (contentRight - box.left) / box.width)) }
      })
      for (const { el, scale } of scales) el.style.zoom = String(scale)
    })
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: { top: `${PAGE_MARGIN_MM}mm`, bottom: `${PAGE_MARGIN_MM}mm`, left: `${PAGE_MARGIN_MM}mm`, right: `${PAGE_MARGIN_MM}mm` },
    })
    await writeFileAtomic(pdfFile, pdf)
  } finally {
    await browser.close()
  }
}
