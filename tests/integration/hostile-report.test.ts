import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as cheerio from 'cheerio'
import type { Browser, BrowserContext, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { Report } from '../../src/report/model.js'
import { HOSTILE_PAGES, HOSTILE_SITE_NAME, hostileScenarioYaml, PAYLOADS } from '../helpers/hostile-pages.js'
import { auditScenarioFile } from '../helpers/audit-scenario.js'
import { servePages } from '../helpers/serve-pages.js'

/** Rules the hostile site is built to trip, so that its strings reach findings. */
const EXPECTED_FAILING = ['pre-ticked-upsell', 'forced-opt-out', 'cancel-entry-hidden', 'visual-interference', 'confirmshaming']

let report: Report
let outDir: string
let browser: Browser

beforeAll(async () => {
  const served = await servePages(HOSTILE_PAGES)
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-hostile-'))
  try {
    const scenarioFile = join(outDir, 'hostile.yaml')
    await writeFile(scenarioFile, hostileScenarioYaml(served.baseUrl))
    report = await auditScenarioFile(scenarioFile, outDir)
  } finally {
    await served.close()
  }
  browser = (await launchBrowser(requireBrowser())).browser
}, 90_000)

afterAll(async () => {
  await browser?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const findings = () => report.sites.flatMap((s) => s.results.flatMap((r) => r.findings))

describe('a site whose every text and attribute is hostile', () => {
  it('is walked to the end and trips the rules it is built to trip', () => {
    const site = report.sites[0]!
    expect(site.flows.map((f) => `${f.name}:${f.status}${f.error ? ` ${f.error}` : ''}`)).toEqual(['signup:completed', 'cancel:completed', 'support:completed'])
    const failing = site.results.filter((r) => r.outcome === 'fail').map((r) => r.ruleId)
    expect(failing).toEqual(expect.arrayContaining(EXPECTED_FAILING))
  })

  it('carries the hostile strings into findings, as text', () => {
    const said = findings().map((f) => `${f.message}\n${f.evidence.text ?? ''}`).join('\n')
    expect(said).toContain('<img src=x onerror=')
    expect(said).toContain('</script><script>')
    expect(said).toContain('"><svg onload=')
    expect(report.sites[0]!.site).toBe(HOSTILE_SITE_NAME)
  })
})

describe('report.json and junit.xml', () => {
  it('report.json validates and holds the hostile strings verbatim', async () => {
    const json = await readFile(join(outDir, 'report.json'), 'utf8')
    const parsed = Report.parse(JSON.parse(json))
    expect(parsed.sites[0]!.site).toBe(HOSTILE_SITE_NAME)
    const texts = parsed.sites[0]!.results.flatMap((r) => r.findings.map((f) => f.evidence.text ?? ''))
    expect(texts.some((t) => t.includes(PAYLOADS.imgOnerror))).toBe(true)
    expect(texts.some((t) => t.includes(PAYLOADS.scriptBreak))).toBe(true)
    expect(texts.some((t) => t.includes('bell\u0007 form-feed'))).toBe(true)
    const titles = parsed.sites[0]!.flows.flatMap((f) => f.steps.map((s) => s.title ?? ''))
    expect(titles.some((t) => t.includes(PAYLOADS.scriptBreak))).toBe(true)
  })

  it('junit.xml parses as XML with the hostile strings as text, never as elements', async () => {
    const xml = await readFile(join(outDir, 'junit.xml'), 'utf8')
    const $ = cheerio.load(xml, { xml: true })
    expect($('testsuites').length).toBe(1)
    expect($('script, img, svg, iframe, style, meta, base').length).toBe(0)
    const failures = $('failure')
      .toArray()
      .map((el) => `${$(el).attr('message') ?? ''}\n${$(el).text()}`)
      .join('\n')
    expect(failures).toContain('<img src=x onerror="window.__pwnedImg=1')
    expect(failures).toContain('</script><script>window.__pwnedScript=1')
    expect(failures).toContain('[aria-label="Cancel membership \\"><svg onload=\\"window.__pwnedSvg=1')
    const names = $('testsuite')
      .toArray()
      .map((el) => $(el).attr('name') ?? '')
    expect(names.some((n) => n.includes(HOSTILE_SITE_NAME))).toBe(true)
  })

  it('report.sarif, when written, parses as JSON', async () => {
    const file = join(outDir, 'report.sarif')
    if (!(await stat(file).catch(() => undefined))) return
    const sarif = JSON.parse(await readFile(file, 'utf8')) as { runs: unknown[] }
    expect(sarif.runs.length).toBeGreaterThan(0)
  })
})

/** What a look at the report in Chromium recorded: anything here but file:// requests inside the
 * report folder means something from the audited page got out of its text. */
interface Watch {
  dialogs: string[]
  console: string[]
  pageErrors: string[]
  requests: string[]
  blocked: string[]
}

async function openWatched(file: string): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const watch: Watch = { dialogs: [], console: [], pageErrors: [], requests: [], blocked: [] }
  await context.route('**', (route) => {
    const url = route.request().url()
    if (url.startsWith('file:')) return route.continue()
    watch.blocked.push(url)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('console', (m) => watch.console.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => watch.pageErrors.push(e.message))
  page.on('request', (r) => watch.requests.push(r.url()))
  page.on('popup', (p) => watch.blocked.push(`popup ${p.url()}`))
  await page.goto(pathToFileURL(file).href)
  await page.waitForLoadState('load')
  return { context, page, watch }
}

/** Everything a payload would leave behind had it run, been parsed as markup, or loaded something. */
async function expectNothingRan(page: Page, watch: Watch, file: string): Promise<void> {
  // A refresh or an onerror fires within moments of load; give them the time to.
  await page.waitForTimeout(300)
  expect(watch.dialogs).toEqual([])
  expect(watch.pageErrors).toEqual([])
  expect(watch.console).toEqual([])
  expect(watch.blocked).toEqual([])
  const folder = `${pathToFileURL(outDir).href}/`
  expect(watch.requests.filter((url) => !url.startsWith(folder))).toEqual([])
  const reportUrl = pathToFileURL(file).href
  // An injected `<img src=x>` would ask for a file of the folder too: only the page and its images may be asked for.
  expect(watch.requests.filter((url) => url.split('#')[0] !== reportUrl && !/\.jpe?g$|\.png$/.test(url))).toEqual([])
  expect(page.url().split('#')[0]).toBe(reportUrl)

  const state = await page.evaluate(() => {
    const markers = Object.keys(window).filter((k) => k.startsWith('__pwned'))
    const handlers = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))
        .map((a) => `${el.tagName} ${a.name}`),
    )
    return {
      markers,
      handlers,
      title: document.title,
      scripts: document.scripts.length,
      injected: Array.from(document.querySelectorAll('iframe, object, embed, svg, base, body style, meta[http-equiv="refresh" i]')).map(
        (el) => el.outerHTML.slice(0, 120),
      ),
      bodyDisplay: getComputedStyle(document.body).display,
      bodyVisibility: getComputedStyle(document.body).visibility,
      text: document.body.textContent ?? '',
    }
  })
  expect(state.markers).toEqual([])
  expect(state.handlers).toEqual([])
  expect(state.injected).toEqual([])
  expect(state.scripts).toBe(1)
  expect(state.title).toBe(`cancelcheck report: ${HOSTILE_SITE_NAME}`)
  expect(state.bodyDisplay).not.toBe('none')
  expect(state.bodyVisibility).toBe('visible')
  expect(await page.locator('main').isVisible()).toBe(true)
  // The strings are shown for what they are: text.
  expect(state.text).toContain(PAYLOADS.scriptBreak)
  expect(state.text).toContain('<img src=x onerror=')
  // A direction override left open would reverse the report's own words after it.
  expect(state.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  expect(state.text).toContain('[U+202E]')
}

describe('the HTML report in Chromium', () => {
  const views: Array<{ name: string; file: () => Promise<string> }> = [
    { name: 'as written', file: async () => join(outDir, 'index.html') },
    {
      // The Content-Security-Policy would block a payload that escaping let through; without it,
      // escaping alone must hold.
      name: 'without its Content-Security-Policy',
      file: async () => {
        const markup = await readFile(join(outDir, 'index.html'), 'utf8')
        const stripped = markup.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        expect(stripped).not.toBe(markup)
        const file = join(outDir, 'index-without-csp.html')
        await writeFile(file, stripped)
        return file
      },
    },
  ]

  for (const view of views) {
    it(`runs nothing from the audited site, ${view.name}`, async () => {
      const file = await view.file()
      const { context, page, watch } = await openWatched(file)
      try {
        await expectNothingRan(page, watch, file)
        expect(await page.locator('article.finding').count()).toBeGreaterThanOrEqual(EXPECTED_FAILING.length)
      } finally {
        await context.close()
      }
    })

    it(`runs nothing from the audited site when filtered and expanded, ${view.name}`, async () => {
      const file = await view.file()
      const { context, page, watch } = await openWatched(file)
      try {
        await page.locator('[data-set-outcome="fail"]').click()
        expect(page.url()).toContain('#outcome=fail')
        await page.locator('[data-set-severity="moderate"]').click()
        await page.locator('[data-expand="all"]').click()
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
        await expectNothingRan(page, watch, file)
        expect(await page.locator('article.finding').filter({ visible: true }).count()).toBeGreaterThan(0)
        // Screenshots load from the report folder, and only from there.
        const shots = watch.requests.filter((url) => url.endsWith('.jpg'))
        expect(shots.length).toBeGreaterThan(0)
      } finally {
        await context.close()
      }
    })

    it(`runs nothing from the audited site when searched for its strings, linked to with them and copied, ${view.name}`, async () => {
      const file = await view.file()
      const { context, page, watch } = await openWatched(file)
      try {
        await page.locator('[data-filter="q"]').fill(PAYLOADS.scriptBreak.slice(0, 20))
        expect(await page.locator('article.finding').filter({ visible: true }).count()).toBeGreaterThan(0)
        await page.locator('[data-copy-ticket]').filter({ visible: true }).first().click()
        await expectNothingRan(page, watch, file)
        // A link to the report can carry any text in its hash: the filters read it as data.
        const hash = `#q=${encodeURIComponent(PAYLOADS.imgOnerror)}&site=${encodeURIComponent(HOSTILE_SITE_NAME)}&rule=${encodeURIComponent(PAYLOADS.attributeBreak)}`
        await page.goto(`${pathToFileURL(file).href}${hash}`)
        await page.reload()
        await expectNothingRan(page, watch, file)
      } finally {
        await context.close()
      }
    })
  }
})
