import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserServer } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { CHROMIUM_ARGS } from '../../src/browser/launch.js'
import type { Report } from '../../src/report/model.js'
import { cancelcheck, PROJECT_ROOT } from '../helpers/run-cli.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

// Four small sites: a scan's orchestration (shards, resume, a remote browser) is what is tested here,
// not how well discovery finds pages, so each has a footer with help and signup links.
const footer = '<footer><a href="/help">Help</a> · <a href="/signup">Sign up</a></footer>'
const shop = (name: string, addonTicked: boolean) => ({
  '/': `<h1>${name}</h1><p>Streaming for everyone.</p>${footer}`,
  '/help': `<h1>Help centre</h1><p>To cancel, call us on 0800 123 456.</p><p>Write to help@${name.toLowerCase()}.example.</p>${footer}`,
  '/signup': `<h1>Sign up</h1><form><label><input type="checkbox" id="addon"${addonTicked ? ' checked' : ''}> Add device protection — +$2.99/mo</label><button type="button">Continue</button></form>${footer}`,
})
const SITES = [shop('Alpha', true), shop('Bravo', false), shop('Charlie', true), shop('Delta', false)]

let served: ServedPages[] = []
let dir: string
let urls: string[]

beforeAll(async () => {
  served = await Promise.all(SITES.map((pages) => servePages(pages)))
  urls = served.map((s) => `${s.baseUrl}/`)
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-scan-'))
  await writeFile(join(dir, 'sites.txt'), `# the sites\n${urls.join('\n')}\n`)
})

afterAll(async () => {
  await Promise.all(served.map((s) => s.close()))
  if (dir) await rm(dir, { recursive: true, force: true })
})

const readReport = async (out: string): Promise<Report> => JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report

/** What must be equal between two scans of the same sites: which sites, in which order, and every
 * rule's outcome and findings (not timings). */
const essence = (report: Report) =>
  report.sites.map((site) => ({
    site: site.site,
    status: site.status,
    results: site.results.map((r) => ({ rule: r.ruleId, outcome: r.outcome, findings: r.findings.map((f) => f.fingerprint) })),
  }))

const scanArgs = (out: string, ...more: string[]) => ['scan', '--urls', join(dir, 'sites.txt'), '--out', out, '--format', 'json,html', '--concurrency', '2', ...more]

// Each test runs the real command line over several sites, a shard pair or a kill and resume.
describe('cancelcheck scan', { timeout: 240_000 }, () => {
  let whole: Report

  it('scans every site of a list, in its order, and writes results as it goes', async () => {
    const out = join(dir, 'whole')
    const { code, stderr } = await cancelcheck(scanArgs(out))
    expect(code, stderr).toBe(1)
    expect(stderr).toMatch(/\[4\/4\]/)
    whole = await readReport(out)
    expect(whole.sites.map((s) => s.baseUrl)).toEqual(urls)
    expect(whole.sites.every((s) => s.mode === 'scan')).toBe(true)
    // Where code scanning shows each site's findings: its line in the list, which lies outside the
    // folder the scan ran in, so by its absolute path.
    expect(whole.sites.map((s) => s.listedAt)).toEqual(urls.map((_, i) => ({ file: join(dir, 'sites.txt'), line: i + 2 })))
    const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(4)
  })

  it('two shards merged equal one unsharded run', async () => {
    for (const shard of ['1/2', '2/2']) {
      const { code, stderr } = await cancelcheck(scanArgs(join(dir, `shard-${shard[0]}`), '--shard', shard))
      expect([0, 1], stderr).toContain(code)
    }
    const first = await readReport(join(dir, 'shard-1'))
    expect(first.sites.map((s) => s.baseUrl)).toEqual([urls[0], urls[2]])
    const merged = join(dir, 'merged')
    const { code } = await cancelcheck(['merge', join(dir, 'shard-1'), join(dir, 'shard-2'), '--out', merged, '--format', 'json,html'])
    expect(code).toBe(1)
    expect(essence(await readReport(merged))).toEqual(essence(whole))
  })

  it('killed midway and run again with --resume, gives the same report', async () => {
    const out = join(dir, 'resumed')
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...scanArgs(out, '--concurrency', '1')], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
    })
    // Interrupted once the first site is on disk.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const text = await readFile(join(out, 'results.jsonl'), 'utf8').catch(() => '')
      if (text.split('\n').filter(Boolean).length >= 1) break
      await new Promise((r) => setTimeout(r, 100))
    }
    child.kill('SIGKILL')
    await new Promise((r) => child.on('close', r))
    const partial = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter(Boolean).length
    expect(partial).toBeGreaterThanOrEqual(1)
    expect(partial).toBeLessThan(4)
    const { code, stderr } = await cancelcheck(scanArgs(out, '--resume'))
    expect(code).toBe(1)
    expect(stderr).toMatch(/resuming, \d of 4 sites already done/)
    expect(essence(await readReport(out))).toEqual(essence(whole))
  })

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('stopped by %s, records no cut-off site, says how to resume, and resumes to the same report', async (signal, exitCode) => {
    const out = join(dir, `stopped-${signal}`)
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...scanArgs(out, '--concurrency', '1')], { cwd: PROJECT_ROOT })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const closed = new Promise<number>((r) => child.on('close', (code) => r(code ?? -1)))
    // Sent once the first site is on disk, while the second is being walked.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !(await readFile(join(out, 'results.jsonl'), 'utf8').catch(() => '')).trim()) {
      await new Promise((r) => setTimeout(r, 50))
    }
    child.kill(signal)
    expect(await closed, stderr).toBe(exitCode)
    const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { site: Report['sites'][number] })
    expect(lines.length).toBeGreaterThanOrEqual(1)
    expect(lines.length).toBeLessThan(4)
    expect(lines.every((l) => l.site.status === 'complete'), 'a cut-off site is not recorded').toBe(true)
    const partial = await readReport(out)
    expect(partial.interrupted).toEqual({ signal, notAudited: urls.slice(lines.length) })
    expect(stderr).toContain(`stopped by ${signal}`)
    expect(stderr).toMatch(/cancelcheck scan --urls \S+ --out \S+ .*--resume/)
    const { code } = await cancelcheck(scanArgs(out, '--resume'))
    expect(code).toBe(1)
    const resumed = await readReport(out)
    expect(resumed.interrupted).toBeUndefined()
    expect(essence(resumed)).toEqual(essence(whole))
  })

  it('started afresh, keeps the earlier progress until it has a site of its own', async () => {
    const out = join(dir, 'resumed')
    const before = await readFile(join(out, 'results.jsonl'), 'utf8')
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...scanArgs(out, '--concurrency', '1')], { cwd: PROJECT_ROOT, stdio: 'ignore' })
    await new Promise((r) => setTimeout(r, 1_500))
    child.kill('SIGTERM')
    await new Promise((r) => child.on('close', r))
    const after = await readFile(join(out, 'results.jsonl'), 'utf8')
    // Either nothing was done yet (the earlier file is whole) or the new scan's first site replaced it.
    if (after !== before) expect(after.split('\n').filter(Boolean)).toHaveLength(1)
    else expect(before.split('\n').filter(Boolean)).toHaveLength(4)
  })

  it('uses a remote browser given by --browser-endpoint', async () => {
    const server: BrowserServer = await chromium.launchServer({ executablePath: requireBrowser().executablePath, args: CHROMIUM_ARGS, headless: true })
    try {
      const out = join(dir, 'remote')
      const { stderr } = await cancelcheck(['scan', urls[0]!, '--out', out, '--format', 'json', '--browser-endpoint', server.wsEndpoint()])
      const report = await readReport(out)
      expect(report.sites[0]!.status, stderr).toBe('complete')
      expect(essence(report)[0]).toEqual(essence(whole)[0])
    } finally {
      await server.close()
    }
  })

  it('honours robots.txt unless told otherwise', async () => {
    const closed = await servePages({
      '/': `<h1>Private</h1>${footer}`,
      '/help': `<h1>Help</h1><p>Write to help@private.example.</p>`,
      '/signup': `<h1>Sign up</h1><label>Email <input type="email"></label>`,
      '/robots.txt': 'User-agent: *\nDisallow: /',
    })
    try {
      const out = join(dir, 'robots')
      const { code } = await cancelcheck(['scan', `${closed.baseUrl}/`, '--out', out, '--format', 'json'])
      expect(code).toBe(3)
      expect((await readReport(out)).sites[0]!.error).toMatch(/robots\.txt .* does not allow this page/)
      await cancelcheck(['scan', `${closed.baseUrl}/`, '--out', out, '--format', 'json', '--ignore-robots'])
      expect((await readReport(out)).sites[0]!.status).toBe('complete')
    } finally {
      await closed.close()
    }
  })

  it('names a site by its address and records its steps as a walk does: a broken help link fails its flow', async () => {
    const paths = await servePages({
      '/shop': `<h1>Shop</h1><footer><a href="/shop/help">Help</a></footer>`,
      '/other': `<h1>Other shop</h1>`,
    })
    try {
      const out = join(dir, 'paths')
      await cancelcheck(['scan', `${paths.baseUrl}/shop`, `${paths.baseUrl}/other`, '--out', out, '--format', 'json'])
      const report = await readReport(out)
      expect(report.sites.map((s) => s.site)).toEqual([`${new URL(paths.baseUrl).host}/shop`, `${new URL(paths.baseUrl).host}/other`])
      const support = report.sites[0]!.flows.find((f) => f.name === 'support')
      expect(support?.status).toBe('failed')
      expect(support?.error).toMatch(/HTTP 404/)
    } finally {
      await paths.close()
    }
  })

  it('never opens a page robots.txt disallows, nor follows a link to one', async () => {
    const partly = await servePages({ ...SITES[0], '/robots.txt': 'User-agent: *\nDisallow: /help\n' })
    try {
      const out = join(dir, 'robots-help')
      await cancelcheck(['scan', `${partly.baseUrl}/`, '--out', out])
      // A scan writes the spreadsheet table besides the default formats.
      expect((await readFile(join(out, 'sites.csv'), 'utf8')).split('\r\n')[1]).toMatch(/^127\.0\.0\.1:\d+,http/)
      const site = (await readReport(out)).sites[0]!
      expect(site.status).toBe('complete')
      const visited = site.flows.flatMap((f) => f.steps.map((s) => new URL(s.url).pathname))
      expect(visited).toContain('/signup')
      expect(visited).not.toContain('/help')
    } finally {
      await partly.close()
    }
  })

  it('reads a robots.txt that errs as "do not crawl", and says so', async () => {
    const { createServer } = await import('node:http')
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/robots.txt' ? 503 : 200, { 'content-type': 'text/html' })
      res.end('<h1>Busy</h1>')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const out = join(dir, 'robots-503')
      const port = (server.address() as { port: number }).port
      await cancelcheck(['scan', `http://127.0.0.1:${port}/`, '--out', out, '--format', 'json'])
      expect((await readReport(out)).sites[0]!.error).toMatch(/robots\.txt of .* could not be read \(it answered HTTP 503\), which counts as "do not crawl"/)
    } finally {
      await new Promise((r) => server.close(r))
    }
  })

  it('names the file and line of a URL it cannot read', async () => {
    await writeFile(join(dir, 'bad.txt'), 'https://ok.example\nnot a url at all\n')
    const { code, stderr } = await cancelcheck(['scan', '--urls', join(dir, 'bad.txt')])
    expect(code).toBe(2)
    expect(stderr).toContain(`${join(dir, 'bad.txt')}:2: expected a site URL such as https://shop.example, got "not a url at all"`)
  })
})
