import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { Report } from '../../src/report/model.js'
import { auditScenarioFile } from '../helpers/audit-scenario.js'
import { maskedShare } from '../helpers/masked-pixels.js'
import { servePages } from '../helpers/serve-pages.js'

const PASSWORD = 'Redaction-Test-Pass-7719'
const CARD = '4242 4242 4242 4242'
const CVC = '737'
const TYPED_PASSWORD = 'Typed-Literal-Pass-5150'

/** A login and a checkout whose fields hold secrets. The checkout's script copies what is typed into
 * the value attributes and a live summary, as form libraries do, so the saved HTML and the page text
 * would show the values if nothing hid them. */
const PAGES: Record<string, string> = {
  '/login': `<h1>Log in</h1>
<form method="post" action="/checkout">
  <p><label for="email">Email address</label> <input id="email" name="email" type="email" autocomplete="username"></p>
  <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
  <button type="submit">Log in</button>
</form>`,
  '/checkout': `<h1>Checkout</h1>
<form method="post" action="/done">
  <p><label for="cc">Card number</label> <input id="cc" name="cardnumber" inputmode="numeric" autocomplete="cc-number"></p>
  <p><label for="cvc">Security code</label> <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" size="4"></p>
  <p><label for="confirm">Confirm your password</label> <input id="confirm" name="confirm" type="password" autocomplete="current-password"></p>
  <p><label for="note">Delivery note</label> <input id="note" name="note"></p>
  <p id="summary"></p>
  <button type="submit">Pay $9.99 now</button>
</form>
<script>
  for (const input of document.querySelectorAll('input')) {
    input.addEventListener('input', () => input.setAttribute('value', input.value))
  }
  document.querySelector('#cc').addEventListener('input', (e) => {
    document.querySelector('#summary').textContent = 'Paying with card ' + e.target.value
  })
</script>`,
  '/done': `<h1>Thank you for your order</h1><p>Your subscription is active.</p>`,
}

const scenarioYaml = (baseUrl: string) => `site: Redaction Shop
baseUrl: ${baseUrl}
flows:
  - name: signup
    steps:
      - goto: /login
      - fill: { target: { label: Email address }, value: sam@example.com }
      - fill: { target: { label: Password, exact: true }, value: "\${env.CANCELCHECK_TEST_PASSWORD}" }
      - click: { role: button, name: Log in }
  - name: checkout
    steps:
      - fill: { target: { label: Card number }, value: ${CARD} }
      - fill: { target: { label: Security code }, value: "${CVC}" }
      - fill: { target: { label: Confirm your password }, value: ${TYPED_PASSWORD} }
      - fill: { target: { label: Delivery note }, value: Leave it at the door }
      - click: { role: button, name: /^Pay/ }
      - expect: { text: Thank you for your order }
`

let outDir: string
let report: Report
const previousPassword = process.env.CANCELCHECK_TEST_PASSWORD

beforeAll(async () => {
  process.env.CANCELCHECK_TEST_PASSWORD = PASSWORD
  const served = await servePages(PAGES)
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-redaction-'))
  try {
    const scenarioDir = await mkdtemp(join(tmpdir(), 'cancelcheck-redaction-scenario-'))
    const scenarioFile = join(scenarioDir, 'shop.yaml')
    await writeFile(scenarioFile, scenarioYaml(served.baseUrl))
    report = await auditScenarioFile(scenarioFile, outDir)
    await rm(scenarioDir, { recursive: true, force: true })
  } finally {
    await served.close()
  }
}, 90_000)

afterAll(async () => {
  if (previousPassword === undefined) delete process.env.CANCELCHECK_TEST_PASSWORD
  else process.env.CANCELCHECK_TEST_PASSWORD = previousPassword
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

async function outputFiles(): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(outDir, join(e.parentPath, e.name)))
}

const isImage = (file: string) => /\.(jpe?g|png|webp)$/i.test(file)

/** The CVC is three digits, which a duration or a pixel size may contain by chance: it counts only
 * as a value, quoted or assigned. */
const CVC_AS_VALUE = new RegExp(`["'=:>]\\s*${CVC}\\s*["'<]|value=${CVC}\\b`)

describe('secrets typed into a site', () => {
  it('walks the login and the checkout to their end', () => {
    const flows = report.sites[0]!.flows
    expect(flows.map((f) => `${f.name}:${f.status}${f.error ? ` ${f.error}` : ''}`)).toEqual(['signup:completed', 'checkout:completed'])
  })

  it('never appear in any file written, with screenshots of every step', async () => {
    const files = await outputFiles()
    expect(files).toEqual(expect.arrayContaining(['report.json', 'index.html', 'junit.xml']))
    expect(files.some((f) => f.endsWith('trace.json'))).toBe(true)
    expect(files.filter((f) => f.endsWith('.html') && f.startsWith('sites/')).length).toBeGreaterThan(5)
    const leaks: string[] = []
    for (const file of files.filter((f) => !isImage(f))) {
      const text = await readFile(join(outDir, file), 'utf8')
      for (const secret of [PASSWORD, TYPED_PASSWORD, CARD, CARD.replaceAll(' ', '')]) {
        if (text.includes(secret)) leaks.push(`${file}: ${secret}`)
      }
      const cvc = CVC_AS_VALUE.exec(text)
      if (cvc) leaks.push(`${file}: CVC in …${text.slice(Math.max(0, cvc.index - 60), cvc.index + 20)}…`)
    }
    expect(leaks).toEqual([])
    const stepsWithShots = report.sites[0]!.flows.flatMap((f) => f.steps.map((s) => s.screenshot))
    expect(stepsWithShots.length).toBeGreaterThan(8)
    for (const shot of stepsWithShots) expect(files, String(shot)).toContain(shot)
  })

  it('keeps values that are not secrets, so the trace still shows what was typed', async () => {
    const trace = await readFile(join(outDir, report.sites[0]!.trace!), 'utf8')
    expect(trace).toContain('sam@example.com')
    expect(trace).toContain('Leave it at the door')
  })

  it('are masked in the screenshots, field by field', async () => {
    const trace = JSON.parse(await readFile(join(outDir, report.sites[0]!.trace!), 'utf8')) as SiteTrace
    const checkout = trace.flows.find((f) => f.name === 'checkout')!
    // The last step before paying: every field is filled and still on screen.
    const filled = checkout.steps.find((s) => s.action.startsWith('fill label "Delivery note"'))!
    const fields = ['#cc', '#cvc', '#confirm', '#note'].map((selector) => {
      const el = filled.snapshot!.elements.find((e) => e.selector === selector)
      if (!el) throw new Error(`no ${selector} in the snapshot`)
      return { selector, box: el.box }
    })
    const image = await readFile(join(outDir, filled.screenshot!))
    const { browser } = await launchBrowser(requireBrowser())
    try {
      // Off the text, inside the field: its right part, halfway down.
      const points = fields.map(({ selector, box }) => ({ id: selector, x: box.x + box.width * 0.85, y: box.y + box.height / 2, width: 1, height: 1 }))
      const shares = await maskedShare(browser, image, points)
      const colours = fields.map(({ selector }) => ({ selector, masked: shares[selector] === 1 }))
      // Playwright paints masked elements magenta.
      expect(colours).toEqual([
        { selector: '#cc', masked: true },
        { selector: '#cvc', masked: true },
        { selector: '#confirm', masked: true },
        { selector: '#note', masked: false },
      ])
    } finally {
      await browser.close()
    }
  })
})
