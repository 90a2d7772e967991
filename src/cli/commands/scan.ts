import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { scanSites } from '../../audit/scan-sites.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { claimOutputFolder } from '../../artifacts/output-folder.js'
import { urlSecrets } from '../../discover/url-secrets.js'
import { redactSecrets } from '../../walk/secret-encodings.js'
import { deliverReport, loadBaseline } from '../deliver-report.js'
import { exitCodeFor } from '../exit-status.js'
import { watchForInterruption } from '../interruption.js'
import { UsageError } from '../exit-codes.js'
import { SCAN_DEFAULT_FORMATS } from '../write-reports.js'
import { auditSettings, type CommonValues, positiveInt } from '../options.js'

export interface ScanValues extends CommonValues {
  urls?: string
  resume?: boolean
  'ignore-robots'?: boolean
  'max-pages'?: string
  'site-budget'?: string
  shard?: string
  'browser-endpoint'?: string
}

/** `scan <url…>` or `scan --urls sites.txt`: sites with no scenario, found and judged page by page. */
export async function scanCommand(positionals: string[], values: ScanValues): Promise<number> {
  const listed = values.urls ? await readUrlList(values.urls) : []
  const urls = [...positionals.map((u, i) => parseUrl(u, `argument ${i + 1}`)), ...listed.map((l) => l.url)]
  if (urls.length === 0) throw new UsageError('scan: expected one or more site URLs or --urls FILE, e.g. cancelcheck scan https://shop.example')
  const settings = await auditSettings(values, 'reports/scan', SCAN_DEFAULT_FORMATS)
  const baseline = await loadBaseline(settings)
  const scanOptions = {
    ...settings,
    browser: values['browser-endpoint'] ? undefined : requireBrowser(settings.log),
    browserEndpoint: values['browser-endpoint'],
    listedAt: [...positionals.map(() => undefined), ...listed.map((l) => l.listedAt)],
    resume: Boolean(values.resume),
    robots: !values['ignore-robots'],
    maxPages: positiveInt('max-pages', values['max-pages'], 12),
    budgetMs: positiveInt('site-budget', values['site-budget'], 60_000),
    shard: values.shard ? parseShard(values.shard) : undefined,
    progress: values.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`),
  }
  await claimOutputFolder(settings.outDir)
  const interruption = watchForInterruption(settings.log)
  try {
    const report = await scanSites(urls, { ...scanOptions, signal: interruption.signal })
    if (!report.interrupted) return await deliverReport(report, settings, baseline, values)
    const code = report.sites.length > 0 ? await deliverReport(report, settings, baseline, values) : exitCodeFor(report)
    const secrets = urls.flatMap(urlSecrets)
    const hidden = secrets.length > 0 ? ' (with the credentials in its addresses, shown here as •••)' : ''
    process.stderr.write(`cancelcheck scan: stopped by ${report.interrupted.signal}; ${report.sites.length} sites done, ${report.interrupted.notAudited.length} not. To go on where it stopped${hidden}:\n  ${redactSecrets(resumeCommand(), secrets)}\n`)
    return code
  } finally {
    interruption.stop()
  }
}

/** The command line that was run, with `--resume`, quoted for a POSIX shell. */
function resumeCommand(): string {
  const args = process.argv.slice(2)
  const quoted = [...args, ...(args.includes('--resume') ? [] : ['--resume'])].map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
  return `cancelcheck ${quoted.join(' ')}`
}

export function parseUrl(raw: string, where: string): string {
  const text = raw.trim()
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  try {
    const url = new URL(withScheme)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
  } catch {
    // reported below
  }
  throw new UsageError(`${where}: expected a site URL such as https://shop.example, got "${raw}"`)
}

/** One URL per line; blank lines and `#` comments are skipped. Each URL keeps its line, and the
 * file its path from the folder the scan runs in (a repository's root in CI). */
async function readUrlList(file: string): Promise<Array<{ url: string; listedAt: { file: string; line: number } }>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`--urls ${file}: no such file (expected a text file with one site URL per line)`)
  }
  // A list outside the folder the scan runs in keeps its absolute path: `../` means nothing to code scanning.
  const fromHere = relative(process.cwd(), resolve(file))
  const listFile = (fromHere.startsWith('..') || isAbsolute(fromHere) ? resolve(file) : fromHere).split(sep).join('/')
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.replace(/#.*/, '').trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => ({ url: parseUrl(line, `${file}:${number}`), listedAt: { file: listFile, line: number } }))
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard: expected i/n with 1 ≤ i ≤ n, e.g. 2/4, got "${value}"`)
  return { index, count }
}
