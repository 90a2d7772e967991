import { join } from 'node:path'
import type { Page } from 'playwright'
import type { PageSnapshot } from '../capture/page-snapshot.js'
import { takeSnapshot } from '../capture/take-snapshot.js'
import { takeThumbnail } from '../capture/take-thumbnail.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

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
  /** Values typed from `${env.*}`: hidden in the screenshot and blanked in the saved HTML. */
  secrets: readonly string[]
}

/** The page as it stands, in the four forms a step keeps: snapshot, full-page screenshot, thumbnail
 * and HTML. Secret fields are masked before anything is written. */
export async function captureEvidence(page: Page, options: EvidenceOptions): Promise<Evidence> {
  const snapshotAt = Date.now()
  const snapshot = await takeSnapshot(page)
  const screenshot = `${options.basePath}.jpg`
  // One reading of the fields serves the screenshot, the thumbnail and the saved HTML.
  const fields = await secretFieldIndexes(page, options.secrets)
  const mask = fields.masked.map((i) => page.locator('input, textarea').nth(i))
  const pageHeight = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0)).catch(() => 0)
  const cut = pageHeight > MAX_SCREENSHOT_HEIGHT
  const image = await page.screenshot({
    fullPage: true,
    // A very tall page is shot from the top down to the cap: a full shot of 20,000 elements takes
    // longer than a step may, and is more than anyone reads.
    ...(cut ? { clip: { x: 0, y: 0, width: options.viewport.width, height: MAX_SCREENSHOT_HEIGHT } } : {}),
    // JPEG: a third of PNG's size for page screenshots, and quicker to encode on every step.
    type: 'jpeg',
    quality: 75,
    mask,
    timeout: options.timeoutMs,
  })
  await writeFileAtomic(join(options.outDir, screenshot), image)
  const thumbnail = `${options.basePath}.thumb.jpg`
  await writeFileAtomic(join(options.outDir, thumbnail), await takeThumbnail(page, mask, options.viewport))
  const html = `${options.basePath}.html`
  await writeFileAtomic(join(options.outDir, html), asUtf8Document(redactText(await contentWithoutSecretValues(page, fields.byKind), options.secrets)))
  return { snapshot, screenshot, thumbnail, html, snapshotAt, ...(cut ? { screenshotCutAt: pageHeight } : {}) }
}

/** Fields that hold secrets by their kind, whatever their value: passwords, card data, one-time
 * codes, and fields named like them (the names the in-page snapshot masks values by). A value too
 * short to redact by search and replace, such as a three-digit CVC, is hidden this way. */
const SECRET_FIELD_SELECTOR = [
  'input[type="password" i]',
  'input[autocomplete^="cc-" i]',
  'input[autocomplete~="current-password" i]',
  'input[autocomplete~="new-password" i]',
  'input[autocomplete~="one-time-code" i]',
].join(', ')
const SECRET_FIELD_NAME = /card|cc-?num|cvc|cvv|csc|iban|security.?code|passwor|pin\b/i

/** The positions, among the page's `input, textarea` in document order, of the fields to hide:
 * `byKind`, secret by their kind; `masked`, those and the fields showing a secret's value. */
function secretFieldIndexes(page: Page, secrets: readonly string[]): Promise<{ byKind: number[]; masked: number[] }> {
  return page
    .evaluate(
      ({ values, selector, name }) => {
        const pattern = new RegExp(name, 'i')
        const byKind: number[] = []
        const masked: number[] = []
        Array.from(document.querySelectorAll('input, textarea')).forEach((el, i) => {
          const field = el as HTMLInputElement
          const secretKind = field.matches(selector) || pattern.test(`${field.name} ${field.id} ${field.getAttribute('autocomplete') ?? ''}`)
          const secretValue = Boolean(field.value) && values.some((v) => field.value.includes(v))
          if (secretKind) byKind.push(i)
          if (secretKind || secretValue) masked.push(i)
        })
        return { byKind, masked }
      },
      { values: [...secrets], selector: SECRET_FIELD_SELECTOR, name: SECRET_FIELD_NAME.source },
    )
    .catch(() => ({ byKind: [], masked: [] }))
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

const SECRET_MASK = '•••'

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join(SECRET_MASK)
  return out
}
