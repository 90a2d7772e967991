// Walk-time evidence in real Chromium: how long a page kept a step's element from the user, and a
// countdown read again in a fresh browser context.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { LoadedScenario, LoadedStep } from '../../src/scenario/loaded-scenario.js'
import type { Step } from '../../src/scenario/schema.js'
import { walkSite } from '../../src/walk/walk-site.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

const PAGES: Record<string, string> = {
  // The deal restarts at 10:00 on every visit; the session line has no timer to probe.
  '/': `<p id="deal">Deal ends in <span id="left">10:00</span> — 50% off</p><a href="/pay">Pay</a>
<script>const t0 = Date.now(); const pad = (n) => String(n).padStart(2, '0');
setInterval(() => { const s = 600 - Math.floor((Date.now() - t0) / 1000); document.getElementById('left').textContent = pad(Math.floor(s / 60)) + ':' + pad(s % 60) }, 200)</script>`,
  '/pay': `<p role="status" id="wait">Loading…</p><button id="go" hidden onclick="this.textContent='Paid'">Pay now</button>
<script>setTimeout(() => { document.getElementById('go').hidden = false; document.getElementById('wait').remove() }, 4000)</script>`,
}

let served: ServedPages | undefined
let browser: Browser
let outDir: string
let trace: SiteTrace

const step = (s: Step, written: string): LoadedStep => ({ step: s, written })

beforeAll(async () => {
  served = await servePages(PAGES)
  const baseUrl = served.baseUrl
  ;({ browser } = await launchBrowser(requireBrowser()))
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-walk-evidence-'))
  const scenario: LoadedScenario = {
    file: 'walk.yaml',
    site: 'Walk evidence',
    baseUrl,
    secrets: [],
    flows: [
      {
        name: 'checkout',
        fresh: false,
        steps: [
          step({ goto: '/' }, 'goto /'),
          step({ click: { role: 'link', name: 'Pay' } }, 'click role=link name="Pay"'),
          step({ click: { role: 'button', name: 'Pay now' } }, 'click role=button name="Pay now"'),
          step({ goto: '/' }, 'goto /'),
        ],
      },
    ],
  }
  trace = await walkSite(browser, scenario, { outDir, siteDir: 'sites/evidence', timeoutMs: 5_000, settlesFlow: () => false, settleAfterMs: 0 })
}, 30_000)

afterAll(async () => {
  await browser?.close()
  await served?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

describe('walk-time evidence', () => {
  it('records how long a step waited for its element to show up', () => {
    const [, openPay, payNow] = trace.flows[0]!.steps
    // The link was there at once; the button showed up 4 s after the click that opened its page,
    // part of which the walker spent taking its evidence.
    expect(openPay?.targetWaitMs).toBe(0)
    expect(payNow?.targetWaitMs).toBeGreaterThan(0)
    const readyAfter = Date.parse(payNow!.startedAt) + payNow!.targetWaitMs! - Date.parse(openPay!.startedAt)
    expect(readyAfter).toBeGreaterThanOrEqual(4_000)
  })

  it('reads a countdown again in a fresh context, once per page', () => {
    const steps = trace.flows[0]!.steps
    const probe = steps[0]?.urgencyProbe
    expect(probe?.error).toBeUndefined()
    const timer = probe?.timers[0]
    expect(timer?.selector).toBe('#deal')
    expect(timer?.first.text).toMatch(/^Deal ends in \d\d:\d\d — 50% off$/)
    expect(timer?.fresh?.text).toMatch(/Deal ends in (10:00|09:59)/)
    expect(Date.parse(timer!.fresh!.capturedAt) - Date.parse(timer!.first.capturedAt)).toBeGreaterThanOrEqual(2_400)
    expect(timer?.freshAgain?.text).not.toBe(timer?.fresh?.text)
    expect(steps[1]?.urgencyProbe).toBeUndefined()
    expect(steps[3]?.urgencyProbe).toBeUndefined()
  })
})
