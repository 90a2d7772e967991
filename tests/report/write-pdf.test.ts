import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrowserNotFoundError } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { printPdf } from '../../src/browser/print-pdf.js'
import type { Report } from '../../src/report/model.js'
import { renderHtml } from '../../src/report/render-html.js'
import { pdfPageBands, writePdfReport } from '../../src/report/write-pdf.js'
import { buildFixtureReport, HOSTILE } from './fixture-report.js'

/** Chromium writes page dictionaries uncompressed; `/Type /Pages` is the tree, not a page. */
const pageCount = (pdf: string): number => pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0

describe('writePdfReport', () => {
  let outDir: string
  let report: Report
  let pdf: string
  let pdfBytes: number

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-pdf-'))
    const { browser } = await launchBrowser()
    try {
      report = await buildFixtureReport(await browser.newPage(), outDir)
    } finally {
      await browser.close()
    }
    const file = await writePdfReport(report, outDir)
    expect(file).toBe(join(outDir, 'report.pdf'))
    const bytes = await readFile(file)
    pdfBytes = bytes.length
    pdf = bytes.toString('latin1')
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('writes an A4 PDF of several pages with the screenshots in it', () => {
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pageCount(pdf)).toBeGreaterThan(1)
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d+ 84[12]\.\d+\]/)
    // Every screenshot is in it, those far down the page too (they load lazily on screen).
    const screenshots = new Set(report.sites.flatMap((s) => s.flows.flatMap((f) => f.steps.map((step) => step.screenshot))))
    expect(pdf.match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(screenshots.size)
    expect(pdfBytes).toBeGreaterThan(50_000)
  })

  it('keeps every link to a legal provision, those in closed rule details too', async () => {
    const markup = await renderHtml(report, outDir)
    const urls = [...new Set(report.rules.flatMap((r) => r.references.map((ref) => ref.url)))].filter((url) => !url.includes('&'))
    expect(urls.length).toBeGreaterThan(2)
    for (const url of urls) {
      const inHtml = markup.split(`href="${url}"`).length - 1
      expect(inHtml, url).toBeGreaterThan(0)
      expect(pdf.split(`/URI (${url})`).length - 1, url).toBeGreaterThanOrEqual(inHtml)
    }
  })

  it('escapes the site names in the page header', () => {
    const bands = pdfPageBands({ ...report, sites: report.sites.map((s) => ({ ...s, site: HOSTILE.markup })) })
    expect(bands.headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(bands.headerTemplate).not.toContain(HOSTILE.markup)
    expect(bands.footerTemplate).toContain('<span class="pageNumber"></span>')
  })

  it('leaves no temporary page behind, and links neither to javascript: nor to files of this machine', async () => {
    const files = await readdir(outDir)
    expect(files.filter((f) => f.endsWith('.html'))).toEqual([])
    expect(pdf).not.toMatch(/\/URI\s*\(javascript:/i)
    expect(pdf).not.toMatch(/\/URI\s*\(file:/i)
    expect(pdf).not.toContain(outDir)
  })

  it('prints the report, not a stale index.html left in the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-pdf-stale-'))
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><a href="https://stale.example/">old</a>', 'utf8')
      const text = (await readFile(await writePdfReport({ ...report, sites: [] }, dir))).toString('latin1')
      expect(text.startsWith('%PDF-')).toBe(true)
      expect(text).not.toContain('stale.example')
      expect(pageCount(text)).toBeGreaterThanOrEqual(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('shrinks only an element wider than the paper, not every page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-pdf-wide-'))
    const paragraphs = Array.from({ length: 120 }, (_, i) => `<p>Paragraph ${i} of text at its normal size.</p>`).join('')
    const wideTable = `<table><tr>${Array.from({ length: 60 }, (_, i) => `<td style="min-width: 40px">${i}</td>`).join('')}</tr></table>`
    const bands = pdfPageBands({ ...report, sites: [] })
    const pagesOf = async (name: string, body: string): Promise<number> => {
      await writeFile(join(dir, `${name}.html`), `<!doctype html><body style="font-size: 14px">${body}</body>`, 'utf8')
      await printPdf(join(dir, `${name}.html`), join(dir, `${name}.pdf`), bands)
      return pageCount((await readFile(join(dir, `${name}.pdf`))).toString('latin1'))
    }
    try {
      const narrow = await pagesOf('narrow', paragraphs)
      expect(narrow).toBeGreaterThan(1)
      expect(await pagesOf('wide', wideTable + paragraphs)).toBe(narrow)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('throws BrowserNotFoundError when no Chromium can be found', async () => {
    const saved = process.env.CANCELCHECK_CHROMIUM
    process.env.CANCELCHECK_CHROMIUM = join(outDir, 'no-such-chromium')
    try {
      await expect(writePdfReport(report, outDir)).rejects.toBeInstanceOf(BrowserNotFoundError)
    } finally {
      if (saved === undefined) delete process.env.CANCELCHECK_CHROMIUM
      else process.env.CANCELCHECK_CHROMIUM = saved
    }
  })
})
