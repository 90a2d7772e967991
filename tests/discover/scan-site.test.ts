import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SiteTrace, type FlowTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { scanSite, type ScanSiteOptions } from '../../src/discover/scan-site.js'
import { closedPort } from '../helpers/closed-port.js'
import { ENGLISH_SITE, GERMAN_SITE, MENU_SITE, type ServedSite, serveSite, type TestPage } from '../helpers/scan-test-sites.js'

let browser: Browser
let outDir: string
const served: ServedSite[] = []

beforeAll(async () => {
  ;({ browser } = await launchBrowser(requireBrowser()))
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-scan-'))
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(served.map((s) => s.close()))
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

async function scan(pages: Readonly<Record<string, TestPage>>, options: Partial<ScanSiteOptions> = {}) {
  const site = await serveSite(pages)
  served.push(site)
  const trace = await scanSite(browser, `${site.baseUrl}/`, {
    outDir,
    siteDir: `sites/${served.length}`,
    timeoutMs: 10_000,
    maxPages: 12,
    maxDepth: 3,
    budgetMs: 60_000,
    userAgent: 'cancelcheck-test',
    ...options,
  })
  return { site, trace }
}

const flow = (trace: SiteTrace, name: string): FlowTrace | undefined => trace.flows.find((f) => f.name === name)
/** Each step's path and query, e.g. `/`, `/help`. */
const pathsOf = (f: FlowTrace | undefined): string[] => (f?.steps ?? []).map((s) => { const u = new URL(s.url); return `${u.pathname}${u.search}` })

describe('scanSite on an English site with help in the footer', () => {
  let trace: SiteTrace
  let site: ServedSite
  beforeAll(async () => ({ site, trace } = await scan(ENGLISH_SITE)))

  it('produces a valid scan trace with the flows in order', () => {
    expect(SiteTrace.parse(trace)).toBeTruthy()
    expect(trace).toMatchObject({ mode: 'scan', site: new URL(site.baseUrl).host, baseUrl: `${site.baseUrl}/` })
    expect(trace.error).toBeUndefined()
    expect(trace.flows.map((f) => f.name)).toEqual(['home', 'signup', 'support', 'cancel', 'terms'])
    for (const f of trace.flows) expect(f.status, `${f.name}: ${f.error}`).toBe('completed')
  })

  it('walks from home to the plans and on to signup', () => {
    const signup = flow(trace, 'signup')
    expect(pathsOf(signup)).toEqual(['/', '/pricing', '/signup?plan=premium'])
    expect(signup?.steps.map((s) => s.kind)).toEqual(['goto', 'click', 'click'])
    expect(signup?.steps[1]?.discovery).toMatchObject({ category: 'pricing', from: `${site.baseUrl}/` })
    expect(signup?.steps[1]?.discovery?.matched).toContain('href:/pricing')
    expect(signup?.steps[2]?.discovery).toMatchObject({ category: 'signup', from: `${site.baseUrl}/pricing` })
  })

  it('finds help in the footer, contact from help, and the cancel article from help', () => {
    expect(pathsOf(flow(trace, 'support'))).toEqual(['/', '/help', '/contact'])
    const cancel = flow(trace, 'cancel')
    expect(pathsOf(cancel)).toEqual(['/', '/help', '/help/how-to-cancel'])
    expect(cancel?.steps[1]?.discovery).toMatchObject({ category: 'help', matched: ['text:"help"', 'href:/help', 'region:footer'] })
    expect(cancel?.steps[2]?.discovery).toMatchObject({ category: 'cancel', from: `${site.baseUrl}/help` })
    expect(cancel?.steps[2]?.discovery?.matched).toContain('text:"how to cancel"')
    expect(cancel?.steps[2]?.snapshot?.texts.some((t) => t.text.includes('call us'))).toBe(true)
    expect(pathsOf(flow(trace, 'terms'))).toEqual(['/', '/terms'])
  })

  it('keeps evidence for every step and never pays, submits or leaves the site', () => {
    for (const f of trace.flows) {
      for (const s of f.steps) {
        expect(s.snapshot).toBeDefined()
        for (const file of [s.screenshot, s.thumbnail, s.html]) expect(existsSync(join(outDir, file ?? 'missing'))).toBe(true)
      }
    }
    expect(site.requested).not.toContain('/checkout')
    expect(site.posted).toEqual([])
    expect(trace.flows.flatMap((f) => f.steps).every((s) => s.url.startsWith(site.baseUrl))).toBe(true)
  })
})

describe('scanSite on a German site', () => {
  it('follows "Verträge hier kündigen" to the login page it leads to', async () => {
    const { site, trace } = await scan(GERMAN_SITE)
    expect(trace.flows.map((f) => f.name)).toEqual(['home', 'signup', 'support', 'cancel', 'terms'])
    const cancel = flow(trace, 'cancel')
    expect(cancel?.status).toBe('completed')
    expect(pathsOf(cancel)).toEqual(['/', '/anmelden?ziel=kuendigen'])
    expect(cancel?.steps[1]).toMatchObject({ kind: 'click', target: { text: 'Verträge hier kündigen' } })
    expect(cancel?.steps[1]?.discovery?.matched).toEqual(['text:"verträge hier kündigen"', 'href:/kuendigen', 'region:footer'])
    expect(pathsOf(flow(trace, 'signup'))).toEqual(['/', '/tarife', '/registrieren'])
    expect(pathsOf(flow(trace, 'terms'))).toEqual(['/', '/agb'])
    expect(site.requested).not.toContain('/tarife/kaufen')
    expect(site.posted).toEqual([])
  })
})

describe('scanSite on a site whose links hide in menus', () => {
  it('opens the account menu and the hover menu to reach the pages', async () => {
    const { site, trace } = await scan(MENU_SITE)
    const cancel = flow(trace, 'cancel')
    expect(cancel?.status, cancel?.error).toBe('completed')
    expect(pathsOf(cancel)).toEqual(['/', '/account/subscription', '/account/subscription/cancel'])
    expect(site.posted).toEqual([])
    expect(cancel?.steps[1]?.discovery?.matched).toContain('text:"manage subscription"')
    expect(cancel?.steps[1]?.action).toBe('click "Manage subscription"')
    expect(cancel?.steps[2]?.discovery?.matched).toContain('text:"cancel subscription"')
    expect(pathsOf(flow(trace, 'support'))).toEqual(['/', '/support'])
    const terms = flow(trace, 'terms')
    expect(pathsOf(terms)).toEqual(['/', '/legal/terms'])
    expect(terms?.steps[1]?.action).toBe('click "Terms and conditions"')
  })
})

describe('scanSite limits', () => {
  it('opens no more pages than allowed', async () => {
    const opened: string[] = []
    const { site, trace } = await scan(ENGLISH_SITE, { maxPages: 3, onPage: (u) => opened.push(u) })
    expect(opened.length).toBeLessThanOrEqual(3)
    const distinct = new Set(trace.flows.flatMap((f) => f.steps.map((s) => s.url)))
    expect(distinct.size).toBeLessThanOrEqual(3)
    expect(new Set(site.requested).size).toBeLessThanOrEqual(3)
    expect(trace.flows[0]?.name).toBe('home')
  })

  it('stops at the depth allowed', async () => {
    const { trace } = await scan(ENGLISH_SITE, { maxDepth: 1 })
    // Each path starts with a goto of the home page; no path has more than one click.
    for (const f of trace.flows) expect(f.steps.map((s) => s.kind).join(' ')).not.toMatch(/click click/)
    expect(flow(trace, 'cancel')).toBeUndefined()
  })

  it('reports a site that does not answer with an error and no flows', async () => {
    const port = await closedPort()
    const trace = await scanSite(browser, `http://127.0.0.1:${port}/`, { outDir, siteDir: 'sites/closed', timeoutMs: 5_000, maxPages: 12, maxDepth: 3, budgetMs: 20_000, userAgent: 'cancelcheck-test' })
    expect(trace).toMatchObject({ mode: 'scan', flows: [], site: `127.0.0.1:${port}` })
    expect(trace.error).toMatch(/could not open/)
  })
})

describe('scanSite on a site that never answers', () => {
  // Budget and page limit far off: only the step timeout may end these scans.
  const options = { outDir: '', siteDir: '', timeoutMs: 3_000, maxPages: 12, maxDepth: 3, budgetMs: 600_000, userAgent: 'cancelcheck-test' }

  it('ends the scan of a home page that never answers with the reason its step failed', { timeout: 60_000 }, async () => {
    const site = await serveNeverAnswering({}, ['/'])
    const trace = await scanSite(browser, `${site.baseUrl}/`, { ...options, outDir, siteDir: 'sites/no-answer' })
    expect(trace.flows).toEqual([])
    expect(trace.error).toMatch(/^could not open http:\/\/127\.0\.0\.1:\d+\/: .*Timeout 3000ms exceeded/)
  })

  it('fails the flow whose link leads to a page that never answers, keeping the page it was on', { timeout: 90_000 }, async () => {
    const site = await serveNeverAnswering(
      {
        '/': '<h1>Streamly</h1><footer><a href="/help">Help</a> <a href="/terms">Terms of service</a></footer>',
        '/terms': '<h1>Terms of service</h1><p>Your plan renews every month until you cancel.</p>',
      },
      ['/help'],
    )
    const trace = await scanSite(browser, `${site.baseUrl}/`, { ...options, outDir, siteDir: 'sites/no-answer-help' })
    const support = flow(trace, 'support')
    expect(support?.status).toBe('failed')
    const stuck = support?.steps.at(-1)
    expect(stuck).toMatchObject({ kind: 'click', status: 'failed', url: `${site.baseUrl}/` })
    expect(stuck?.error).toMatch(/\/help/)
    expect(existsSync(join(outDir, stuck?.screenshot ?? 'missing'))).toBe(true)
    expect(flow(trace, 'terms')?.status).toBe('completed')
  })
})

/** Serves `pages` (HTML bodies by path) and leaves every request for a path of `silent` unanswered,
 * its connection open, as a server that hangs does. */
async function serveNeverAnswering(pages: Readonly<Record<string, string>>, silent: readonly string[]): Promise<{ baseUrl: string }> {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (silent.includes(path)) return
    const body = pages[path]
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><title>Streamly</title>${body ?? '<p>Not found</p>'}</html>`)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  served.push({
    baseUrl,
    requested: [],
    posted: [],
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((r) => server.close(() => r()))
    },
  })
  return { baseUrl }
}
