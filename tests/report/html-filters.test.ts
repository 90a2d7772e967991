import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { createRenderContext } from '../../src/report/html/render-context.js'
import { ticketInputOf } from '../../src/report/html/rule-results.js'
import { ticketMarkdown } from '../../src/report/html/ticket-markdown.js'
import type { Report } from '../../src/report/model.js'
import { renderHtml, writeHtmlReport } from '../../src/report/render-html.js'
import { buildFixtureReport } from './fixture-report.js'

/** The filter bar, anchors, ticket copying and the single-file report, in real Chromium. */
let browser: Browser
let outDir: string
let report: Report
let reportUrl: string

beforeAll(async () => {
  browser = (await launchBrowser(requireBrowser())).browser
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-filters-'))
  report = await buildFixtureReport(undefined, outDir)
  // One finding new since a baseline, one seen before: the "new only" toggle appears.
  report.sites[0]!.results[0]!.findings[0]!.baseline = 'new'
  report.sites[0]!.results[2]!.findings[0]!.baseline = 'unchanged'
  report.baseline = { file: 'old/report.json', generatedAt: '2025-06-05T10:00:00.000Z', newCount: 1, unchangedCount: 1, fixed: [] }
  // A directional override the report spells out: the copied ticket must spell it out the same way.
  report.sites[0]!.results[0]!.findings[0]!.message += ' Saved as \u202Egnp.exe'
  reportUrl = pathToFileURL(await writeHtmlReport(report, outDir)).href
})

afterAll(async () => {
  await browser?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

/** Opens a page that records console errors, uncaught exceptions and dialogs. */
async function openReport(url: string, page?: Page): Promise<{ page: Page; errors: string[] }> {
  const opened = page ?? (await browser.newPage({ viewport: { width: 1280, height: 900 } }))
  const errors: string[] = []
  opened.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  opened.on('pageerror', (error) => errors.push(error.message))
  opened.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await opened.goto(url)
  return { page: opened, errors }
}

const visibleRows = (page: Page) =>
  page.$$eval('[data-outcome]', (els) =>
    els
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => `${el.closest('.site')?.getAttribute('data-site')}/${el.getAttribute('data-rule') ?? el.id.replace(/^s\d+-r-/, '')}`),
  )
const visibleFindings = (page: Page) =>
  page.$$eval('.finding', (els) => els.filter((el) => !el.closest('[hidden]')).map((el) => el.id))
// Read in the page: Playwright learns of replaceState only later.
const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash))

describe('filters in the report opened from file://', () => {
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ page, errors } = await openReport(reportUrl))
  })
  afterAll(() => page?.close())

  it('filters by rule and by text, with the state in the hash', async () => {
    await page.selectOption('[data-filter="rule"]', 'confirmshaming')
    expect(await hashOf(page)).toBe('#rule=confirmshaming')
    expect(await visibleRows(page)).toEqual(['streamly-dark/confirmshaming', 'streamly-fair/confirmshaming'])

    await page.fill('[data-filter="q"]', 'SAVING')
    expect(await hashOf(page)).toBe('#rule=confirmshaming&q=SAVING')
    expect(await visibleRows(page)).toEqual(['streamly-dark/confirmshaming'])
    expect(await page.locator('.site[data-site="streamly-fair"] .no-match').isVisible()).toBe(true)

    await page.click('[data-clear-filters]')
    expect(await hashOf(page)).toBe('')
    expect(await visibleRows(page)).toHaveLength(16)
  })

  it('matches text in findings and keeps only the matching findings of a result', async () => {
    await page.fill('[data-filter="q"]', 'cancel membership')
    expect(await visibleRows(page)).toEqual(['streamly-dark/tiny-cancel-link'])
    expect(await visibleFindings(page)).toEqual(['finding-1-4-1'])
    // Ticket texts are not searched: only the screenshot path they hold would match here.
    await page.fill('[data-filter="q"]', 'relative to the report')
    expect(await visibleRows(page)).toEqual([])
    await page.click('[data-clear-filters]')
  })

  it('filters by flow, site and jurisdiction', async () => {
    await page.selectOption('[data-filter="flow"]', 'support')
    expect(await visibleRows(page)).toEqual(['streamly-dark/hidden-support', 'streamly-fair/hidden-support'])
    await page.selectOption('[data-filter="site"]', 'streamly-fair')
    expect(await hashOf(page)).toBe('#flow=support&site=streamly-fair')
    expect(await visibleRows(page)).toEqual(['streamly-fair/hidden-support'])
    expect(await page.locator('.site[data-site="streamly-dark"]').isHidden()).toBe(true)
    await page.click('[data-clear-filters]')

    // The BGB is German law: under Germany, not under the EU; EU law shows under Germany.
    await page.selectOption('[data-filter="jurisdiction"]', 'de')
    expect(await visibleRows(page)).toContain('streamly-dark/tiny-cancel-link')
    expect(await visibleRows(page)).toContain('streamly-dark/confirmshaming')
    await page.selectOption('[data-filter="jurisdiction"]', 'eu')
    expect(await visibleRows(page)).not.toContain('streamly-dark/tiny-cancel-link')
    expect(await visibleRows(page)).toContain('streamly-dark/confirmshaming')
    // No fixture rule cites UK law: nothing matches, and each site says so.
    await page.selectOption('[data-filter="jurisdiction"]', 'uk')
    expect(await visibleRows(page)).toEqual([])
    expect(await page.locator('.no-match:visible').count()).toBe(2)
    await page.click('[data-clear-filters]')
  })

  it('shows only new findings with the toggle', async () => {
    await page.check('[data-filter="new"]')
    expect(await hashOf(page)).toBe('#new=1')
    expect(await visibleFindings(page)).toEqual(['finding-1-1-1'])
    expect(await visibleRows(page)).toEqual(['streamly-dark/pre-ticked-upsell'])
    await page.uncheck('[data-filter="new"]')
    expect(await hashOf(page)).toBe('')
  })

  it('restores a linked view from the hash', async () => {
    const { page: other, errors: otherErrors } = await openReport(`${reportUrl}#outcome=fail&rule=confirmshaming&q=saving`)
    expect(await visibleRows(other)).toEqual(['streamly-dark/confirmshaming'])
    expect(await other.inputValue('[data-filter="rule"]')).toBe('confirmshaming')
    expect(await other.inputValue('[data-filter="q"]')).toBe('saving')
    expect(await other.getAttribute('[data-set-outcome="fail"]', 'aria-pressed')).toBe('true')
    // Unknown values are ignored, not turned into an empty view.
    await other.goto(`${reportUrl}#rule=no-such-rule&site=%3Cimg%3E`)
    await other.reload()
    expect(await visibleRows(other)).toHaveLength(16)
    expect(otherErrors).toEqual([])
    await other.close()
  })

  it('lets a plain anchor scroll, opening what it points at and lifting a filter that hides it', async () => {
    const { page: other, errors: otherErrors } = await openReport(`${reportUrl}#s2-r-confirmshaming`)
    const target = other.locator('#s2-r-confirmshaming')
    await expect.poll(() => target.isVisible()).toBe(true)
    expect(await target.evaluate((el) => el.closest('details')?.open)).toBe(true)
    expect(await target.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true)

    await other.selectOption('[data-filter="rule"]', 'tiny-cancel-link')
    await other.click('.matrix a[href="#s1-r-confirmshaming"]')
    await expect.poll(() => other.locator('#s1-r-confirmshaming').isVisible()).toBe(true)
    expect(await other.inputValue('[data-filter="rule"]')).toBe('')
    expect(otherErrors).toEqual([])
    await other.close()
  })

  it('sorts the matrix by a column, worst first, then back, and by the corner to the report order', async () => {
    const order = () => page.$$eval('.matrix tbody th > a', (links) => links.map((a) => a.textContent?.trim()))
    expect(await order()).toEqual(['streamly-dark', 'streamly-fair'])
    const column = page.locator('.matrix thead th', { hasText: 'confirmshaming' })
    await column.click()
    expect(await column.getAttribute('aria-sort')).toBe('descending')
    expect(await order()).toEqual(['streamly-dark', 'streamly-fair'])
    await column.press('Enter')
    expect(await column.getAttribute('aria-sort')).toBe('ascending')
    expect(await order()).toEqual(['streamly-fair', 'streamly-dark'])
    await page.locator('.matrix thead th').first().click()
    expect(await order()).toEqual(['streamly-dark', 'streamly-fair'])
    expect(await column.getAttribute('aria-sort')).toBe('none')
  })

  it('logged no error and opened no dialog', () => {
    expect(errors).toEqual([])
  })
})

describe('copy as ticket', () => {
  let server: Server

  beforeAll(async () => {
    // The clipboard wants a real origin; the report folder is served as it is on disk.
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '')
      // The browser asks for a favicon on its own; the report has none.
      if (path === 'favicon.ico') return void res.writeHead(204).end()
      const type = extname(path) === '.png' ? 'image/png' : 'text/html; charset=utf-8'
      readFile(join(outDir, path || 'index.html')).then(
        (body) => res.writeHead(200, { 'content-type': type }).end(body),
        () => res.writeHead(404).end(),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('puts the whole ticket of every finding on the clipboard, hostile strings included, and says so', async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    const { page, errors } = await openReport(`${origin}/index.html`, await context.newPage())
    const ctx = createRenderContext(report, new Map())
    const tickets = report.sites.flatMap((site, s) =>
      site.results.flatMap((result) => result.findings.map((finding) => ({ id: ctx.findingIds.get(finding)!, expected: ticketMarkdown(ticketInputOf(finding, result, site, ctx).input), s }))),
    )
    expect(tickets.length).toBeGreaterThan(5)
    // The spec itself, for the first finding: the copy carries the step's action and the screenshot.
    expect(tickets[0]!.expected).toContain('- Step: 1 (`goto: /pricing`)')
    expect(tickets[0]!.expected).toContain('Screenshot (relative to the report): `sites/streamly-dark/signup-01.png`')
    expect(tickets.some((t) => t.expected.includes('\\<img src=x onerror=alert(1)\\>'))).toBe(true)
    for (const { id, expected } of tickets) {
      const button = page.locator(`#${id} [data-copy-ticket]`)
      await button.click()
      await expect.poll(() => button.textContent()).toBe('Copied')
      expect(await page.evaluate(() => navigator.clipboard.readText()), id).toBe(expected)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps no ticket text in the markup: a finding shows all it says, the rule part is held once', async () => {
    const markup = await renderHtml(report, outDir)
    expect(markup).not.toContain('<textarea')
    expect(markup).not.toContain('<summary>Ticket text')
    expect(markup.match(/<template id="ticket-pre-ticked-upsell">## Why it matters/g)).toHaveLength(1)
  })
})

describe('the single-file report', () => {
  it('shows every image with no sites folder beside it', async () => {
    const alone = await mkdtemp(join(tmpdir(), 'cancelcheck-alone-'))
    const file = join(alone, 'index.html')
    await writeFile(file, await renderHtml(report, outDir, { inlineImages: true }))
    const { page, errors } = await openReport(pathToFileURL(file).href)
    const images = await page.$$eval('img', async (imgs) => {
      const sizes = []
      for (const img of imgs as HTMLImageElement[]) {
        img.scrollIntoView()
        await img.decode().catch(() => undefined)
        sizes.push(img.naturalWidth)
      }
      return sizes
    })
    expect(images.length).toBeGreaterThan(10)
    expect(images.filter((width) => width === 0)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
    await rm(alone, { recursive: true, force: true })
  })
})
