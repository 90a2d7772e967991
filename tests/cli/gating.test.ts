import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { cancelcheck } from '../helpers/run-cli.js'

// A checkout with one paid add-on ticked by script; switched to "changed", it ticks a second one,
// the kind of change a deploy slips in. The billing box is a decoy ticked in both.
const checkout = (changed: boolean) => `<!doctype html><html lang="en"><head><title>Tiny shop</title></head><body>
<main><h1>Checkout</h1><form action="/done">
<label><input type="checkbox" id="wrap"> Add gift wrap — +$4.99</label>
${changed ? '<label><input type="checkbox" id="care"> Add accidental damage cover — +$12.99</label>' : ''}
<label><input type="checkbox" checked> Billing address same as shipping</label>
<button type="submit">Pay now</button></form></main>
<script>document.querySelectorAll('#wrap, #care').forEach(function (box) { box.checked = true })</script></body></html>`

let server: Server
let changed = false
let dir: string
let scenario: string

const readReport = async (out: string): Promise<Report> => JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report
const findingsOf = (report: Report) => report.sites.flatMap((s) => s.results.filter((r) => r.outcome === 'fail').flatMap((r) => r.findings))
const exists = (path: string) => access(path).then(() => true, () => false)

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(req.url?.startsWith('/done') ? '<!doctype html><title>Thanks</title><h1>Order received</h1>' : checkout(changed))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-gating-'))
  scenario = join(dir, 'shop.yaml')
  await writeFile(scenario, `site: Tiny shop\nbaseUrl: ${baseUrl}\nflows:\n  - name: checkout\n    steps:\n      - goto: /\n      - click: { role: button, name: Pay now }\n`)
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('gating a build on new findings', () => {
  it('a first run fails on the add-on and writes every default format', async () => {
    const out = join(dir, 'first')
    const { code, stdout } = await cancelcheck(['run', scenario, '--out', out])
    expect(code).toBe(1)
    for (const file of ['index.html', 'report.json', 'report.sarif', 'junit.xml']) expect(await exists(join(out, file))).toBe(true)
    expect(await exists(join(out, 'report.pdf'))).toBe(false)
    expect(stdout).toContain(`${out}/report.sarif`)
    const findings = findingsOf(await readReport(out)).filter((f) => f.ruleId === 'pre-ticked-upsell')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.fingerprint).toMatch(/^[0-9a-f]{20}:1$/)
  })

  it('a second run with the first as baseline reports 0 new and exits 0', async () => {
    const out = join(dir, 'second')
    const { code, stdout } = await cancelcheck(['run', scenario, '--out', out, '--baseline', join(dir, 'first', 'report.json')])
    expect(stdout).toMatch(/Compared with .*first\/report\.json: 0 new, \d+ unchanged, 0 fixed/)
    expect(code).toBe(0)
    const report = await readReport(out)
    expect(new Set(findingsOf(report).map((f) => f.baseline))).toEqual(new Set(['unchanged']))
    expect(report.baseline).toMatchObject({ newCount: 0, fixed: [] })
  })

  it('after the page changes, reports exactly the new finding and exits 1', async () => {
    changed = true
    try {
      const out = join(dir, 'changed')
      const { code, stdout } = await cancelcheck(['run', scenario, '--out', out, '--baseline', join(dir, 'first', 'report.json')])
      expect(code).toBe(1)
      expect(stdout).toMatch(/: 1 new, \d+ unchanged, 0 fixed/)
      expect(stdout).toMatch(/new .*accidental damage cover/i)
      const fresh = findingsOf(await readReport(out)).filter((f) => f.baseline === 'new')
      expect(fresh).toHaveLength(1)
      expect(fresh[0]!.evidence.text).toMatch(/accidental damage cover/i)
      // The baseline turned around: the extra add-on is gone again, which is a fix, not a failure.
      const back = await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', join(dir, 'back'), '--baseline', join(out, 'report.json')])
      expect(back.stdout).toMatch(/: 0 new, \d+ unchanged, 1 fixed/)
      expect(back.code).toBe(0)
    } finally {
      changed = false
    }
  })

  it('a baseline that is not a report is a usage error naming the file', async () => {
    const notReport = join(dir, 'not-a-report.json')
    await writeFile(notReport, '{"sites": 3}')
    const bad = await cancelcheck(['run', scenario, '--out', join(dir, 'bad'), '--baseline', notReport])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`--baseline ${notReport}:`)
    const missing = await cancelcheck(['audit', '--from', join(dir, 'first'), '--baseline', join(dir, 'nope.json')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json: expected a report.json written by cancelcheck (no such file)')
  })
})

describe('rule levels in a config file', () => {
  it('warn keeps the findings but not the failure; off does not run the rule', async () => {
    await writeFile(join(dir, 'cancelcheck.config.json'), JSON.stringify({ rules: { 'pre-ticked-upsell': 'warn', 'missing-confirmation': 'off', 'slow-step': 'off' } }))
    // Found in the working directory, as ESLint and Lighthouse CI find theirs.
    const { code, stdout } = await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', join(dir, 'warned')], { cwd: dir })
    expect(code).toBe(0)
    expect(stdout).toMatch(/pre-ticked-upsell\s+1 indicator\s+serious\s+warn only/)
    const report = await readReport(join(dir, 'warned'))
    expect(report.warnOnly).toEqual(['pre-ticked-upsell'])
    expect(report.rules.map((r) => r.id)).not.toContain('slow-step')
    expect(report.sites[0]!.results.map((r) => r.ruleId)).not.toContain('missing-confirmation')
    await rm(join(dir, 'cancelcheck.config.json'))
  })

  it('a wrong level or an unknown rule is a usage error naming file and field', async () => {
    const config = join(dir, 'levels.json')
    await writeFile(config, JSON.stringify({ rules: { nagging: 'warning' } }))
    const level = await cancelcheck(['audit', '--from', join(dir, 'first'), '--config', config])
    expect(level.code).toBe(2)
    expect(level.stderr).toContain(`${config}: rules.nagging: expected one of "off", "warn", "error"`)
    await writeFile(config, JSON.stringify({ rules: { 'no-such-rule': 'off' } }))
    const unknown = await cancelcheck(['audit', '--from', join(dir, 'first'), '--config', config])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(`${config}: rules.no-such-rule: no rule has this id`)
  })
})

describe('formats and re-audits', () => {
  it('--format writes just the formats asked for, and rejects unknown ones', async () => {
    const out = join(dir, 'sarif-only')
    const { code } = await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', out, '--format', 'sarif,json'])
    expect(code).toBe(1)
    expect(await exists(join(out, 'report.sarif'))).toBe(true)
    expect(await exists(join(out, 'report.json'))).toBe(true)
    expect(await exists(join(out, 'index.html'))).toBe(false)
    const bad = await cancelcheck(['audit', '--from', join(dir, 'first'), '--format', 'html,docx'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--format: expected a comma-separated list of html, json, sarif, junit, csv, pdf, markdown, got "html,docx"')
  })

  it('a format that cannot be written exits 2, says so even with --quiet, and the others still write', async () => {
    const out = join(dir, 'unwritable')
    // A folder where junit.xml should go makes the JUnit reporter fail.
    await mkdir(join(out, 'junit.xml'), { recursive: true })
    await writeFile(join(out, '.cancelcheck'), '')
    const { code, stderr } = await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', out, '--quiet', '--fail-on', 'critical'])
    expect(stderr).toMatch(/the junit report could not be written: .*EISDIR/)
    expect(code).toBe(2)
    for (const file of ['index.html', 'report.json', 'report.sarif']) expect(await exists(join(out, file))).toBe(true)
  })

  it('audit --from re-runs the rules on saved traces without a browser', async () => {
    const out = join(dir, 'reaudit')
    const { code } = await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', out], {
      env: { CANCELCHECK_BROWSER: '/nonexistent/chromium', PATH: '/nonexistent' },
    })
    expect(code).toBe(1)
    const [before, after] = [await readReport(join(dir, 'first')), await readReport(out)]
    expect(findingsOf(after).map((f) => f.fingerprint)).toEqual(findingsOf(before).map((f) => f.fingerprint))
    // The evidence travels with the report, so its screenshots still open.
    const screenshot = findingsOf(after)[0]!.evidence.screenshot!
    expect(await exists(join(out, screenshot))).toBe(true)
  })

  it('audit --from a folder holding only the traces of a run writes its report there', async () => {
    const traces = join(dir, 'traces-only')
    await cp(join(dir, 'first', 'sites'), join(traces, 'sites'), { recursive: true })
    const { code, stderr } = await cancelcheck(['audit', '--from', traces, '--format', 'json'])
    expect(code, stderr).toBe(1)
    expect(findingsOf(await readReport(traces)).length).toBeGreaterThan(0)
  })

  it('audit --from a folder with no traces says what it expected', async () => {
    const { code, stderr } = await cancelcheck(['audit', '--from', join(dir, 'nothing-here')])
    expect(code).toBe(2)
    expect(stderr).toContain('no sites/*/trace.json found (expected the report folder of an earlier cancelcheck run)')
  })

  it('--single-file inlines the screenshots into index.html', async () => {
    const out = join(dir, 'single')
    await cancelcheck(['audit', '--from', join(dir, 'first'), '--out', out, '--single-file', '--format', 'html'])
    const markup = await readFile(join(out, 'index.html'), 'utf8')
    expect(markup).toContain('src="data:image/jpeg;base64,')
    expect(markup).not.toMatch(/src="sites\//)
  })

  it('--trace keeps a Playwright trace per flow', async () => {
    const out = join(dir, 'traced')
    await cancelcheck(['run', scenario, '--out', out, '--trace', '--format', 'json'])
    const flow = (await readReport(out)).sites[0]!.flows[0]!
    expect(flow.playwrightTrace).toMatch(/01-checkout\.playwright-trace\.zip$/)
    const zip = await readFile(join(out, flow.playwrightTrace!))
    expect(zip.subarray(0, 2).toString()).toBe('PK')
  })
})
