import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Finding, Report } from '../../src/report/model.js'
import { renderHtml, writeHtmlReport } from '../../src/report/render-html.js'
import { buildFixtureReport, HOSTILE } from './fixture-report.js'

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
}

let browser: Browser
let outDir: string
let report: Report
let markup: string
let reportUrl: string

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM)
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-html-'))
  const page = await browser.newPage()
  report = await buildFixtureReport(page, outDir)
  await page.close()
  const file = await writeHtmlReport(report, outDir)
  markup = await readFile(file, 'utf8')
  reportUrl = pathToFileURL(file).href
})

afterAll(async () => {
  await browser?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const firstFinding = (ruleId: string): Finding => {
  const finding = report.sites[0]?.results.find((r) => r.ruleId === ruleId)?.findings[0]
  if (!finding) throw new Error(`fixture has no finding of ${ruleId}`)
  return finding
}

describe('the HTML markup', () => {
  it('is what renderHtml returns', async () => {
    expect(await renderHtml(report, outDir)).toBe(markup)
  })

  it('contains hostile strings only escaped', () => {
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(markup).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markup).not.toContain(HOSTILE.markup)
    expect(markup).not.toContain(HOSTILE.scriptBreak)
    expect(markup).not.toContain('alert(1)</script>')
  })

  it('never links to a javascript: URL', () => {
    expect(markup).toContain('javascript:alert(1)')
    expect(markup).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i)
  })

  it('has exactly one script, allowed by its hash in the Content-Security-Policy', () => {
    const scripts = [...markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
    expect(scripts).toHaveLength(1)
    const body = scripts[0]?.[1] ?? ''
    const hash = createHash('sha256').update(body, 'utf8').digest('base64')
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(markup)?.[1]?.replaceAll('&#39;', "'") ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("img-src 'self' data: file:")
    expect(csp).toContain(`script-src 'sha256-${hash}'`)
  })

  it('makes no external requests: no absolute src and no stylesheet links', () => {
    expect(markup).not.toMatch(/\ssrc="(https?:)?\/\//i)
    expect(markup).not.toMatch(/<link\b/i)
  })

  it('speaks of indicators, with the disclaimer, provisions and the effort comparison', () => {
    expect(markup).toContain('Indicators found')
    expect(markup).toContain('depends on facts a browser cannot see')
    expect(markup).not.toMatch(/violation/i)
    expect(markup).toContain('href="https://www.gesetze-im-internet.de/bgb/__312k.html"')
    expect(markup).toContain('2022-07-01')
    expect(markup).toContain('Effort to sign up vs effort to cancel')
    expect(markup).toMatch(/Cancelling took 7 actions; signing up took 3 \(2\.3× as many\)/)
  })
})

describe('the HTML report opened from file:// in Chromium', () => {
  let page: Page
  const dialogs: string[] = []
  const consoleErrors: string[] = []

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto(reportUrl)
    await page.waitForLoadState('load')
  })

  it('runs its own script (the CSP hash matches) and nothing else', async () => {
    expect(await page.evaluate(() => document.documentElement.classList.contains('has-script'))).toBe(true)
    await expect.poll(() => page.locator('.filters').isVisible()).toBe(true)
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('loads every step thumbnail and evidence image, lazily, once scrolled to', async () => {
    const images = await page.$$eval('.step img, .crop-image', async (imgs) => {
      const loaded = []
      for (const img of imgs as HTMLImageElement[]) {
        img.scrollIntoView()
        await img.decode().catch(() => undefined)
        loaded.push({ src: img.getAttribute('src'), lazy: img.loading === 'lazy', complete: img.complete, width: img.naturalWidth })
      }
      window.scrollTo(0, 0)
      return loaded
    })
    expect(images.every((i) => i.lazy)).toBe(true)
    expect(images.length).toBeGreaterThan(10)
    expect(images.filter((i) => !i.complete || i.width === 0)).toEqual([])
  })

  it('draws the outline over the element on the cropped screenshot', async () => {
    for (const ruleId of ['pre-ticked-upsell', 'tiny-cancel-link']) {
      const finding = firstFinding(ruleId)
      const box = finding.evidence.box
      if (!box) throw new Error('fixture finding has no box')
      const article = page.locator('article.finding').filter({ hasText: finding.message })
      const outline = article.locator('.crop-outline')
      await outline.scrollIntoViewIfNeeded()
      await expect.poll(() => outline.isVisible()).toBe(true)
      const measured = await article.evaluate((el) => {
        const rect = (s: string) => {
          const r = el.querySelector(s)?.getBoundingClientRect()
          if (!r) throw new Error(`no ${s}`)
          return r
        }
        const img = el.querySelector('.crop-image') as HTMLImageElement
        const image = rect('.crop-image')
        const outlineRect = rect('.crop-outline')
        const crop = rect('.crop')
        const scale = image.width / img.naturalWidth
        return {
          box: {
            x: (outlineRect.left - image.left) / scale,
            y: (outlineRect.top - image.top) / scale,
            width: outlineRect.width / scale,
            height: outlineRect.height / scale,
          },
          inside:
            outlineRect.left >= crop.left - 1 &&
            outlineRect.right <= crop.right + 1 &&
            outlineRect.top >= crop.top - 1 &&
            outlineRect.bottom <= crop.bottom + 1,
        }
      })
      expect(measured.inside, ruleId).toBe(true)
      expect(measured.box.x).toBeCloseTo(box.x, 0)
      expect(measured.box.y).toBeCloseTo(box.y, 0)
      expect(measured.box.width).toBeCloseTo(box.width, 0)
      expect(measured.box.height).toBeCloseTo(box.height, 0)
    }
  })

  it('marks the failed step red with its error', async () => {
    const failed = page.locator('.step.is-failed')
    await expect.poll(() => failed.count()).toBe(1)
    expect(await failed.innerText()).toContain('no element matched text "Confirm cancellation"')
    expect(await failed.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(220, 38, 38)')
  })

  it('filters by outcome and keeps the state in the URL hash', async () => {
    await page.locator('[data-set-outcome="needs-review"]').click()
    expect(await page.evaluate(() => location.hash)).toBe('#outcome=needs-review')
    const visible = () =>
      page.$$eval('[data-outcome]', (els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.getAttribute('data-outcome')))
    expect(await visible()).toEqual(['needs-review', 'needs-review'])
    expect(await page.locator('[data-set-outcome="needs-review"]').getAttribute('aria-pressed')).toBe('true')

    await page.locator('[data-set-severity="serious"]').click()
    expect(await page.evaluate(() => location.hash)).toBe('#outcome=needs-review&severity=serious')
    expect(await visible()).toEqual([])
    expect(await page.locator('.site .no-match:visible').count()).toBe(2)

    await page.locator('[data-set-severity="all"]').click()
    await page.locator('.tile[data-tile-outcome="error"]').click()
    expect(await page.evaluate(() => location.hash)).toBe('#outcome=error')
    expect(await visible()).toEqual(['error'])

    await page.locator('[data-set-outcome="all"]').click()
    expect(await page.evaluate(() => location.hash)).toBe('')
    expect((await visible()).length).toBe(report.sites.flatMap((s) => s.results).length)
  })

  it('applies a filter given in the URL when opened', async () => {
    const other = await browser.newPage()
    await other.goto(`${reportUrl}#outcome=pass&severity=serious`)
    // A result without findings takes its severity from its rule's entry in the provisions section.
    const shown = await other.$$eval('[data-outcome]', (els) =>
      els
        .filter((el) => !(el as HTMLElement).hidden)
        .map((el) => {
          const rule = document.getElementById(`law-${el.getAttribute('data-rule') ?? el.id.replace(/^s\d+-r-/, '')}`)
          return `${el.getAttribute('data-outcome')}/${el.getAttribute('data-severity') ?? rule?.getAttribute('data-severity')}`
        }),
    )
    expect(shown.length).toBeGreaterThan(0)
    expect(new Set(shown)).toEqual(new Set(['pass/serious']))
    expect(await other.locator('[data-outcome="pass"]:visible').first().isVisible()).toBe(true)
    await other.close()
  })

  it('still has fired no dialog and logged no error after all that', () => {
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('would block an inline handler even if one slipped into the page', async () => {
    const inject = async () => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = true">')
      await new Promise((resolve) => setTimeout(resolve, 300))
      return (window as unknown as { __injected?: boolean }).__injected === true
    }
    // The same injection on a page without the policy does run: the check below is meaningful.
    const control = await browser.newPage()
    await control.setContent('<!doctype html><body></body>')
    expect(await control.evaluate(inject)).toBe(true)
    await control.close()
    expect(await page.evaluate(inject)).toBe(false)
  })
})
