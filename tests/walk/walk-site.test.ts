import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
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
  '/': `<h1>Home</h1><input aria-label="Nickname"><button onclick="localStorage.setItem('member', 'yes')">Join</button>`,
  '/account': `<h1>Account</h1><p id="state"></p><script>document.getElementById('state').textContent = localStorage.getItem('member') ? 'Member since today' : 'Not a member'</script>`,
  '/copies': `<nav hidden><p>Plan ends on 1 May</p></nav><h1>Your plan</h1><p>Plan ends on 1 May</p>`,
  '/banner': `<div id="consent"><button onclick="this.parentNode.remove()">Accept cookies</button></div><h1>Pricing</h1><button>Buy</button>`,
  '/done': `<h1>Done</h1><div role="status" style="position:fixed;bottom:0" id="toast">Request received</div><script>setTimeout(() => document.getElementById('toast').remove(), 800)</script>`,
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
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-walk-'))
  const scenario: LoadedScenario = {
    file: 'walk.yaml',
    site: 'Walk test',
    baseUrl,
    secrets: ['s3cret-nick'],
    flows: [
      {
        name: 'signup',
        fresh: false,
        steps: [
          step({ goto: '/' }, 'goto /'),
          step({ fill: { target: { label: 'Nickname' }, value: 's3cret-nick' } }, 'fill label "Nickname" with "${env.NICK}"'),
          step({ click: { role: 'button', name: 'Join' } }, 'click role=button name="Join"'),
        ],
      },
      { name: 'account', fresh: false, steps: [step({ goto: '/account' }, 'goto /account'), step({ expect: { text: 'Member since' } }, 'expect')] },
      { name: 'visitor', fresh: true, steps: [step({ goto: '/account' }, 'goto /account'), step({ expect: { text: 'Member since' } }, 'expect')] },
      { name: 'broken', fresh: false, steps: [step({ goto: '/' }, 'goto /'), step({ click: { text: 'No such button' } }, 'click text="No such button"'), step({ goto: '/account' }, 'goto /account')] },
      { name: 'copies', fresh: false, steps: [step({ goto: '/copies' }, 'goto /copies'), step({ wait: { text: 'Plan ends on' } }, 'wait'), step({ expect: { text: 'Plan ends on' } }, 'expect')] },
      { name: 'cancel', fresh: false, steps: [step({ goto: '/done' }, 'goto /done')] },
      {
        name: 'goodbye',
        role: 'checkout',
        fresh: true,
        steps: [
          step({ goto: '/banner' }, 'goto /banner'),
          step({ click: { role: 'button', name: 'Accept cookies' }, optional: true }, 'click role=button name="Accept cookies"'),
          step({ click: { role: 'button', name: 'Accept cookies' }, optional: true }, 'click role=button name="Accept cookies"'),
          step({ click: { role: 'button', name: 'Buy' }, mark: 'places-order' }, 'click role=button name="Buy"'),
        ],
      },
      {
        name: 'scripted',
        fresh: false,
        script: async (page, tools) => {
          await page.goto(new URL('/banner', baseUrl).href)
          await page.getByRole('button', { name: 'Buy' }).click()
          tools.mark('places-order')
        },
      },
    ],
  }
  trace = await walkSite(browser, scenario, {
    outDir,
    siteDir: 'sites/walk-test',
    timeoutMs: 1_500,
    settlesFlow: (flow) => flow.name === 'cancel',
    settleAfterMs: 1_500,
  })
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const flow = (name: string) => trace.flows.find((f) => f.name === name)!

describe('walkSite', () => {
  it('waits for and expects the visible copy of a text the page also keeps hidden', () => {
    expect(flow('copies').status).toBe('completed')
    expect(flow('copies').steps.at(-1)?.passed).toBe(true)
  })

  it('records every step with a snapshot and a screenshot on disk', () => {
    const signup = flow('signup')
    expect(signup.status).toBe('completed')
    expect(signup.steps.map((s) => s.kind)).toEqual(['goto', 'fill', 'click'])
    for (const s of signup.steps) {
      expect(s.snapshot?.url).toMatch(/^http:\/\/127\.0\.0\.1/)
      expect(existsSync(join(outDir, s.screenshot!))).toBe(true)
      expect(existsSync(join(outDir, s.html!))).toBe(true)
    }
    expect(signup.steps[2]!.target).toMatchObject({ text: 'Join', tag: 'button' })
  })

  it('continues later flows in the same browser context, and starts a fresh one when asked', () => {
    expect(flow('account').steps[1]!.passed).toBe(true)
    expect(flow('visitor').steps[1]!.passed).toBe(false)
    expect(flow('visitor').status).toBe('completed')
  })

  it('ends a flow at its failing step, with the error and evidence, and goes on with the next flow', () => {
    const broken = flow('broken')
    expect(broken.status).toBe('failed')
    expect(broken.steps).toHaveLength(2)
    expect(broken.steps[1]!.status).toBe('failed')
    expect(broken.error).toMatch(/^step 1 \(click text="No such button"\): nothing on the page matches it after \d+ ms/)
    expect(existsSync(join(outDir, broken.steps[1]!.screenshot!))).toBe(true)
    expect(flow('cancel').status).toBe('completed')
  })

  it('looks at the last page again later, where a toast has gone', () => {
    const cancel = flow('cancel')
    expect(cancel.steps[0]!.snapshot!.texts.some((t) => t.text === 'Request received')).toBe(true)
    expect(cancel.settled?.afterMs).toBe(1_500)
    expect(cancel.settled!.snapshot.texts.some((t) => t.text === 'Request received')).toBe(false)
  })

  it('skips an optional step whose target does not show, and records it as skipped', () => {
    const goodbye = flow('goodbye')
    expect(goodbye.status).toBe('completed')
    expect(goodbye.steps.map((s) => s.status)).toEqual(['ok', 'ok', 'skipped', 'ok'])
    expect(goodbye.steps[2]).toMatchObject({ index: 2, kind: 'click', action: 'click role=button name="Accept cookies"' })
    expect(goodbye.steps[2]!.snapshot).toBeUndefined()
  })

  it('carries marks and a flow\'s role into the trace, from data steps and from scripts', () => {
    expect(flow('goodbye').role).toBe('checkout')
    expect(flow('goodbye').steps.map((s) => s.mark)).toEqual([undefined, undefined, undefined, 'places-order'])
    expect(flow('scripted').status).toBe('completed')
    expect(flow('scripted').steps.map((s) => s.mark)).toEqual([undefined, 'places-order'])
  })

  it('keeps secrets out of the trace and the saved HTML', async () => {
    expect(JSON.stringify(trace)).not.toContain('s3cret-nick')
    expect(flow('signup').steps[1]!.action).toContain('${env.NICK}')
    for (const s of flow('signup').steps) expect(await readFile(join(outDir, s.html!), 'utf8')).not.toContain('s3cret-nick')
  })
})
