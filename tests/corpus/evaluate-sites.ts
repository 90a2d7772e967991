/** Walks the third-party corpus and scores the findings against its ground truth:
 *
 *   npm run eval:sites [-- --json] [--site <id prefix>]... [--out reports/corpus] [--reaudit]
 *
 * `--reaudit` runs the current rules on the traces the last walk saved in --out (`cancelcheck audit
 * --from`): seconds instead of minutes, for rule changes; capture changes need a new walk.
 *
 * Sites are exported from git mirrors and built outside the project the first time
 * (tests/corpus/README.md), served on 127.0.0.1 and audited by `cancelcheck run`, as a user would,
 * in a browser that resolves no host but 127.0.0.1. Exit code 2 for bad usage or a bad site file. */
import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { Report } from '../../src/report/model.js'
import { writeFileAtomic } from '../../src/artifacts/write-atomic.js'
import { prepareSite, type CorpusPlaces } from './prepare-site.js'
import { readSiteFiles, SiteFileError, type SiteFile } from './site-file.js'
import { scoreSites, type SiteScores, type Tally } from './score-sites.js'
import { serveSite, type ServedSite } from './serve-site.js'
import { PROJECT } from './site-processes.js'


async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      site: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: join(PROJECT, 'reports/corpus') },
      reaudit: { type: 'boolean', default: false },
    },
  })
  const places: CorpusPlaces = {
    mirrors: process.env.CORPUS_MIRRORS ?? '/work/.mirror',
    corpusDir: resolve(process.env.CORPUS_DIR ?? join(PROJECT, '../corpus')),
  }
  if (places.corpusDir.startsWith(`${PROJECT}/`)) throw new SiteFileError(`CORPUS_DIR must be outside the project, got ${places.corpusDir}`)
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const sites = await readSiteFiles(values.site)
  if (!sites.length) throw new SiteFileError(`no site file in tests/corpus/sites matches ${values.site.join(', ') || 'anything'}`)

  if (values.reaudit) {
    const exit = await spawnCancelcheck(['audit', '--from', values.out, '--format', 'json,html'], {})
    if (exit === 2) throw new Error('cancelcheck audit exited 2 (bad input): see above')
    return score(sites, values.out, values.json, 0)
  }
  const served: ServedSite[] = []
  const scenarioFiles: string[] = []
  const runDir = join(places.corpusDir, 'scenarios')
  await mkdir(runDir, { recursive: true })
  try {
    const walkable: SiteFile[] = []
    for (const site of sites) {
      try {
        const app = await prepareSite(site, places, log)
        const serving = await serveSite(site, app)
        served.push(serving)
        const file = join(runDir, `${site.id}.yaml`)
        await writeFile(file, stringify({ ...site.scenario, site: site.id, baseUrl: serving.baseUrl }))
        scenarioFiles.push(file)
        walkable.push(site)
        log(`${site.id}: served at ${serving.baseUrl}`)
      } catch (err) {
        log(`${site.id}: not evaluated: ${(err as Error).message}`)
      }
    }
    const args = ['run', ...scenarioFiles, '--out', values.out, '--format', 'json,html', '--concurrency', '2']
    const exit = await spawnCancelcheck(args, { CANCELCHECK_CHROMIUM: await localOnlyBrowser(places.corpusDir) })
    if (exit === 2) throw new Error('cancelcheck run exited 2 (bad input): see above')
    return score(sites, values.out, values.json, sites.length - walkable.length)
  } finally {
    await Promise.all(served.map((s) => s.close()))
  }
}

async function score(sites: readonly SiteFile[], out: string, json: boolean, notServed: number): Promise<number> {
  const report = Report.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
  const scores = scoreSites(sites, report)
  await writeFileAtomic(join(out, 'eval.json'), `${JSON.stringify(scores, null, 2)}\n`)
  process.stdout.write(json ? `${JSON.stringify(scores, null, 2)}\n` : printScores(scores, notServed))
  return 0
}

/** The browser cancelcheck finds, behind a wrapper that lets it resolve no host but 127.0.0.1: fonts,
 * analytics and CDNs the sites reference fail at once instead of leaving the machine. */
async function localOnlyBrowser(corpusDir: string): Promise<string> {
  const real = requireBrowser().executablePath
  const wrapper = join(corpusDir, 'chromium-local-only')
  await writeFile(wrapper, `#!/bin/sh\nexec '${real}' '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' "$@"\n`)
  await chmod(wrapper, 0o755)
  return wrapper
}

async function spawnCancelcheck(args: readonly string[], env: Record<string, string>): Promise<number> {
  const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: PROJECT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } })
  return new Promise((r) => child.on('exit', (code) => r(code ?? 1)))
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5)
const row = (name: string, t: Tally) => `${name.padEnd(30)}${String(t.tp).padStart(4)}${String(t.fp).padStart(4)}${String(t.fn).padStart(4)}  ${pct(t.precision)}  ${pct(t.recall)}`

function printScores(scores: SiteScores, notServed: number): string {
  const lines = [`${'rule'.padEnd(30)}  TP  FP  FN  prec. recall`]
  for (const [rule, t] of Object.entries(scores.perRule)) lines.push(row(rule, t))
  lines.push(row('all rules', scores.total), '')
  const misses = scores.items.filter((i) => i.verdict === 'false-negative')
  const false_ = scores.items.filter((i) => i.verdict === 'false-finding')
  lines.push(`Misses (${misses.length}):`)
  for (const m of misses) lines.push(`  ${m.site} › ${m.flow} › ${m.rule}: ${m.detail}${m.context ? ` [${m.context}]` : ''}`)
  lines.push(`False findings (${false_.length}):`)
  for (const f of false_) lines.push(`  ${f.site} › ${f.flow} › ${f.rule}: ${f.detail}`)
  if (scores.missingSites.length) lines.push(`Not in the report: ${scores.missingSites.join(', ')}`)
  if (notServed) lines.push(`${notServed} site(s) could not be prepared or served (see above).`)
  return `${lines.join('\n')}\n`
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`eval:sites: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(err instanceof SiteFileError ? 2 : 1)
  },
)
