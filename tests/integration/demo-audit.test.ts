import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditSites } from '../../src/audit/audit-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { loadDemoScenarios } from '../../src/demo/demo-scenarios.js'
import { serveDemo } from '../../src/demo/serve-demo.js'
import { Report } from '../../src/report/model.js'
import { allRules } from '../../src/rules/index.js'
import { writeReports } from '../../src/cli/write-reports.js'
import { closedPort } from '../helpers/closed-port.js'

/** The rules each dark variant is built to show. Together they cover the whole catalogue. */
const EXPECTED_ON_DARK: Record<string, string[]> = {
  'streamly-dark': [
    'pre-ticked-upsell',
    'forced-opt-out',
    'sneak-into-basket',
    'hidden-support',
    'cancel-harder-than-signup',
    'cancel-entry-hidden',
    'retention-obstruction',
    'visual-interference',
    'confirmshaming',
    'missing-confirmation',
  ],
  'ledger-dark': [
    'pre-ticked-upsell',
    'forced-opt-out',
    'trick-question',
    'sneak-into-basket',
    'drip-pricing',
    'hidden-support',
    'cancel-harder-than-signup',
    'no-online-cancel',
    'cancel-entry-hidden',
    'retention-obstruction',
    'visual-interference',
    'confirmshaming',
    'nagging',
    'missing-confirmation',
    'cancel-not-effective',
  ],
  'boxly-dark': [
    'forced-enrollment',
    'drip-pricing',
    'plan-steering',
    'trial-conversion-unclear',
    'hidden-renewal-terms',
    'order-button-ambiguous',
  ],
  'kiosk-dark': [
    'hidden-renewal-terms',
    'cancel-entry-hidden',
    'retention-obstruction',
    'missing-confirmation',
    'cancellation-button-de',
    'cancel-login-wall',
    'withdrawal-function-missing',
    'order-button-ambiguous',
  ],
  'shieldr-dark': [
    'fake-urgency',
    'insecure-form',
    'slow-step',
    'excessive-required-fields',
  ],
}

/** Shown on Streamly's dark variant by demo-mail.test.ts, which starts the mailbox they read. */
const SHOWN_WITH_MAIL = ['order-email-without-renewal-terms', 'cancellation-email-missing', 'billed-after-cancelling']

let report: Report
let outDir: string
let demo: Awaited<ReturnType<typeof serveDemo>>

// Ten site variants walked in real Chromium on a 2-core machine, beside the other test files: minutes.
beforeAll(async () => {
  demo = await serveDemo()
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-demo-'))
  const scenarios = await loadDemoScenarios(demo, 'integration-secret-9431')
  // The dead site: a port nothing listens on. Its flows must fail while the others complete.
  const down = { ...scenarios[0]!, site: 'Unreachable Co', baseUrl: `http://127.0.0.1:${await closedPort()}/`, file: 'down.yaml' }
  report = await auditSites([...scenarios, down], {
    outDir,
    timeoutMs: 10_000,
    concurrency: 2,
    failOn: 'serious',
    rules: allRules,
    browser: requireBrowser(),
    log: () => undefined,
  })
  await writeReports(report, outDir, { formats: ['html', 'json', 'sarif', 'junit'] }, () => undefined)
}, 480_000)

afterAll(async () => {
  await demo?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const siteFor = (id: string) => {
  const demoSite = demo.sites.find((s) => s.id === id)!
  return report.sites.find((s) => s.scenarioFile && s.scenarioFile.endsWith(demoSite.scenarioFile.split('/').pop()!))!
}

describe('auditing the bundled demo sites in real Chromium', () => {
  it('walks every flow of every demo site to its end', () => {
    for (const site of demo.sites) {
      const r = siteFor(site.id)
      expect(r, site.id).toBeDefined()
      expect(r.flows.map((f) => `${f.name}:${f.status}${f.error ? ` ${f.error}` : ''}`)).toEqual(r.flows.map((f) => `${f.name}:completed`))
      expect(r.status).toBe('complete')
    }
  })

  it('finds every expected indicator on every dark variant', () => {
    for (const site of demo.sites.filter((s) => s.variant === 'dark')) {
      const failing = siteFor(site.id).results.filter((r) => r.outcome === 'fail').map((r) => r.ruleId)
      expect(EXPECTED_ON_DARK[site.id], `${site.id} has no expected indicators`).toBeDefined()
      expect(failing.sort(), site.id).toEqual(expect.arrayContaining(EXPECTED_ON_DARK[site.id]!))
    }
  })

  it('shows every rule of the catalogue firing on some dark variant', () => {
    const shown = new Set([...Object.values(EXPECTED_ON_DARK).flat(), ...SHOWN_WITH_MAIL])
    expect(allRules.map((r) => r.meta.id).filter((id) => !shown.has(id))).toEqual([])
  })

  it('finds nothing on the fair variants', () => {
    for (const site of demo.sites.filter((s) => s.variant === 'fair')) {
      const findings = siteFor(site.id).results.flatMap((r) => r.findings.map((f) => `${r.ruleId}: ${f.message}`))
      expect(findings, site.id).toEqual([])
    }
  })

  it('flags no decoy on any variant', () => {
    const decoy = /same as shipping|terms of service|remember me|accept all|reject all|4k ultra|^no thanks$|^subscribe$/i
    for (const site of report.sites) {
      for (const f of site.results.flatMap((r) => r.findings)) {
        expect(`${f.evidence.text ?? ''}`, `${site.site} ${f.ruleId}`).not.toMatch(decoy)
      }
    }
  })

  it('gives every finding its evidence: flow, element, screenshot and references', () => {
    for (const f of report.sites.flatMap((s) => s.results.flatMap((r) => r.findings))) {
      expect(f.flow).toBeTruthy()
      expect(f.references.length).toBeGreaterThan(0)
      expect(f.evidence.screenshot ?? f.step === null).toBeTruthy()
      if (f.step !== null) expect(f.evidence.selector ?? f.evidence.facts).toBeTruthy()
    }
  })

  it('reports an unreachable site as failed flows with the error, without losing the others', () => {
    const down = report.sites.find((s) => s.site === 'Unreachable Co')!
    expect(down.status).toBe('incomplete')
    expect(down.flows.length).toBeGreaterThan(0)
    for (const flow of down.flows) expect(flow.status).toBe('failed')
    expect(down.flows[0]!.error).toMatch(/ERR_CONNECTION_REFUSED/)
    expect(down.results.some((r) => r.outcome === 'error')).toBe(true)
    expect(report.sites.filter((s) => s.status === 'complete')).toHaveLength(demo.sites.length)
  })

  it('shows each finding of the demo report with its element outlined on a loaded screenshot', async () => {
    const { browser } = await launchBrowser(requireBrowser())
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const errors: string[] = []
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`))
      await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
      const findings = report.sites.flatMap((s) => s.results.flatMap((r) => r.findings)).filter((f) => f.evidence.box && f.evidence.screenshot)
      expect(findings.length).toBeGreaterThan(6)
      const outlines = page.locator('article.finding .crop-outline')
      expect(await outlines.count()).toBe(findings.length)
      const first = page.locator('article.finding').first()
      await first.scrollIntoViewIfNeeded()
      await expect.poll(() => first.locator('.crop-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
      expect(await first.locator('.crop-outline').isVisible()).toBe(true)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('writes report.json that validates', async () => {
    const json = await readFile(join(outDir, 'report.json'), 'utf8')
    expect(Report.parse(JSON.parse(json)).sites).toHaveLength(demo.sites.length + 1)
  })

  it('never writes the secret typed into the signup form into any output file', async () => {
    const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const bytes = await readFile(join(file.parentPath, file.name))
      expect(bytes.includes('integration-secret-9431'), file.name).toBe(false)
    }
  })
})
