import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pLimit from 'p-limit'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { judgeTrace, jurisdictionProfile } from '../../src/audit/judge-trace.js'
import { SCAN_USER_AGENT } from '../../src/audit/scan-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { SiteReport } from '../../src/report/model.js'
import { allRules } from '../../src/rules/index.js'
import { READABLE_SCAN_SITES, SCAN_SITES, type ScanSiteFixture } from '../fixtures/scan-sites/index.js'
import { closedPort } from '../helpers/closed-port.js'
import { PROJECT_ROOT } from '../helpers/run-cli.js'
import { type ServedScanSites, serveScanSites } from '../helpers/serve-scan-sites.js'

// Fifteen small sites scanned as `cancelcheck scan` scans them, each judged by every rule: the fair ones
// must come out clean, each of the others with exactly the rules its pages break, and the ones that
// fail or never answer must end in an error without holding up the rest.

const SCAN_SITE_MODULE = join(PROJECT_ROOT, 'src/discover/scan-site.ts')
const TIMEOUT_MS = 5_000
const BUDGET_MS = 40_000

interface Scanned {
  fixture: ScanSiteFixture
  url: string
  trace: SiteTrace
  report: SiteReport
  ms: number
}

const failingRules = (report: SiteReport): string[] =>
  report.results
    .filter((r) => r.outcome === 'fail')
    .map((r) => r.ruleId)
    .sort()

const pathsOf = (trace: SiteTrace, flow: string): string[] =>
  (trace.flows.find((f) => f.name === flow)?.steps ?? []).map((s) => new URL(s.url).pathname)

/** What to show when a site's result is not the expected one: where the scan went and what failed. */
const explain = (s: Scanned): string =>
  [
    `${s.fixture.name} at ${s.url}${s.trace.error ? ` (error: ${s.trace.error})` : ''}`,
    ...s.trace.flows.map((f) => `  ${f.name} ${f.status}: ${pathsOf(s.trace, f.name).join(' > ')}${f.error ? ` (${f.error})` : ''}`),
    ...s.report.results
      .filter((r) => r.outcome === 'fail' || r.outcome === 'error')
      .flatMap((r) => [`  ${r.ruleId}: ${r.outcome}${r.reason ? ` (${r.reason})` : ''}`, ...r.findings.map((f) => `    - ${f.message}`)]),
  ].join('\n')

describe.skipIf(!existsSync(SCAN_SITE_MODULE))('cancelcheck scan on the test sites', () => {
  const scanned = new Map<string, Scanned>()
  let served: ServedScanSites | undefined
  let browser: Browser | undefined
  let outDir = ''
  let downUrl = ''
  let down: { trace: SiteTrace; report: SiteReport; ms: number } | undefined

  beforeAll(async () => {
    const { scanSite } = await import('../../src/discover/scan-site.js')
    served = await serveScanSites(SCAN_SITES)
    downUrl = `http://127.0.0.1:${await closedPort()}/`
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-scan-sites-'))
    browser = (await launchBrowser(requireBrowser())).browser
    const profile = jurisdictionProfile({})
    const scan = async (url: string, siteDir: string, slow = false) => {
      const started = Date.now()
      const trace = await scanSite(browser as Browser, url, {
        outDir,
        siteDir,
        timeoutMs: slow ? 3 * TIMEOUT_MS : TIMEOUT_MS,
        maxPages: 12,
        maxDepth: 3,
        budgetMs: slow ? 4 * BUDGET_MS : BUDGET_MS,
        userAgent: SCAN_USER_AGENT,
      })
      return { trace, report: judgeTrace(trace, allRules, profile), ms: Date.now() - started }
    }
    const limit = pLimit(2)
    // The slow and the silent sites first, so that their waits overlap with the quick ones.
    const order = [...served.sites].sort((a, b) => weight(b.fixture) - weight(a.fixture))
    await Promise.all([
      ...order.map((site) =>
        limit(async () => {
          // The slow site shows that slowness alone ends nothing: its timeout and budget leave room
          // for a loaded machine, on which each of its three-second pages takes longer still.
          const slow = site.fixture.behaviour.kind === 'slow'
          scanned.set(site.fixture.name, { fixture: site.fixture, url: site.url, ...(await scan(site.url, site.fixture.name, slow)) })
        }),
      ),
      limit(async () => {
        down = await scan(downUrl, 'down')
      }),
    ])
  }, 420_000)

  afterAll(async () => {
    await browser?.close().catch(() => undefined)
    await served?.close()
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  const result = (name: string): Scanned => {
    const s = scanned.get(name)
    if (!s) throw new Error(`${name} was not scanned`)
    return s
  }

  it.each(READABLE_SCAN_SITES.map((f) => [f.name, f] as const))('%s: fails exactly the rules its pages break', (name, fixture) => {
    const s = result(name)
    expect(s.trace.mode).toBe('scan')
    expect(s.trace.error, explain(s)).toBeUndefined()
    expect(s.trace.flows[0]?.name, explain(s)).toBe('home')
    const expected = [...fixture.expected.failing].sort()
    // A countdown is judged on its second reading in a fresh context, which the scan takes too.
    if (expected.includes('fake-urgency')) {
      expect(s.trace.flows.some((f) => f.steps.some((step) => step.urgencyProbe?.timers.some((t) => t.fresh))), explain(s)).toBe(true)
    }
    expect(failingRules(s.report), explain(s)).toEqual(expected)
  })

  it('finds help and the cancellation page behind a closed account menu', () => {
    const s = result('menu-links')
    for (const [flow, paths] of Object.entries(s.fixture.expected.reaches ?? {})) {
      for (const path of paths) expect(pathsOf(s.trace, flow), explain(s)).toContain(path)
    }
  })

  it('judges a login on the way to cancel by what opened it: a cancel link, not the scan\'s own "Mein Konto"', () => {
    const viaAccount = result('login-via-account')
    expect(pathsOf(viaAccount.trace, 'cancel'), explain(viaAccount)).toEqual(['/', '/hilfe/kuendigen', '/konto', '/kuendigung'])
    expect(viaAccount.report.results.find((r) => r.ruleId === 'cancel-login-wall')?.outcome, explain(viaAccount)).toBe('pass')
    const walled = result('cancel-to-login')
    expect(pathsOf(walled.trace, 'cancel'), explain(walled)).toEqual(['/', '/cancel', '/account'])
    const finding = walled.report.results.find((r) => r.ruleId === 'cancel-login-wall')?.findings[0]
    expect(finding, explain(walled)).toMatchObject({ flow: 'cancel', step: 1, evidence: { facts: { cancelControl: 'Cancel subscription', loginPage: '/cancel' } } })
  })

  it('records why it went to each page', () => {
    const s = result('fair-stream')
    const [shown, declined, ...rest] = s.trace.flows[0]?.steps ?? []
    // The first look at the home page shows the cookie banner; the next step declines it.
    expect(s.trace.cookieBanner, explain(s)).toEqual({ cmp: 'hubspot', found: true, outcome: 'rejected', shownAt: { flow: 'home', step: 0 } })
    expect(shown?.action).toContain('cookie banner shown')
    expect(declined?.action).toContain('reject the cookie banner')
    const clicks = [...rest, ...s.trace.flows.slice(1).flatMap((f) => f.steps)].filter((step) => step.kind === 'click')
    expect(clicks.length, explain(s)).toBeGreaterThan(0)
    for (const click of clicks) {
      expect(click.discovery?.category).toBeTruthy()
      expect(click.target?.text).toBeTruthy()
    }
  })

  it('takes a banner with no way to refuse as evidence, on the page as it was first shown', () => {
    const s = result('cookie-wall')
    expect(s.trace.cookieBanner, explain(s)).toMatchObject({ cmp: 'hubspot', found: true, outcome: 'reject-failed' })
    const finding = s.report.results.find((r) => r.ruleId === 'forced-opt-out')?.findings[0]
    expect(finding, explain(s)).toMatchObject({ flow: 'home', step: 0, evidence: { text: 'Accept all', facts: { consentPlatform: 'hubspot', settingsOption: 'Cookie settings' } } })
    expect(finding?.evidence.screenshot).toMatch(/\.(png|jpe?g)$/)
    expect(finding?.evidence.box).toBeTruthy()
  })

  it('says no banner was recognised on a site without one', () => {
    expect(result('call-to-cancel').trace.cookieBanner).toEqual({ found: false, outcome: 'no-banner' })
  })

  it('scans a site that takes three seconds for every page', () => {
    const s = result('slow')
    const flows = s.trace.flows.map((f) => f.name)
    expect(flows, explain(s)).toEqual(expect.arrayContaining(['home', 'signup', 'support']))
    expect(s.report.status, explain(s)).toBe('complete')
  })

  it('ends a site whose server answers 500 with an error, and scans the others', () => {
    const s = result('broken')
    expect(s.trace.error ?? s.trace.flows.find((f) => f.status === 'failed')?.error, explain(s)).toBeTruthy()
    expect(s.report.status).toBe('incomplete')
    expect(failingRules(s.report)).toEqual([])
  })

  it('ends a site that never answers with an error once its page times out', () => {
    const s = result('silent')
    expect(s.trace.error, explain(s)).toBeTruthy()
    expect(s.report.status).toBe('incomplete')
    expect(s.ms).toBeLessThan(BUDGET_MS)
  })

  it('ends a site nothing listens on with an error', () => {
    expect(down?.trace.error).toMatch(/ERR_CONNECTION_REFUSED|could not open/)
    expect(down?.report.status).toBe('incomplete')
    expect(down?.trace.site).toBe(new URL(downUrl).host)
  })
})

/** Sites that take long go first. */
function weight(fixture: ScanSiteFixture): number {
  return fixture.behaviour.kind === 'slow' ? 2 : fixture.behaviour.kind === 'silent' ? 1 : 0
}
