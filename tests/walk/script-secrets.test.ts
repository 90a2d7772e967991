// A flow script types its secrets itself, read from process.env or written in the code: they are
// scrubbed and masked like a scenario's, while other typed values stay readable.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { LoadedScenario } from '../../src/scenario/loaded-scenario.js'
import { secretEncodings } from '../../src/walk/secret-encodings.js'
import { walkSite } from '../../src/walk/walk-site.js'
import { maskedShare } from '../helpers/masked-pixels.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

const PASSWORD = 'Scripted p@ss #9'
const TOKEN = 'env-token-5521'
const NICKNAME = 'Sunny-Day-7'

const PAGES: Record<string, string> = {
  '/login': `<form method="get" action="/next">
  <p><label for="pw">Password</label> <input id="pw" name="pw" type="password"></p>
  <p><label for="token">Invite code</label> <input id="token" name="invite"></p>
  <p><label for="nick">Nickname</label> <input id="nick" name="nick"></p>
  <button>Go</button>
</form>`,
  '/next': `<p>Password <span id="pw-echo"></span></p><p>Invite <span id="token-echo"></span></p><p>Hello <span id="nick-echo"></span></p>
<script>
  const q = new URLSearchParams(location.search)
  document.querySelector('#pw-echo').textContent = q.get('pw')
  document.querySelector('#token-echo').textContent = q.get('invite')
  document.querySelector('#nick-echo').textContent = q.get('nick')
</script>`,
}

let served: ServedPages
let browser: Browser
let outDir: string
let trace: SiteTrace
let traceText: string
const previousToken = process.env.CANCELCHECK_TEST_SCRIPT_TOKEN

beforeAll(async () => {
  process.env.CANCELCHECK_TEST_SCRIPT_TOKEN = TOKEN
  served = await servePages(PAGES)
  ;({ browser } = await launchBrowser(requireBrowser()))
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-script-secrets-'))
  const scenario: LoadedScenario = {
    file: 'script.ts',
    site: 'Scripted',
    baseUrl: served.baseUrl,
    secrets: [],
    flows: [
      {
        name: 'signup',
        fresh: false,
        script: async (page) => {
          await page.goto(`${served.baseUrl}/login`)
          await page.getByLabel('Password').fill(PASSWORD)
          await page.getByLabel('Invite code').fill(process.env.CANCELCHECK_TEST_SCRIPT_TOKEN!)
          await page.getByLabel('Nickname').fill(NICKNAME)
          await page.getByRole('button', { name: 'Go' }).click()
        },
      },
    ],
  }
  trace = await walkSite(browser, scenario, { outDir, siteDir: 'sites/scripted', timeoutMs: 5_000, settlesFlow: () => false, settleAfterMs: 0 })
  traceText = JSON.stringify(trace)
}, 60_000)

afterAll(async () => {
  if (previousToken === undefined) delete process.env.CANCELCHECK_TEST_SCRIPT_TOKEN
  else process.env.CANCELCHECK_TEST_SCRIPT_TOKEN = previousToken
  await browser?.close()
  await served?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

describe('values a flow script types', () => {
  it('walks the script to its end', () => {
    expect(trace.flows[0]!.status, trace.flows[0]!.error).toBe('completed')
  })

  it('scrubs one typed into a password field and one read from the environment, and keeps the rest', async () => {
    const last = trace.flows[0]!.steps.at(-1)!
    const html = await readFile(join(outDir, last.html!), 'utf8')
    for (const secret of [PASSWORD, TOKEN]) {
      for (const spelling of secretEncodings(secret)) {
        expect(traceText).not.toContain(spelling)
        expect(html).not.toContain(spelling)
      }
    }
    expect(last.url).toContain('pw=•••&invite=•••&nick=Sunny-Day-7')
    expect(html).toContain(NICKNAME)
  })

  it('masks them where the next page shows them', async () => {
    const last = trace.flows[0]!.steps.at(-1)!
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    let boxes
    try {
      await page.goto(`${served.baseUrl}/next?${new URLSearchParams({ pw: PASSWORD, invite: TOKEN, nick: NICKNAME })}`)
      boxes = await Promise.all(['pw-echo', 'token-echo', 'nick-echo'].map(async (id) => ({ id, ...(await page.locator(`#${id}`).boundingBox())! })))
    } finally {
      await page.close()
    }
    const shares = await maskedShare(browser, await readFile(join(outDir, last.screenshot!)), boxes)
    expect(shares['pw-echo']).toBeGreaterThan(0.9)
    expect(shares['token-echo']).toBeGreaterThan(0.9)
    expect(shares['nick-echo']).toBe(0)
  })
})
