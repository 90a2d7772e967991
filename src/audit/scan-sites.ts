import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import pLimit from 'p-limit'
import { z } from 'zod'
import { type SiteTrace, unwalkedSite } from '../artifacts/site-trace.js'
import { fileNamePart } from '../artifacts/file-name-part.js'
import { writeTrace } from '../artifacts/trace-files.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { closeOnAbort, connectBrowser, launchBrowser } from '../browser/launch.js'
import { type FoundBrowser, requireBrowser } from '../browser/find-browser.js'
import { inferJurisdictions } from '../discover/infer-jurisdictions.js'
import { fetchRobotsPolicy } from '../discover/robots-txt.js'
import { scanSite } from '../discover/scan-site.js'
import { urlSecrets } from '../discover/url-secrets.js'
import { type Report, type Severity, SiteReport } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { buildReport, withInterruption } from './build-report.js'
import { redactSecrets } from '../walk/secret-encodings.js'
import { judgeTrace, jurisdictionProfile } from './judge-trace.js'
import { TOOL_VERSION } from './tool-version.js'
import { errorMessage } from '../walk/error-message.js'

/** Sent with every request, so a site's operators can see who visits and why. */
export const SCAN_USER_AGENT = `Mozilla/5.0 (compatible; cancelcheck/${TOOL_VERSION}; +https://www.npmjs.com/package/cancelcheck)`

/** Each line of `results.jsonl`: one site, judged, written the moment it is done. Self-describing, so
 * a shard's folder can be merged with others made by the same version. */
export const ScanResultLine = z.object({
  v: z.literal(1),
  tool: z.string(),
  /** The site's position in the whole URL list, shards included: merging restores this order. */
  index: z.number().int().nonnegative(),
  url: z.string(),
  site: SiteReport,
})
export type ScanResultLine = z.infer<typeof ScanResultLine>

export const RESULTS_FILE = 'results.jsonl'

export interface ScanOptions {
  outDir: string
  timeoutMs: number
  concurrency: number
  failOn: Severity
  jurisdictions?: readonly string[]
  rules: readonly Rule[]
  /** The local Chromium; not needed with `browserEndpoint`. */
  browser?: FoundBrowser
  /** A Playwright browser server to use instead of launching Chromium here. */
  browserEndpoint?: string
  /** Skip sites whose line is already in results.jsonl. */
  resume: boolean
  robots: boolean
  maxPages: number
  /** Per site, for everything from the first page to the last. */
  budgetMs: number
  /** Where each URL was written (by its position in `urls`): the list file and line, which SARIF
   * gives as the location of the site's findings. */
  listedAt?: ReadonlyArray<SiteReport['listedAt']>
  /** `{ index: 1, count: 4 }` scans the first of four slices of the list. */
  shard?: { index: number; count: number }
  log: (line: string) => void
  progress: (line: string) => void
  /** Aborted by SIGINT or SIGTERM: no site starts after it, and the sites it cut off are not
   * recorded, so `resume` scans them again. */
  signal?: AbortSignal
}

/** The sites of one shard: every `count`-th site, so slow and fast sites spread evenly and the
 * slices stay the same whoever computes them. */
export function shardOf<T>(items: readonly T[], shard: { index: number; count: number } | undefined): Array<{ item: T; index: number }> {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ index }) => !shard || index % shard.count === shard.index - 1)
}

export const scanSiteDir = (index: number, url: string): string =>
  `sites/${String(index + 1).padStart(4, '0')}-${fileNamePart(new URL(url).host)}`

/** Scans every site of the list (or of this shard), `concurrency` at a time, appending each judged
 * site to results.jsonl as it finishes: a crash or Ctrl-C loses only the sites in flight, and
 * `resume` picks up from there. The report is built from the file, so an interrupted and resumed scan
 * gives the same report as an uninterrupted one. */
export async function scanSites(urls: readonly string[], options: ScanOptions): Promise<Report> {
  await mkdir(options.outDir, { recursive: true })
  const resultsFile = join(options.outDir, RESULTS_FILE)
  const done = options.resume ? await readResults(resultsFile) : new Map<number, ScanResultLine>()
  const record = resultsRecorder(resultsFile, options.resume)
  const mine = shardOf(urls, options.shard)
  const todo = mine.filter(({ index }) => !done.has(index))
  if (done.size > 0) options.log(`cancelcheck scan: resuming, ${mine.length - todo.length} of ${mine.length} sites already done`)

  const profile = jurisdictionProfile(options)
  const { browser } = options.browserEndpoint ? await connectBrowser(options.browserEndpoint) : await launchBrowser(options.browser ?? requireBrowser())
  const stopWatching = closeOnAbort(browser, options.signal)
  const limit = pLimit(Math.max(1, options.concurrency))
  const started = Date.now()
  let finished = 0
  let failed = 0
  try {
    await Promise.all(
      todo.map(({ item: url, index }) =>
        limit(async () => {
          if (options.signal?.aborted) return
          const siteDir = scanSiteDir(index, url)
          const scanned = await scanOne(browser, url, siteDir, options)
          // Where the site sells decides which law it is read under; a site that shows nothing keeps them all.
          const inferred = inferJurisdictions(scanned)
          const trace = inferred ? { ...scanned, jurisdictionsInferred: inferred } : scanned
          // A site the signal cut off is not a result: recorded, `resume` would skip it for ever.
          if (options.signal?.aborted) return
          await mkdir(join(options.outDir, siteDir), { recursive: true })
          const tracePath = await writeTrace(options.outDir, siteDir, trace)
          const judged = judgeTrace(trace, options.rules, profile, tracePath)
          const listedAt = options.listedAt?.[index]
          const site = listedAt ? { ...judged, listedAt } : judged
          const line: ScanResultLine = { v: 1, tool: TOOL_VERSION, index, url: redactSecrets(url, urlSecrets(url)), site }
          await record(line)
          done.set(index, line)
          finished += 1
          if (site.status === 'incomplete') failed += 1
          options.progress(progressLine(finished, todo.length, failed, started, `${site.site} ${site.status === 'complete' ? 'done' : `incomplete${site.error ? `: ${site.error}` : ''}`}`))
        }),
      ),
    )
  } finally {
    stopWatching()
    await browser.close().catch(() => undefined)
  }
  const sites = mine.map(({ index }) => done.get(index)?.site).filter((s): s is SiteReport => s !== undefined)
  const report = buildReport(sites, options.rules, { failOn: options.failOn, ...profile })
  return withInterruption(report, options.signal, mine.filter(({ index }) => !done.has(index)).map(({ item }) => item))
}

/** Appends each result line as it comes. A scan that does not resume starts the file afresh, but only
 * with its first result: until then an earlier scan's progress stays whole, so an interruption before
 * any site is done leaves it resumable. Writes are chained so that lines never interleave. */
function resultsRecorder(file: string, resume: boolean): (line: ScanResultLine) => Promise<void> {
  let fresh = !resume
  let queue = Promise.resolve()
  return (line) => {
    const text = `${JSON.stringify(line)}\n`
    queue = queue.then(async () => {
      if (fresh) await writeFileAtomic(file, text)
      else await appendFile(file, text)
      fresh = false
    })
    return queue
  }
}

async function scanOne(browser: Awaited<ReturnType<typeof launchBrowser>>['browser'], url: string, siteDir: string, options: ScanOptions): Promise<SiteTrace> {
  const origin = new URL(url).origin
  /** A site that could not be scanned is still a line of the report, saying why. */
  const secrets = urlSecrets(url)
  const refused = (error: string): SiteTrace =>
    unwalkedSite({ site: new URL(url).host, baseUrl: `${origin}/`, mode: 'scan' }, redactSecrets(error, secrets))
  try {
    let mayVisit: ((url: string) => boolean) | undefined
    if (options.robots) {
      const robots = await fetchRobotsPolicy(origin, SCAN_USER_AGENT, options.timeoutMs)
      mayVisit = robots.allows
      if (robots.unreadable) return refused(`robots.txt of ${origin} could not be read (${robots.unreadable}), which counts as "do not crawl" (use --ignore-robots for a site you may scan)`)
      if (!robots.allows(url)) return refused(`robots.txt of ${origin} does not allow this page (use --ignore-robots for a site you may scan)`)
    }
    return await scanSite(browser, url, {
      outDir: options.outDir,
      siteDir,
      timeoutMs: options.timeoutMs,
      maxPages: options.maxPages,
      maxDepth: 3,
      budgetMs: options.budgetMs,
      userAgent: SCAN_USER_AGENT,
      mayVisit,
      secrets,
    })
  } catch (err) {
    return refused(errorMessage(err))
  }
}

/** Lines that do not parse (the last one, cut off by a crash) are dropped: that site runs again. */
export async function readResults(file: string): Promise<Map<number, ScanResultLine>> {
  const results = new Map<number, ScanResultLine>()
  let text = ''
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return results
  }
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue
    try {
      const parsed = ScanResultLine.safeParse(JSON.parse(raw))
      if (parsed.success) results.set(parsed.data.index, parsed.data)
    } catch {
      // a half-written line
    }
  }
  return results
}

function progressLine(done: number, total: number, failed: number, started: number, last: string): string {
  const elapsed = Date.now() - started
  const eta = done < total ? ` · ETA ${formatEta((elapsed / done) * (total - done))}` : ''
  return `[${done}/${total}]${failed > 0 ? ` ${failed} incomplete ·` : ''} ${last}${eta}`
}

const formatEta = (ms: number): string => (ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`)
