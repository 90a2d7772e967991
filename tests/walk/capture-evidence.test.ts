// Evidence capture when a page does not hold still: the screenshots are kept only if the covers
// over its secrets stayed in place while they were taken.
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { PageChangedError } from '../../src/capture/cover-secrets.js'
import { captureEvidence } from '../../src/walk/capture-evidence.js'

const SECRET = 'p@ss w0rd! #1'

let browser: Browser
let outDir: string

beforeAll(async () => {
  ;({ browser } = await launchBrowser(requireBrowser()))
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-capture-evidence-'))
})

afterAll(async () => {
  await browser?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const capture = (page: Page, basePath: string) =>
  captureEvidence(page, { outDir, basePath, timeoutMs: 5_000, viewport: { width: 1280, height: 800 }, secrets: [SECRET] })

const exists = (file: string) => access(join(outDir, file)).then(() => true, () => false)

describe('captureEvidence', () => {
  it('keeps the screenshots of a page whose echoed secret stayed covered, and leaves the page as it was', async () => {
    const page = await browser.newPage()
    try {
      await page.setContent(`<p>Welcome, <span id="echo">${SECRET}</span></p>`)
      const evidence = await capture(page, 'still')
      expect(await exists(evidence.screenshot)).toBe(true)
      expect(await exists(evidence.thumbnail)).toBe(true)
      expect(await page.locator('cancelcheck-covers').count()).toBe(0)
      expect(await readFile(join(outDir, evidence.html), 'utf8')).not.toContain(SECRET)
    } finally {
      await page.close()
    }
  })

  it('keeps no screenshot of a page that took its covers away while it was captured', async () => {
    const page = await browser.newPage()
    try {
      await page.setContent(`<p>Welcome, ${SECRET}</p><script>
        new MutationObserver(() => document.querySelector('cancelcheck-covers')?.remove())
          .observe(document.documentElement, { childList: true })
      </script>`)
      await expect(capture(page, 'restless')).rejects.toBeInstanceOf(PageChangedError)
      expect(await exists('restless.jpg')).toBe(false)
      expect(await exists('restless.thumb.jpg')).toBe(false)
    } finally {
      await page.close()
    }
  })
})
