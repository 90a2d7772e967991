import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { Report } from '../../src/report/model.js'
import { SITES_ON_ONE_PAGE, writeHtmlReport } from '../../src/report/render-html.js'
import { buildFixtureReport } from './fixture-report.js'

/** A sweep too large for one page: index.html is the overview, each site has a page of its own. */
let browser: Browser
let outDir: string
let report: Report
let sweep: Report

/** The fixture's two sites, twelve times over: streamly-dark-1, streamly-fair-1, … */
function sweepOf(source: Report, copies: number): Report {
  const sites = Array.from({ length: copies }, (_, n) =>
    source.sites.map((site) => {
      const copy = structuredClone(site)
      copy.site = `${site.site}-${n + 1}`
      for (const result of copy.results) for (const finding of result.findings) finding.site = copy.site
      return copy
    }),
  ).flat()
  return { ...source, sites }
}

beforeAll(async () => {
  browser = (await launchBrowser(requireBrowser())).browser
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-site-pages-'))
  report = await buildFixtureReport(undefined, outDir)
  sweep = sweepOf(report, 12)
  await writeHtmlReport(sweep, outDir)
})

afterAll(async () => {
  await browser?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(pathToFileURL(join(outDir, file)).href)
  return { page, errors }
}

const shownRows = (page: Page): Promise<string[]> =>
  page.$$eval('.matrix tbody tr', (rows) => rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.getAttribute('data-site') ?? ''))

describe('a report of more sites than one page holds', () => {
  it('writes the overview to index.html and a page per site', async () => {
    expect(sweep.sites.length).toBeGreaterThan(SITES_ON_ONE_PAGE)
    const pages = (await readdir(join(outDir, 'pages'))).sort()
    expect(pages).toHaveLength(24)
    expect(pages.slice(0, 2)).toEqual(['0001-streamly-dark-1.html', '0002-streamly-fair-1.html'])
    const index = await readFile(join(outDir, 'index.html'), 'utf8')
    expect(index).not.toContain('<section class="site"')
    expect(index).toContain('<a href="pages/0001-streamly-dark-1.html">streamly-dark-1</a>')
    expect(index).toContain('href="pages/0001-streamly-dark-1.html#s1-r-pre-ticked-upsell"')
    expect(index).toContain('placeholder="Site name or address"')
  })

  it('gives each site page its section, with links back into the report folder', async () => {
    const markup = await readFile(join(outDir, 'pages/0003-streamly-dark-2.html'), 'utf8')
    expect(markup.match(/<section class="site"/g)).toHaveLength(1)
    expect(markup).toContain('data-site="streamly-dark-2"')
    // Anchors keep the site's place in the whole report, so the overview's links land.
    expect(markup).toContain('id="s3-r-pre-ticked-upsell"')
    expect(markup).toContain('src="../sites/streamly-dark/')
    expect(markup).toContain('href="../report.json"')
    expect(markup).toContain('<a href="../index.html">← All 24 sites</a>')
    expect(markup).not.toContain('src="sites/')
  })

  it('filters and searches the overview’s rows, and a cell opens the result on the site’s page', async () => {
    const { page, errors } = await open('index.html')
    try {
      expect(await shownRows(page)).toHaveLength(24)
      await page.click('[data-set-outcome="fail"]')
      const failing = await shownRows(page)
      expect(failing).toHaveLength(12)
      expect(failing.every((site) => site.startsWith('streamly-dark-'))).toBe(true)
      await page.selectOption('[data-filter="rule"]', 'confirmshaming')
      expect(await shownRows(page)).toHaveLength(12)
      await page.click('[data-clear-filters]')
      await page.fill('[data-filter="q"]', 'fair-1')
      expect(await shownRows(page)).toEqual(['streamly-fair-1', 'streamly-fair-10', 'streamly-fair-11', 'streamly-fair-12'])
      expect(page.url()).toContain('#q=fair-1')

      await page.click('[data-clear-filters]')
      await page.click('.matrix tbody tr[data-site="streamly-dark-2"] a[href$="#s3-r-confirmshaming"]')
      await page.waitForURL(/pages\/0003-streamly-dark-2\.html#s3-r-confirmshaming$/)
      expect(await page.locator('#s3-r-confirmshaming').isVisible()).toBe(true)
      const broken = await page.$$eval('img', (imgs) => imgs.filter((img) => img.complete && img.naturalWidth === 0 && img.loading !== 'lazy').map((img) => img.src))
      expect(broken).toEqual([])
      await page.click('text=← All 24 sites')
      await page.waitForURL(/index\.html$/)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('keeps a small report on one page and removes the pages of an earlier sweep, and nothing else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cancelcheck-site-pages-again-'))
    try {
      const small = await buildFixtureReport(undefined, folder)
      await writeHtmlReport(sweepOf(small, 12), folder)
      await writeFile(join(folder, 'pages', 'notes.txt'), 'mine')
      await writeHtmlReport(small, folder)
      expect(await readdir(join(folder, 'pages'))).toEqual(['notes.txt'])
      expect((await readFile(join(folder, 'index.html'), 'utf8')).match(/<section class="site"/g)).toHaveLength(2)
      expect(existsSync(join(folder, 'pages', '0001-streamly-dark-1.html'))).toBe(false)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
