// A flow returns to a browser context an earlier flow opened, past a flow in a context of its own:
// a logged-out visitor looks for help, then the member goes back to cancel, still signed in and on
// the page the member's last flow left.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { contextChains } from '../../src/rules/lib/flows.js'
import { loadScenario } from '../../src/scenario/load-scenario.js'
import { walkSite } from '../../src/walk/walk-site.js'
import { cancelcheck } from '../helpers/run-cli.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

const state = `<p id="state"></p><script>document.getElementById('state').textContent = localStorage.getItem('member') ? 'Signed in' : 'Signed out'</script>`
const PAGES: Record<string, string> = {
  '/': `<h1>Home</h1>${state}<button onclick="localStorage.setItem('member', 'yes'); location.href = '/plan'">Join</button>`,
  '/plan': `<h1>Your plan</h1>${state}`,
  '/help': `<h1>Help</h1>${state}`,
}

let served: ServedPages | undefined
let browser: Browser | undefined
let dir: string
let trace: SiteTrace

beforeAll(async () => {
  served = await servePages(PAGES)
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-contexts-'))
  const file = join(dir, 'contexts.yaml')
  await writeFile(
    file,
    `site: Contexts
baseUrl: ${served.baseUrl}
flows:
  - name: signup
    context: member
    steps:
      - goto: /
      - click: { role: button, name: Join }
  - name: support
    context: visitor
    steps:
      - goto: /help
      - expect: { text: Signed out }
  # Back where the signup left the member: no goto, no login.
  - name: cancel
    context: member
    steps:
      - expect: { text: Your plan }
      - expect: { text: Signed in }
  - name: verify
    steps:
      - goto: /plan
      - expect: { text: Signed in }
  - name: reading
    fresh: true
    steps:
      - goto: /plan
      - expect: { text: Signed out }
`,
  )
  ;({ browser } = await launchBrowser(requireBrowser()))
  trace = await walkSite(browser, await loadScenario(file), { outDir: dir, siteDir: 'sites/contexts', timeoutMs: 3_000, settlesFlow: () => false, settleAfterMs: 0 })
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const passed = (name: string) => trace.flows.find((f) => f.name === name)?.steps.filter((s) => s.kind === 'expect').map((s) => s.passed)

describe('named browser contexts', () => {
  it('return to the context as it was left, and keep the others apart', () => {
    expect(trace.flows.map((f) => [f.name, f.status])).toEqual([
      ['signup', 'completed'],
      ['support', 'completed'],
      ['cancel', 'completed'],
      ['verify', 'completed'],
      ['reading', 'completed'],
    ])
    expect(passed('support')).toEqual([true])
    expect(passed('cancel')).toEqual([true, true])
    expect(passed('verify')).toEqual([true])
    expect(passed('reading')).toEqual([true])
  })

  it('are recorded in the trace, so rules group the flows as the walk ran them', () => {
    expect(trace.flows.map((f) => [f.name, f.context ?? null, f.fresh])).toEqual([
      ['signup', 'member', true],
      ['support', 'visitor', true],
      ['cancel', 'member', false],
      ['verify', 'member', false],
      ['reading', null, true],
    ])
    expect(contextChains(trace.flows).map((chain) => chain.map((f) => f.name))).toEqual([['signup', 'cancel', 'verify'], ['support'], ['reading']])
  })

  it('are shown by validate beside the flows that name them', async () => {
    const { code, stdout } = await cancelcheck(['validate', join(dir, 'contexts.yaml')])
    expect(stdout).toContain(
      'Contexts — signup (2 steps, browser: member), support (2 steps, browser: visitor), cancel (2 steps, browser: member), verify (2 steps), reading (2 steps)',
    )
    expect(code).toBe(0)
  })
})
