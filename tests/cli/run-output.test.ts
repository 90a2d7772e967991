import { spawn } from 'node:child_process'
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { cancelcheck, PROJECT_ROOT } from '../helpers/run-cli.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

// Three small shops, each a scenario of its own: a run over them is interrupted, re-run and tidied.
const NAMES = ['Alpha', 'Bravo', 'Charlie']
let served: ServedPages
let dir: string
let scenarios: string[]

beforeAll(async () => {
  served = await servePages({
    '/': '<h1>Shop</h1><a href="/checkout">Checkout</a>',
    '/checkout': '<h1>Checkout</h1><label><input type="checkbox" checked> Add device protection (+$2.99/month)</label><button>Pay now</button>',
  })
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-run-out-'))
  scenarios = []
  for (const name of NAMES) {
    const file = join(dir, `${name.toLowerCase()}.yaml`)
    await writeFile(
      file,
      `site: ${name}\nbaseUrl: ${served.baseUrl}\nflows:\n  - name: checkout\n    steps:\n      - goto: /\n      - click: { role: link, name: Checkout }\n      - wait: { ms: 1500 }\n      - capture: summary\n`,
    )
    scenarios.push(file)
  }
})

afterAll(async () => {
  await served.close()
  await rm(dir, { recursive: true, force: true })
})

const readReport = async (out: string): Promise<Report> => JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report
const findingsOf = (report: Report) =>
  report.sites.map((site) => ({ site: site.site, findings: site.results.flatMap((r) => r.findings.map((f) => f.fingerprint)) }))
const exists = (path: string) => access(path).then(() => true, () => false)

describe('cancelcheck run and its report folder', { timeout: 240_000 }, () => {
  let whole: Report

  it('an uninterrupted run, for comparison', async () => {
    const out = join(dir, 'whole')
    const { code, stderr } = await cancelcheck(['run', ...scenarios, '--out', out, '--format', 'json', '--concurrency', '1'])
    expect(code, stderr).toBe(1)
    whole = await readReport(out)
    expect(whole.sites.map((s) => s.site)).toEqual(NAMES)
  })

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('stopped by %s, writes the sites done with their evidence and says the report is partial', async (signal, exitCode) => {
    const out = join(dir, `stopped-${signal}`)
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'run', ...scenarios, '--out', out, '--format', 'json,html', '--concurrency', '1'], { cwd: PROJECT_ROOT })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const closed = new Promise<number>((r) => child.on('close', (code) => r(code ?? -1)))
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !(await exists(join(out, 'sites', 'alpha', 'trace.json')))) await new Promise((r) => setTimeout(r, 50))
    child.kill(signal)
    expect(await closed, stderr).toBe(exitCode)
    const partial = await readReport(out)
    expect(partial.interrupted?.signal).toBe(signal)
    expect(partial.sites.map((s) => s.site)).toEqual(NAMES.slice(0, partial.sites.length))
    expect(partial.sites.length).toBeGreaterThanOrEqual(1)
    expect(partial.interrupted?.notAudited).toEqual(NAMES.slice(partial.sites.length))
    expect(partial.sites.every((s) => s.status === 'complete'), 'a cut-off site is left out, not reported as failed').toBe(true)
    expect(findingsOf(partial)).toEqual(findingsOf(whole).slice(0, partial.sites.length))
    for (const step of partial.sites.flatMap((s) => s.flows.flatMap((f) => f.steps))) expect(await exists(join(out, step.screenshot!))).toBe(true)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Partial report.')
    // Run again to the end, the report is whole and equal to an uninterrupted one.
    const again = await cancelcheck(['run', ...scenarios, '--out', out, '--format', 'json', '--concurrency', '1'])
    expect(again.code).toBe(1)
    expect(findingsOf(await readReport(out))).toEqual(findingsOf(whole))
  })

  it("keeps a user's own files in the report folder and removes only the evidence it no longer names", async () => {
    const out = join(dir, 'kept')
    await cancelcheck(['run', ...scenarios, '--out', out, '--format', 'json', '--concurrency', '1'])
    await writeFile(join(out, 'sites', 'alpha', 'my-notes.txt'), 'mine')
    await mkdir(join(out, 'sites', 'mine'))
    await writeFile(join(out, 'sites', 'mine', 'keep.txt'), 'mine')
    await writeFile(join(out, 'README.txt'), 'mine')
    const { code } = await cancelcheck(['run', scenarios[0]!, '--out', out, '--format', 'json'])
    expect(code).toBe(1)
    expect(await readFile(join(out, 'sites', 'alpha', 'my-notes.txt'), 'utf8')).toBe('mine')
    expect(await readFile(join(out, 'sites', 'mine', 'keep.txt'), 'utf8')).toBe('mine')
    expect(await readFile(join(out, 'README.txt'), 'utf8')).toBe('mine')
    // Bravo and Charlie were not walked this time: their evidence went, and their folders with it.
    expect((await readdir(join(out, 'sites'))).sort()).toEqual(['alpha', 'mine'])
  })

  it("refuses a folder of someone else's files with exit 2, touching nothing", async () => {
    const out = join(dir, 'project')
    await mkdir(join(out, 'sites'), { recursive: true })
    await writeFile(join(out, 'sites', 'index.md'), 'my site notes')
    const { code, stderr } = await cancelcheck(['run', scenarios[0]!, '--out', out])
    expect(code).toBe(2)
    expect(stderr).toMatch(/--out .*project: the folder holds files cancelcheck did not write \(sites\)/)
    expect(await readdir(out)).toEqual(['sites'])
    expect(await readdir(join(out, 'sites'))).toEqual(['index.md'])
  })
})
