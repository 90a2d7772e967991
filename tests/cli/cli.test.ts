import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/help.js'
import { closedPort } from '../helpers/closed-port.js'
import { cancelcheck, PROJECT_ROOT as root } from '../helpers/run-cli.js'

// A one-page shop with a paid add-on ticked by script, so `run` has something serious to find.
const SHOP = `<!doctype html><html lang="en"><head><title>Tiny shop</title></head><body>
<main><h1>Checkout</h1><form action="/done">
<label><input type="checkbox" id="extra"> Add gift wrap — +$4.99</label>
<label><input type="checkbox" id="same" checked> Billing address same as shipping</label>
<button type="submit">Pay now</button></form></main>
<script>document.getElementById('extra').checked = true</script></body></html>`

let server: Server
let baseUrl: string
let dir: string

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(req.url?.startsWith('/done') ? '<!doctype html><title>Thanks</title><h1>Order received</h1>' : SHOP)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-cli-'))
  await writeFile(
    join(dir, 'shop.yaml'),
    `site: Tiny shop\nbaseUrl: ${baseUrl}\nflows:\n  - name: checkout\n    steps:\n      - goto: /\n      - click: { role: button, name: Pay now }\n`,
  )
  await writeFile(
    join(dir, 'down.yaml'),
    `site: Down shop\nbaseUrl: http://127.0.0.1:${await closedPort()}\nflows:\n  - name: checkout\n    steps:\n      - goto: /\n`,
  )
  // A flow written as code, the way `npx playwright codegen` records it.
  await writeFile(
    join(dir, 'scripted.ts'),
    `import { defineScenario } from ${JSON.stringify(join(root, 'src/index.js'))}
export default defineScenario({
  site: 'Scripted shop',
  baseUrl: ${JSON.stringify(baseUrl)},
  flows: [{
    name: 'checkout',
    run: async (page, { capture }) => {
      await page.goto(${JSON.stringify(`${baseUrl}/`)})
      await capture('checkout page')
      await page.getByRole('button', { name: 'Pay now' }).click()
    },
  }],
})
`,
  )
  await writeFile(
    join(dir, 'typo.yaml'),
    `site: Typo shop\nbaseUrl: ${baseUrl}\nflows:\n  - name: checkout\n    steps:\n      - goto: /\n      - clik: { role: button, name: Pay now }\n`,
  )
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('the cancelcheck command', () => {
  it('exits 2 naming file, line and field for a misspelt action', async () => {
    const { code, stderr } = await cancelcheck(['validate', join(dir, 'typo.yaml')])
    expect(code).toBe(2)
    expect(stderr).toMatch(/typo\.yaml:7: flows\[0\]\.steps\[1\]: unknown action "clik" \(expected one of goto, click, fill/)
  })

  it('exits 2 on the same typo in run, before starting a browser', async () => {
    const { code, stderr } = await cancelcheck(['run', join(dir, 'typo.yaml'), '--out', join(dir, 'typo-report')])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown action "clik"')
  })

  it('every command answers --help with its own usage and options, and exits 0', async () => {
    for (const command of COMMANDS) {
      const { code, stdout } = await cancelcheck([command, '--help'])
      expect({ command, code }).toEqual({ command, code: 0 })
      expect(stdout).toContain(`Usage\n  cancelcheck ${command}`)
      expect(stdout).toContain('-h, --help')
      // Only its own usage line.
      const others = COMMANDS.filter((c) => c !== command)
      expect(others.filter((c) => stdout.includes(`  cancelcheck ${c} `) || stdout.endsWith(`cancelcheck ${c}\n`))).toEqual([])
    }
    const scan = (await cancelcheck(['help', 'scan'])).stdout
    expect(scan).toContain('--max-pages N')
    expect(scan).not.toContain('--from DIR')
  })

  it('exits 2 for a flag the command does not take, naming the flag, the command and who takes it', async () => {
    const other = await cancelcheck(['run', join(dir, 'shop.yaml'), '--urls', 'sites.txt'])
    expect(other.code).toBe(2)
    expect(other.stderr).toBe('cancelcheck: run does not take --urls (it is an option of scan); see cancelcheck run --help\n')
    const unknown = await cancelcheck(['rules', '--colour'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('rules does not take --colour; see cancelcheck rules --help')
    const operand = await cancelcheck(['doctor', 'now'])
    expect(operand.code).toBe(2)
    expect(operand.stderr).toContain('doctor takes no arguments, got "now"')
  })

  it('exits 2 for a bad option value', async () => {
    const { code, stderr } = await cancelcheck(['run', join(dir, 'shop.yaml'), '--fail-on', 'sometimes'])
    expect(code).toBe(2)
    expect(stderr).toContain('--fail-on: expected one of critical, serious, moderate, minor, info, got "sometimes"')
  })

  it('exits 2 for an unknown jurisdiction, naming the flag, the tag and the valid ones', async () => {
    const { code, stderr } = await cancelcheck(['run', join(dir, 'shop.yaml'), '--jurisdiction', 'eu,xx'])
    expect(code).toBe(2)
    expect(stderr).toContain('--jurisdiction: unknown jurisdiction "xx" (expected one or more of us, us-ca, us-ny, us-co, us-mn, us-ma, eu, de, uk, separated by commas)')
  })

  it('lists the rules, as JSON for machines', async () => {
    const { code, stdout } = await cancelcheck(['rules', '--json'])
    expect(code).toBe(0)
    const rules = JSON.parse(stdout) as { id: string; jurisdictions: string[] }[]
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['pre-ticked-upsell', 'forced-opt-out', 'sneak-into-basket', 'hidden-support', 'missing-confirmation', 'cancel-harder-than-signup']))
    expect(rules.find((r) => r.id === 'pre-ticked-upsell')?.jurisdictions).toEqual(['us', 'us-ca', 'eu', 'uk'])
  })

  it('lists each rule with the jurisdictions of its provisions', async () => {
    const { code, stdout } = await cancelcheck(['rules'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^id\s+severity\s+category\s+jurisdictions\s+references$/)
    expect(stdout).toMatch(/missing-confirmation\s+serious\s+obstruction\s+us,us-ca,eu,de,uk\s+BGB/)
  })

  it('doctor names the browser, its version and that it launches', async () => {
    const { code, stdout } = await cancelcheck(['doctor'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/browser: \/.+/)
    expect(stdout).toMatch(/version: \d+\./)
    expect(stdout).toMatch(/launch:  ok/)
  })

  it('run finds the pre-ticked add-on, writes the reports and exits 1', async () => {
    const out = join(dir, 'shop-report')
    const { code, stdout, stderr } = await cancelcheck(['run', join(dir, 'shop.yaml'), '--out', out])
    expect(stderr).toMatch(/Tiny shop › checkout: done in [\d.]+ s/)
    expect(code).toBe(1)
    expect(stdout).toContain('pre-ticked-upsell')
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { sites: { results: { ruleId: string; outcome: string }[] }[] }
    const outcomes = Object.fromEntries(report.sites[0]!.results.map((r) => [r.ruleId, r.outcome]))
    expect(outcomes['pre-ticked-upsell']).toBe('fail')
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Tiny shop')
  })

  it('records every action of a flow written as code as a step with its evidence', async () => {
    const out = join(dir, 'scripted-report')
    const { code, stderr } = await cancelcheck(['run', join(dir, 'scripted.ts'), '--out', out])
    expect(stderr).toMatch(/Scripted shop › checkout: done in [\d.]+ s \(3 steps\)/)
    expect(code).toBe(1)
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as {
      sites: { flows: { steps: { kind: string; action: string; screenshot?: string }[] }[] }[]
    }
    const steps = report.sites[0]!.flows[0]!.steps
    expect(steps.map((s) => s.kind)).toEqual(['goto', 'capture', 'click'])
    expect(steps[2]!.action).toContain("getByRole('button', { name: 'Pay now' })")
    for (const step of steps) expect(step.screenshot).toMatch(/\.jpg$/)
  })

  it('--json prints the report for machines instead of the summary, with its jurisdictions', async () => {
    const { code, stdout } = await cancelcheck(['run', join(dir, 'shop.yaml'), '--out', join(dir, 'json-report'), '--json', '--quiet', '--jurisdiction', 'us-ca'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as {
      schemaVersion: number
      jurisdictions: string[]
      auditDate: string
      sites: { site: string; results: { ruleId: string; findings: { references: { jurisdiction: string }[] }[] }[] }[]
    }
    expect(report.schemaVersion).toBe(1)
    expect(report.sites[0]!.site).toBe('Tiny shop')
    expect(report.jurisdictions).toEqual(['us', 'us-ca'])
    expect(report.auditDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const upsell = report.sites[0]!.results.find((r) => r.ruleId === 'pre-ticked-upsell')!
    expect(upsell.findings[0]!.references.map((r) => r.jurisdiction)).toEqual(['us', 'us-ca'])
  })

  it('--fail-on critical lets the serious finding pass the gate', async () => {
    const { code } = await cancelcheck(['run', join(dir, 'shop.yaml'), '--out', join(dir, 'gate-report'), '--fail-on', 'critical'])
    expect(code).toBe(0)
  })

  it('a site that is down makes the audit incomplete (exit 3) without losing the other site', async () => {
    const out = join(dir, 'mixed-report')
    const { code, stderr } = await cancelcheck(['run', join(dir, 'shop.yaml'), join(dir, 'down.yaml'), '--out', out])
    expect(code).toBe(3)
    expect(stderr).toMatch(/Down shop › checkout: failed/)
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { sites: { site: string; status: string; flows: { error?: string }[] }[] }
    const bySite = Object.fromEntries(report.sites.map((s) => [s.site, s]))
    expect(bySite['Tiny shop']!.status).toBe('complete')
    expect(bySite['Down shop']!.status).toBe('incomplete')
    expect(bySite['Down shop']!.flows[0]!.error).toMatch(/ERR_CONNECTION_REFUSED/)
  })
})
