import { mkdtemp, rm } from 'node:fs/promises'
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

/** Opens `path` and meets its banner; `bannerShown` says whether the banner was on the page when it
 * was to be photographed. */
async function visit(path: string): Promise<{ record: CookieBannerRecord; cookies: string; bannerLeft: number; bannerShown?: boolean }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    let bannerShown: boolean | undefined
    const record = await handleCookieBanner(page, () => page.goto(`${served.baseUrl}${path}`, { waitUntil: 'load' }), {
      timeoutMs: 10_000,
      photograph: async () => {
        bannerShown = await page.locator('#hs-eu-cookie-confirmation').isVisible()
      },
    })
    const cookies = await page.evaluate(() => document.cookie)
    const bannerLeft = await page.locator('#hs-eu-cookie-confirmation').count()
    return { record: CookieBannerRecord.parse(record), cookies, bannerLeft, ...(bannerShown === undefined ? {} : { bannerShown }) }
  } finally {
    await context.close()
  }
}

describe('handleCookieBanner', () => {
  it('photographs a HubSpot banner, then rejects it', async () => {
    const { record, cookies, bannerLeft, bannerShown } = await visit('/banner')
    expect(record).toEqual({ cmp: 'hubspot', found: true, outcome: 'rejected' })
    expect(bannerShown).toBe(true)
    expect(cookies).toContain('consent=none')
    expect(bannerLeft).toBe(0)
  })

  it('waits for a banner a script adds after the page has loaded', async () => {
    const { record, cookies, bannerShown } = await visit('/late-banner')
    expect(record).toMatchObject({ cmp: 'hubspot', found: true, outcome: 'rejected' })
    expect(bannerShown).toBe(true)
    expect(cookies).toContain('consent=none')
  })

  it('says reject-failed when the banner offers nothing to reject with, and never accepts', async () => {
    const { record, cookies, bannerLeft, bannerShown } = await visit('/accept-only')
    expect(record).toMatchObject({ cmp: 'hubspot', found: true, outcome: 'reject-failed' })
    expect(bannerShown).toBe(true)
    expect(cookies).not.toContain('consent=all')
    expect(bannerLeft).toBe(1)
  })

  it('says no-banner within a few seconds on a page without one', async () => {
    const started = Date.now()
    const { record, bannerShown } = await visit('/plain')
    expect(record).toEqual({ found: false, outcome: 'no-banner' })
    expect(bannerShown).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(8_000)
  })

  it('leaves later pages of the same tab alone', async () => {
    context = await browser.newContext()
    try {
      const page = await context.newPage()
      const watch = await prepareCookieBanner(page)
      await page.goto(`${served.baseUrl}/plain`)
      expect(await watch.detect(10_000)).toEqual({ found: false })
      await watch.reject(10_000)
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
  it('records the home page with the banner, rejects it, and records the page again', async () => {
    const trace = SiteTrace.parse(
      await scanSite(browser, `${served.baseUrl}/`, { outDir, siteDir: 'sites/banner', timeoutMs: 10_000, maxPages: 1, budgetMs: 20_000, userAgent: 'cancelcheck-test' }),
    )
    expect(trace.cookieBanner).toEqual({ cmp: 'hubspot', found: true, outcome: 'rejected', shownAt: { flow: 'home', step: 0 } })
    const [shown, after] = trace.flows[0]?.steps ?? []
    expect(shown?.action).toContain('hubspot cookie banner shown')
    expect(shown?.snapshot?.elements.some((e) => e.text === 'Decline' && e.visible)).toBe(true)
    expect(shown?.screenshot).toMatch(/^sites\/banner\//)
    expect(after?.action).toContain('reject the cookie banner')
    expect(after?.status).toBe('ok')
    expect(after?.snapshot?.elements.some((e) => e.text === 'Pricing')).toBe(true)
    expect(after?.snapshot?.elements.some((e) => e.text === 'Decline')).toBe(false)
  })

  it('records no extra step on a site without a banner', async () => {
    const plain = await servePages({ '/': COOKIE_BANNER_PAGES['/plain'] ?? '' })
    try {
      const trace = SiteTrace.parse(
        await scanSite(browser, `${plain.baseUrl}/`, { outDir, siteDir: 'sites/plain', timeoutMs: 10_000, maxPages: 1, budgetMs: 20_000, userAgent: 'cancelcheck-test' }),
      )
      expect(trace.cookieBanner).toEqual({ found: false, outcome: 'no-banner' })
      expect(trace.flows[0]?.steps.map((s) => s.kind)).toEqual(['goto'])
    } finally {
      await plain.close()
    }
  })
})
