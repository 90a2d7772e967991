import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { coverSecrets } from '../capture/cover-secrets.js'
import type { PageSnapshot } from '../capture/page-snapshot.js'
import { takeSnapshot } from '../capture/take-snapshot.js'
import { takeThumbnail } from '../capture/take-thumbnail.js'
import { redactSecrets, SECRET_MASK, secretPattern } from './secret-encodings.js'

export interface Evidence {
  snapshot: PageSnapshot
  /** Paths relative to the report folder. */
  screenshot: string
  thumbnail: string
  html: string
  /** When the snapshot was read: countdown probes compare later readings with it. */
  snapshotAt: number
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
 * rule sees the covers the screenshots are taken with (its text is redacted with the trace). */
export async function captureEvidence(page: Page, options: EvidenceOptions): Promise<Evidence> {
  const snapshotAt = Date.now()
  const snapshot = await takeSnapshot(page)
  const screenshot = `${options.basePath}.jpg`
  const pattern = secretPattern(options.secrets)
  // One reading of the fields serves the screenshot, the thumbnail and the saved HTML.
  const fields = await secretFieldIndexes(page, pattern)
  const mask = fields.masked.map((i) => page.locator('input, textarea').nth(i))
  const thumbnail = `${options.basePath}.thumb.jpg`
  const uncover = await coverSecrets(page, pattern)
  try {
    await page.screenshot({
      path: join(options.outDir, screenshot),
      fullPage: true,
      // JPEG: a third of PNG's size for page screenshots, and quicker to encode on every step.
      type: 'jpeg',
      quality: 75,
      mask,
      timeout: options.timeoutMs,
    })
    await writeFile(join(options.outDir, thumbnail), await takeThumbnail(page, mask, options.viewport))
  } finally {
    await uncover()
  }
  const html = `${options.basePath}.html`
  await writeFile(join(options.outDir, html), redactSecrets(await contentWithoutSecretValues(page, fields.byKind), options.secrets))
  return { snapshot, screenshot, thumbnail, html, snapshotAt }
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
function secretFieldIndexes(page: Page, secret: RegExp | undefined): Promise<{ byKind: number[]; masked: number[] }> {
  return page
    .evaluate(
      ({ secretSource, selector, name }) => {
        const pattern = new RegExp(name, 'i')
        const holdsSecret = secretSource === undefined ? undefined : new RegExp(secretSource)
        const byKind: number[] = []
        const masked: number[] = []
        Array.from(document.querySelectorAll('input, textarea')).forEach((el, i) => {
          const field = el as HTMLInputElement
          const secretKind = field.matches(selector) || pattern.test(`${field.name} ${field.id} ${field.getAttribute('autocomplete') ?? ''}`)
          const secretValue = Boolean(field.value) && Boolean(holdsSecret?.test(field.value))
          if (secretKind) byKind.push(i)
          if (secretKind || secretValue) masked.push(i)
        })
        return { byKind, masked }
      },
      { secretSource: secret?.source, selector: SECRET_FIELD_SELECTOR, name: SECRET_FIELD_NAME.source },
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
