import { join } from 'node:path'
import { failureOf } from '../rules/lib/flows.js'
import { describeFlowFailure, whereFlowFailed } from './flow-failure.js'
import { formatDuration } from './format-time.js'
import { HTML_REPORT_FILE } from './render-html.js'
import { type Outcome, type Report, type Severity, Severity as SeveritySchema, type SiteReport } from './model.js'
import { OUTCOME_ORDER, reportTotals, siteTotals, type Totals } from './report-counts.js'
import { JSON_REPORT_FILE } from './write-json.js'
import { plainText } from '../artifacts/plain-text.js'

export interface ConsoleSummaryOptions {
  color: boolean
  /** The report folder, when the report was written: the summary ends with where to open it. */
  outDir?: string
}

type Paint = (text: string) => string

const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`
const STYLES = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  green: ansi(32, 39),
  yellow: ansi(33, 39),
  magenta: ansi(35, 39),
  cyan: ansi(36, 39),
}
type StyleName = keyof typeof STYLES
const plain: Paint = (text) => text

const OUTCOME_WORDS: Record<Outcome, [singular: string, plural: string]> = {
  fail: ['rule with indicators', 'rules with indicators'],
  'needs-review': ['needs review', 'need review'],
  error: ['could not check', 'could not check'],
  pass: ['no indicator', 'no indicator'],
  'not-applicable': ['not applicable', 'not applicable'],
}
const OUTCOME_STYLE: Record<Outcome, StyleName> = {
  fail: 'red',
  'needs-review': 'yellow',
  error: 'magenta',
  pass: 'green',
  'not-applicable': 'dim',
}
const SEVERITY_STYLE: Record<Severity, StyleName> = {
  critical: 'red',
  serious: 'red',
  moderate: 'yellow',
  minor: 'cyan',
  info: 'dim',
}
const OUTCOME_MARK: Record<Outcome, string> = { fail: '✖', 'needs-review': '?', error: '!', pass: '✓', 'not-applicable': '-' }

/** Site names, rule reasons and errors come from audited pages and scenario files: control
 * characters are dropped so they cannot move the cursor, recolour or retitle the terminal. */
const terminalSafe = (text: string): string => plainText(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\n/g, ' ')

/** A short, terminal-friendly summary: per site its status, outcome counts and the rules that
 * saw indicators; then the totals and, with `outDir`, where the report is. */
export function formatConsoleSummary(report: Report, options: ConsoleSummaryOptions): string {
  const paint = (style: StyleName): Paint => (options.color ? STYLES[style] : plain)
  const lines: string[] = []
  const warnOnly = new Set(report.warnOnly ?? [])
  for (const site of report.sites) {
    lines.push(...siteLines(site, paint, warnOnly), '')
  }
  lines.push(...totalLines(report, paint))
  if (options.outDir !== undefined) {
    lines.push(`Report: ${terminalSafe(join(options.outDir, HTML_REPORT_FILE))} ${paint('dim')(`(JSON: ${terminalSafe(join(options.outDir, JSON_REPORT_FILE))})`)}`)
  }
  return lines.join('\n')
}

function siteLines(site: SiteReport, paint: (style: StyleName) => Paint, warnOnly: ReadonlySet<string>): string[] {
  const totals = siteTotals(site)
  const status = site.status === 'complete' ? paint('green')('complete') : paint('magenta')('incomplete')
  const lines = [`${paint('bold')(terminalSafe(site.site))}  ${status}  ${paint('dim')(formatDuration(site.durationMs))}`]
  if (site.error) lines.push(`  ${paint('magenta')('!')} ${terminalSafe(site.error)}`)
  for (const flow of site.flows) {
    const failure = describeFlowFailure(flow)
    if (failure) lines.push(`  ${paint('magenta')('!')} ${terminalSafe(flow.name)} flow ${terminalSafe(failure)}`)
  }
  lines.push(`  ${outcomeCounts(totals, paint)}`)
  const idWidth = Math.max(0, ...site.results.filter((r) => r.outcome !== 'pass' && r.outcome !== 'not-applicable').map((r) => terminalSafe(r.ruleId).length))
  for (const result of site.results) {
    const id = terminalSafe(result.ruleId).padEnd(idWidth)
    const mark = paint(OUTCOME_STYLE[result.outcome])(OUTCOME_MARK[result.outcome])
    if (result.outcome === 'fail') {
      const severity = worstSeverity(result.findings.map((f) => f.severity))
      const count = result.findings.length
      const fresh = result.findings.filter((f) => f.baseline === 'new')
      const marks = [
        fresh.length > 0 ? paint('bold')(`${fresh.length} new`) : '',
        result.findings.some((f) => f.baseline) && fresh.length === 0 ? paint('dim')('seen before') : '',
        warnOnly.has(result.ruleId) ? paint('dim')('warn only') : '',
      ].filter(Boolean)
      lines.push(
        `  ${mark} ${id}  ${count} ${count === 1 ? 'indicator ' : 'indicators'}  ${severity ? paint(SEVERITY_STYLE[severity])(severity) : ''}${marks.length ? `  ${marks.join(' · ')}` : ''}`.trimEnd(),
      )
      for (const finding of fresh) lines.push(`      ${paint('bold')('new')} ${truncate(terminalSafe(finding.message), 110)}`)
    } else if (result.outcome === 'needs-review') {
      lines.push(`  ${mark} ${id}  ${paint('yellow')('needs review')}${result.reason ? paint('dim')(`: ${truncate(terminalSafe(result.reason), 100)}`) : ''}`)
    }
  }
  lines.push(...uncheckedLines(site, paint, idWidth))
  return lines
}

/** Rules that could not check, one line per reason: when a flow fails, every rule that needed it
 * says so (some add what they missed), and the flow's line above already gives the failure in full.
 * The report keeps each rule's own reason. */
function uncheckedLines(site: SiteReport, paint: (style: StyleName) => Paint, idWidth: number): string[] {
  const shortened = site.flows.flatMap((flow) => {
    const [full, short] = [failureOf(flow), whereFlowFailed(flow)]
    return full && short ? [{ full, short }] : []
  })
  const byReason = new Map<string, string[]>()
  for (const result of site.results.filter((r) => r.outcome === 'error')) {
    const reason = result.reason ?? ''
    const flowFailed = shortened.find(({ full, short }) => reason.startsWith(full) || (reason.startsWith(short) && !/^\d/.test(reason.slice(short.length))))
    const key = flowFailed?.short ?? reason
    byReason.set(key, [...(byReason.get(key) ?? []), result.ruleId])
  }
  const mark = paint('magenta')(OUTCOME_MARK.error)
  return [...byReason].map(([reason, ids]) => {
    const why = reason ? paint('dim')(`: ${truncate(terminalSafe(reason), 100)}`) : ''
    if (ids.length === 1) return `  ${mark} ${terminalSafe(ids[0]!).padEnd(idWidth)}  ${paint('magenta')('could not check')}${why}`
    const list = paint('dim')(` (${truncate(ids.map(terminalSafe).join(', '), 100)})`)
    return `  ${mark} ${paint('magenta')(`${ids.length} rules could not check`)}${why}${list}`
  })
}

function outcomeCounts(totals: Totals, paint: (style: StyleName) => Paint): string {
  return OUTCOME_ORDER.map((outcome) => {
    const n = totals.outcomes[outcome]
    const [one, many] = OUTCOME_WORDS[outcome]
    const text = `${n} ${n === 1 ? one : many}`
    return n > 0 ? paint(OUTCOME_STYLE[outcome])(text) : paint('dim')(text)
  }).join(paint('dim')(' · '))
}

function totalLines(report: Report, paint: (style: StyleName) => Paint): string[] {
  const totals = reportTotals(report)
  const incomplete = report.sites.filter((s) => s.status === 'incomplete').length
  const bySeverity = SeveritySchema.options
    .filter((s) => totals.indicators[s] > 0)
    .map((s) => paint(SEVERITY_STYLE[s])(`${totals.indicators[s]} ${s}`))
    .join(', ')
  const indicators = `${totals.indicatorCount} ${totals.indicatorCount === 1 ? 'indicator' : 'indicators'}${bySeverity ? ` (${bySeverity})` : ''}`
  const sites = `${report.sites.length} ${report.sites.length === 1 ? 'site' : 'sites'}${incomplete > 0 ? paint('magenta')(` (${incomplete} incomplete)`) : ''}`
  const lines = [
    `${paint('bold')('Total:')} ${totals.indicatorCount > 0 ? paint('bold')(indicators) : indicators} on ${sites}`,
    `  ${outcomeCounts(totals, paint)}`,
  ]
  if (report.interrupted) {
    const missing = report.interrupted.notAudited.length
    lines.push(paint('magenta')(`  Partial: stopped by ${report.interrupted.signal} before ${missing} ${missing === 1 ? 'site was' : 'sites were'} audited`))
  }
  const baseline = report.baseline
  if (baseline) {
    const fresh = `${baseline.newCount} new`
    lines.push(
      `  Compared with ${terminalSafe(baseline.file)}: ${baseline.newCount > 0 ? paint('bold')(fresh) : fresh}, ${baseline.unchangedCount} unchanged, ${baseline.fixed.length} fixed${baseline.newCount === 0 ? paint('dim')(' (only new indicators fail the build)') : ''}`,
    )
  }
  return lines
}

const worstSeverity = (severities: Severity[]): Severity | undefined =>
  SeveritySchema.options.find((s) => severities.includes(s))

const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
