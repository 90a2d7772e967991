import { readFile, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FlowTrace, SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { LoadedFlow, LoadedScenario } from '../../src/scenario/loaded-scenario.js'
import type { Step } from '../../src/scenario/schema.js'
import { MAX_SCREENSHOT_HEIGHT } from '../../src/walk/capture-evidence.js'
import { judgeTrace, jurisdictionProfile } from '../../src/audit/judge-trace.js'
import type { Rule } from '../../src/rules/define-rule.js'
import nagging from '../../src/rules/nagging.js'
import { walkSite } from '../../src/walk/walk-site.js'
import { type ChaosSite, serveChaosPages } from '../helpers/chaos-pages.js'

// Every awkward page in one scenario, a flow each, in one browser context: each flow must end
// completed or failed with a precise reason, with its evidence, and leave the next flow unharmed.
const flow = (name: string, ...steps: Step[]): LoadedFlow => ({ name, fresh: false, steps: steps.map((step) => ({ step, written: JSON.stringify(step) })) })
const FLOWS: LoadedFlow[] = [
  flow('hung-subresource', { goto: '/hung-pixel' }, { click: { role: 'button', name: 'Choose plan' } }, { expect: { text: 'Plan chosen' } }),
  flow('http-404', { goto: '/links' }, { click: { role: 'link', name: 'Cancel membership' } }, { expect: { text: 'never reached' } }),
  flow('http-500', { goto: '/server-error' }),
  flow('http-403', { goto: '/links' }, { click: { role: 'link', name: 'Invoices' } }),
  flow('http-401', { goto: '/login-required' }),
  flow('redirect-loop', { goto: '/links' }, { click: { role: 'link', name: 'Support' } }),
  flow('tall-page', { goto: '/tall' }, { click: { role: 'link', name: 'Done' } }),
  flow('after-tall', { goto: '/ok' }),
  flow('new-tab', { goto: '/links' }, { click: { role: 'link', name: 'Cancel in a new tab' } }, { click: { role: 'button', name: 'Confirm cancellation' } }, { expect: { text: 'Cancelled' } }),
  flow('popup', { goto: '/links' }, { click: { role: 'button', name: 'Cancel in a popup' } }, { click: { role: 'button', name: 'Confirm cancellation' } }),
  flow('download', { goto: '/links' }, { click: { role: 'link', name: 'Download the cancellation form' } }),
  flow('dialogs', { goto: '/nag' }, { click: { role: 'button', name: 'Cancel membership' } }, { expect: { text: 'Kept' } }),
  flow('cancel-nag-again', { goto: '/nag-again' }, { click: { role: 'button', name: 'Cancel membership' } }, { click: { role: 'button', name: 'Cancel membership' } }),
  flow('beforeunload', { goto: '/leave' }, { fill: { target: { label: 'Reason' }, value: 'too dear' } }, { goto: '/ok' }),
  flow('covered', { goto: '/covered' }, { click: { role: 'button', name: 'Place order' } }),
  flow('sticky', { goto: '/sticky' }, { click: { role: 'button', name: 'Place order' } }, { expect: { text: 'Ordered' } }),
  flow('charset', { goto: '/latin1' }),
  flow('no-answer', { goto: '/no-answer' }),
  flow('link-no-answer', { goto: '/links' }, { click: { role: 'link', name: 'Write to us' } }),
  flow('last', { goto: '/ok' }, { expect: { text: 'All is well' } }),
]

let site: ChaosSite
let browser: Browser
let outDir: string
let trace: SiteTrace
let walkMs: number
const byName = (name: string): FlowTrace => trace.flows.find((f) => f.name === name)!

beforeAll(async () => {
  site = await serveChaosPages()
  ;({ browser } = await launchBrowser(requireBrowser()))
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-chaos-'))
  const scenario: LoadedScenario = { file: 'chaos.yaml', site: 'Chaos', baseUrl: site.baseUrl, secrets: [], flows: FLOWS }
  const started = Date.now()
  trace = await walkSite(browser, scenario, { outDir, siteDir: 'sites/chaos', timeoutMs: 8_000, settlesFlow: () => false, settleAfterMs: 0 })
  walkMs = Date.now() - started
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

describe('pages that must not break the walk', () => {
  it('walks every flow to an end, each with evidence of every step it took', async () => {
    expect(trace.error).toBeUndefined()
    expect(trace.flows.map((f) => f.name)).toEqual(FLOWS.map((f) => f.name))
    for (const f of trace.flows) {
      expect(f.status === 'completed' || (f.status === 'failed' && f.error), `${f.name}: ${f.error}`).toBeTruthy()
      for (const s of f.steps) if (f.name !== 'redirect-loop') expect(s.screenshot, `${f.name} step ${s.index}`).toBeTruthy()
    }
    expect(byName('last').status).toBe('completed')
    expect(walkMs).toBeLessThan(200_000)
  })

  it('does not wait for a subresource that never answers, and records it as pending', () => {
    const f = byName('hung-subresource')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[0]!.durationMs).toBeLessThan(7_000)
    expect(f.steps[0]!.pendingRequests?.some((url) => url.endsWith('/never') || url.endsWith('/never.js'))).toBe(true)
    expect(f.steps[2]!.passed).toBe(true)
    // The pixel that never loads holds up only the step that opened its page.
    expect(f.steps[1]!.durationMs).toBeLessThan(4_000)
  })

  it.each([
    ['http-404', 1, 404, /HTTP 404 Not Found at http:\/\/127\.0\.0\.1:\d+\/missing/],
    ['http-500', 0, 500, /HTTP 500 Internal Server Error at .*\/server-error/],
    ['http-403', 1, 403, /HTTP 403 Forbidden at .*\/denied/],
    ['http-401', 0, 401, /HTTP 401 Unauthorized at .*\/login-required/],
  ] as const)('%s: the step that lands on the error page fails with its status and address', (name, stepIndex, status, message) => {
    const f = byName(name)
    expect(f.status).toBe('failed')
    expect(f.steps).toHaveLength(stepIndex + 1)
    const landed = f.steps[stepIndex]!
    expect(landed.status).toBe('failed')
    expect(landed.httpStatus).toBe(status)
    expect(landed.error).toMatch(message)
    expect(f.error).toMatch(message)
    expect(landed.screenshot).toBeTruthy()
  })

  it('a redirect loop fails its step with the browser error and the address, not the browser error page', () => {
    const f = byName('redirect-loop')
    expect(f.status).toBe('failed')
    const landed = f.steps[1]!
    expect(landed.error).toMatch(/could not be loaded: net::ERR_TOO_MANY_REDIRECTS at http:\/\/127\.0\.0\.1:\d+\/loop/)
    expect(landed.url).toMatch(/\/loop$/)
  })

  it('cuts a very tall page at the screenshot cap, says so, and the next flow is unharmed', async () => {
    const f = byName('tall-page')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[0]!.screenshotCutAt).toBeGreaterThan(MAX_SCREENSHOT_HEIGHT)
    expect((await stat(join(outDir, f.steps[0]!.screenshot!))).size).toBeGreaterThan(0)
    expect(byName('after-tall').status).toBe('completed')
  })

  it('follows a link that opens a new tab, and a popup, and goes on there', () => {
    for (const name of ['new-tab', 'popup']) {
      const f = byName(name)
      expect(f.status, `${name}: ${f.error}`).toBe('completed')
      expect(f.steps[1]!.openedPage).toMatch(/\/cancel-tab$/)
      expect(f.steps[2]!.url).toMatch(/\/cancel-tab$/)
    }
    expect(byName('new-tab').steps[3]!.passed).toBe(true)
  })

  it('records a download with its name and type', () => {
    const f = byName('download')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[1]!.downloads).toEqual([{ fileName: 'cancellation-form.pdf', type: 'PDF document', url: expect.stringMatching(/\/cancellation-form\.pdf$/) }])
  })

  it('records dialogs with their text, acknowledges alerts and dismisses confirms by default', () => {
    const f = byName('dialogs')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[1]!.dialogs).toEqual([
      { type: 'alert', message: 'We are sad to see you go', response: 'accept' },
      { type: 'confirm', message: 'Are you sure? You will lose all your benefits.', response: 'dismiss' },
    ])
    expect(f.steps[2]!.passed).toBe(true)
  })

  it('a confirm declined and asked again on the cancel path is a nagging indicator', () => {
    const judged = judgeTrace({ ...trace, flows: [byName('cancel-nag-again')] }, [nagging as Rule], jurisdictionProfile({}))
    const result = judged.results.find((r) => r.ruleId === 'nagging')!
    expect(result.outcome).toBe('fail')
    expect(result.findings[0]!.message).toMatch(/The browser confirm dialog "Are you sure\? You will lose all your benefits\." was declined at cancel-nag-again step 1 .* asked again once: cancel-nag-again step 2/)
    expect(result.findings[0]!.evidence.screenshot).toBeTruthy()
  })

  it('leaves a page that asks "leave this page?", and records the question', () => {
    const f = byName('beforeunload')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[2]!.url).toMatch(/\/ok$/)
    expect(f.steps[2]!.dialogs?.[0]?.type).toBe('beforeunload')
  })

  it('fails a click that an element slid over the button took, naming that element', () => {
    const f = byName('covered')
    expect(f.status).toBe('failed')
    expect(f.steps[1]!.error).toMatch(/the click did not reach the element: <div id="summary">Order summary<\/div> covers it where it would be clicked/)
  })

  it('clicks a button a sticky box would cover once the page is scrolled', () => {
    const f = byName('sticky')
    expect(f.status, f.error).toBe('completed')
    expect(f.steps[2]!.passed).toBe(true)
  })

  it('fails a step whose page never answers, with the address, and keeps the page as it stood', () => {
    const opened = byName('no-answer')
    expect(opened.status).toBe('failed')
    expect(opened.steps[0]!.error).toMatch(/Timeout 8000ms exceeded.*\/no-answer/)
    expect(opened.steps[0]!.screenshot).toBeTruthy()
    const followed = byName('link-no-answer')
    expect(followed.status).toBe('failed')
    const clicked = followed.steps[1]!
    expect(clicked.error).toMatch(/^no answer from http:\/\/127\.0\.0\.1:\d+\/no-answer/)
    // The browser still shows the page the link was on: that is what a visitor would be left with.
    expect(clicked.url).toMatch(/\/links$/)
    expect(clicked.snapshot?.texts.some((t) => t.text.includes('Account'))).toBe(true)
    expect(byName('last').status).toBe('completed')
  })

  it('saves the HTML of a page served in another charset so that it opens correctly', async () => {
    const f = byName('charset')
    const saved = await readFile(join(outDir, f.steps[0]!.html!))
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = saved.toString('utf8')
    expect(text).toContain('Verträge hier kündigen')
    expect(text).toContain('5 €')
    expect(text).not.toMatch(/charset="?windows-1252/i)
  })
})
