import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { coverSecrets, PageChangedError } from '../capture/cover-secrets.js'
import type { PageSnapshot } from '../capture/page-snapshot.js'
import { SECRET_FIELD_NAME, SECRET_FIELD_SELECTOR } from '../capture/secret-field-kinds.js'
import { takeSnapshot } from '../capture/take-snapshot.js'
import { takeThumbnail } from '../capture/take-thumbnail.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { bounded } from './bounded.js'
import { redactSecrets, SECRET_MASK, secretPattern } from './secret-encodings.js'

export interface Evidence {
  snapshot: PageSnapshot
  /** Paths relative to the report folder. */
  screenshot: string
  thumbnail: string
  html: string
  /** When the snapshot was read: countdown probes compare later readings with it. */
  snapshotAt: number
  /** Set when the page was taller than `MAX_SCREENSHOT_HEIGHT`: its height. */
  screenshotCutAt?: number
}

/** Chromium cannot encode a JPEG taller than 65,535 px, and a shot of a page this tall already takes
 * seconds and megabytes. */
export const MAX_SCREENSHOT_HEIGHT = 16_000

/** The browser hands over the page as text, whatever charset it was served in; it is saved as UTF-8,
 * so a `<meta charset>` naming another charset would make the saved file open garbled. The byte
 * order mark outranks any declaration in the file when a browser opens it, and the declarations
 * are rewritten to agree. */
function asUtf8Document(markup: string): string {
  const declared = markup
    .replace(/(<meta\b[^>]*\bcharset\s*=\s*["']?)[\w-]+/gi, '$1utf-8')
  return `\uFEFF${declared}`
}

export interface EvidenceOptions {
  /** The report folder. */
  outDir: string
  /** The evidence file's path relative to outDir, without its extension, e.g. `sites/a/02-signup-01`. */
  basePath: string
  timeoutMs: number
  viewport: { width: number; height: number }
  /** Values typed from `${env.*}` or into secret fields: covered in the screenshots wherever the page
   * shows them, and scrubbed from the saved HTML, in every encoding. */
  secrets: readonly string[]
}

/** The page as it stands, in the four forms a step keeps: snapshot, full-page screenshot, thumbnail
 * and HTML. Secrets are masked before anything is written; the snapshot is read first, so that no
 * rule sees the covers the screenshots are taken with (its text is redacted with the trace). A page
 * that moves on by itself while it is captured (a redirect, a reload) is captured again once loaded.
 * No call waits longer than `timeoutMs`: a page that stops answering fails its capture, not the walk. */
export async function captureEvidence(page: Page, options: EvidenceOptions): Promise<Evidence> {
  try {
    return await captureOnce(page, options)
  } catch (err) {
    if (!(err instanceof PageChangedError)) throw err
  }
  await page.waitForLoadState('load', { timeout: options.timeoutMs }).catch(() => undefined)
  return captureOnce(page, options)
}

async function captureOnce(page: Page, options: EvidenceOptions): Promise<Evidence> {
  // Each call gets the step timeout of its own: a very tall page takes seconds to read, shoot and
  // save, and only a page that stops answering should fail here.
  const within = <T>(work: Promise<T>, what: string): Promise<T> => bounded(work, options.timeoutMs, what)
  const snapshotAt = Date.now()
  const snapshot = await within(takeSnapshot(page), 'reading the page')
  const screenshot = `${options.basePath}.jpg`
  const thumbnail = `${options.basePath}.thumb.jpg`
  const pageHeight = await within(
    page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0)),
    'measuring the page',
  ).catch(() => 0)
  const cut = pageHeight > MAX_SCREENSHOT_HEIGHT
  // One set of covers serves the screenshot and the thumbnail.
  const uncover = await within(coverSecrets(page, secretPattern(options.secrets)), 'covering secrets')
  let covered = false
  try {
    const image = await page.screenshot({
      fullPage: true,
      // A very tall page is shot from the top down to the cap: a full shot of 20,000 elements takes
      // longer than a step may, and is more than anyone reads.
      ...(cut ? { clip: { x: 0, y: 0, width: options.viewport.width, height: MAX_SCREENSHOT_HEIGHT } } : {}),
      // JPEG: a third of PNG's size for page screenshots, and quicker to encode on every step.
      type: 'jpeg',
      quality: 75,
      timeout: options.timeoutMs,
    })
    await writeFileAtomic(join(options.outDir, screenshot), image)
    await writeFileAtomic(join(options.outDir, thumbnail), await within(takeThumbnail(page, options.viewport), 'taking the thumbnail'))
  } finally {
    covered = await within(uncover(), 'removing the covers').catch(() => false)
    // Without its covers (or without word that they were still there) the page may have shown a
    // secret: no image of it is kept.
    if (!covered) await Promise.all([screenshot, thumbnail].map((file) => rm(join(options.outDir, file), { force: true })))
  }
  if (!covered) throw new PageChangedError('the page changed while its screenshot was taken')
  const html = `${options.basePath}.html`
  const markup = await within(
    secretFieldIndexes(page).then((indexes) => contentWithoutSecretValues(page, indexes)),
    'reading the HTML',
  )
  await writeFileAtomic(join(options.outDir, html), asUtf8Document(redactSecrets(markup, options.secrets)))
  return { snapshot, screenshot, thumbnail, html, snapshotAt, ...(cut ? { screenshotCutAt: pageHeight } : {}) }
}

/** The positions, among the page's `input, textarea` in document order, of the fields that hold
 * secrets by their kind. */
function secretFieldIndexes(page: Page): Promise<number[]> {
  return page
    .evaluate(
      ({ selector, name }) => {
        const pattern = new RegExp(name, 'i')
        const indexes: number[] = []
        Array.from(document.querySelectorAll('input, textarea')).forEach((el, i) => {
          const field = el as HTMLInputElement
          if (field.matches(selector) || pattern.test(`${field.name} ${field.id} ${field.getAttribute('autocomplete') ?? ''}`)) indexes.push(i)
        })
        return indexes
      },
      { selector: SECRET_FIELD_SELECTOR, name: SECRET_FIELD_NAME.source },
    )
    .catch(() => [])
}

/** The page's HTML with the value of every secret field blanked out: a page that mirrors typed text
 * into `value` attributes (as many form libraries do) would otherwise save a CVC in the snapshot. */
async function contentWithoutSecretValues(page: Page, indexes: readonly number[]): Promise<string> {
  if (indexes.length === 0) return page.content()
  return page.evaluate(
    ({ indexes, mask }) => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement
      const fields = Array.from(copy.querySelectorAll('input, textarea'))
      for (const i of indexes) {
        const field = fields[i]
        if (!field) continue
        if (field.hasAttribute('value')) field.setAttribute('value', mask)
        if (field.tagName === 'TEXTAREA') field.textContent = mask
      }
      const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : ''
      return `${doctype}${copy.outerHTML}`
    },
    { indexes: [...indexes], mask: SECRET_MASK },
  )
}
