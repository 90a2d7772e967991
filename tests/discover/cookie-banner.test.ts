import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CookieBannerRecord, SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { handleCookieBanner, prepareCookieBanner } from '../../src/discover/cookie-banner.js'
import { scanSite } from '../../src/discover/scan-site.js'
import { COOKIE_BANNER_PAGES } from '../helpers/cookie-banner-pages.js'
import { servePages, type ServedPages } from '../helpers/serve-pages.js'

let browser: Browser
let context: BrowserContext
let served: ServedPages
let outDir: string

beforeAll(async () => {
  ;({ browser } = await launchBrowser(requireBrowser()))
  served = await servePages({ ...COOKIE_BANNER_PAGES, '/': COOKIE_BANNER_PAGES['/banner'] ?? '' })
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-cookie-'))
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

async function visit(path: string): Promise<{ record: CookieBannerRecord; cookies: string; bannerLeft: number }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const record = await handleCookieBanner(page, () => page.goto(`${served.baseUrl}${path}`, { waitUntil: 'load' }), {
      timeoutMs: 10_000,
      screenshotPath: join(outDir, `${path.slice(1)}.jpg`),
      screenshotRef: `sites/1/${path.slice(1)}.jpg`,
    })
    const cookies = await page.evaluate(() => document.cookie)
    const bannerLeft = await page.locator('#hs-eu-cookie-confirmation').count()
    return { record: CookieBannerRecord.parse(record), cookies, bannerLeft }
  } finally {
    await context.close()
  }
}

async function isJpeg(path: string): Promise<boolean> {
  const bytes = await readFile(path)
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}

describe('handleCookieBanner', () => {
  it('photographs a HubSpot banner, then rejects it', async () => {
    const { record, cookies, bannerLeft } = await visit('/banner')
    expect(record).toEqual({ cmp: 'hubspot', found: true, outcome: 'rejected', screenshot: 'sites/1/banner.jpg' })
    expect(await isJpeg(join(outDir, 'banner.jpg'))).toBe(true)
    expect(cookies).toContain('consent=none')
    expect(bannerLeft).toBe(0)
  })

  it('waits for a banner a script adds after the page has loaded', async () => {
    const { record, cookies } = await visit('/late-banner')
    expect(record).toMatchObject({ cmp: 'hubspot', found: true, outcome: 'rejected', screenshot: 'sites/1/late-banner.jpg' })
    expect(await isJpeg(join(outDir, 'late-banner.jpg'))).toBe(true)
    expect(cookies).toContain('consent=none')
  })

  it('says reject-failed when the banner offers nothing to reject with, and never accepts', async () => {
    const { record, cookies, bannerLeft } = await visit('/accept-only')
    expect(record).toMatchObject({ cmp: 'hubspot', found: true, outcome: 'reject-failed', screenshot: 'sites/1/accept-only.jpg' })
    expect(await isJpeg(join(outDir, 'accept-only.jpg'))).toBe(true)
    expect(cookies).not.toContain('consent=all')
    expect(bannerLeft).toBe(1)
  })

  it('says no-banner within a few seconds on a page without one', async () => {
    const started = Date.now()
    const { record } = await visit('/plain')
    expect(record).toEqual({ found: false, outcome: 'no-banner' })
    expect(Date.now() - started).toBeLessThan(8_000)
  })

  it('leaves later pages of the same tab alone', async () => {
    context = await browser.newContext()
    try {
      const page = await context.newPage()
      const watch = await prepareCookieBanner(page)
      await page.goto(`${served.baseUrl}/plain`)
      await watch.settle({ timeoutMs: 10_000, screenshotPath: join(outDir, 'unused.jpg') })
      await page.goto(`${served.baseUrl}/banner`)
      await page.waitForTimeout(1_500)
      expect(await page.locator('#hs-eu-cookie-confirmation').count()).toBe(1)
      expect(await page.evaluate(() => document.cookie)).toBe('')
    } finally {
      await context.close()
    }
  })
})

describe('scanSite and the cookie banner', () => {
  it('rejects the banner on the home page, before the home page is recorded', async () => {
    const trace = SiteTrace.parse(
      await scanSite(browser, `${served.baseUrl}/`, { outDir, siteDir: 'sites/banner', timeoutMs: 10_000, maxPages: 1, budgetMs: 20_000, userAgent: 'cancelcheck-test' }),
    )
    expect(trace.cookieBanner).toEqual({ cmp: 'hubspot', found: true, outcome: 'rejected', screenshot: 'sites/banner/01-home-cookie-banner.jpg' })
    expect(await isJpeg(join(outDir, 'sites/banner/01-home-cookie-banner.jpg'))).toBe(true)
    const home = trace.flows[0]?.steps[0]
    expect(home?.status).toBe('ok')
    expect(home?.snapshot?.elements.some((e) => e.text === 'Pricing')).toBe(true)
    expect(home?.snapshot?.elements.some((e) => e.text === 'Decline')).toBe(false)
  })
})
