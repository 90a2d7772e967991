import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { isGating } from './gating.js'
import { codeSpan, inline } from './html/ticket-markdown.js'
import { type Finding, type Report, type RuleResult, SEVERITY_ORDER, type SiteReport } from './model.js'
import { reportTotals, siteTotals } from './report-counts.js'
import { ruleDocsUri } from './write-sarif.js'

export const MARKDOWN_REPORT_FILE = 'summary.md'

/** Past this many, the list of findings stops: a job summary is read at a glance, the HTML report
 * holds the rest. */
const LISTED_FINDINGS = 50

interface Listed {
  site: SiteReport
  result: RuleResult
  finding: Finding
  gating: boolean
}

/** Text for a table cell: on one line, Markdown and the cell's pipes escaped. */
const cell = (text: string): string => inline(text)

/** The report as a short Markdown page for a CI job summary or a pull-request comment: the totals,
 * a line per site, and the findings that fail the build first (with a baseline: the new ones). */
export function renderMarkdownSummary(report: Report): string {
  const totals = reportTotals(report)
  const listed: Listed[] = report.sites.flatMap((site) =>
    site.results.flatMap((result) => result.findings.filter(() => result.outcome === 'fail').map((finding) => ({ site, result, finding, gating: isGating(report, result, finding) }))),
  )
  const failing = listed.filter((l) => l.gating)
  const bySeverity = Object.entries(totals.indicators)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
  const verdict = failing.length > 0 ? `❌ ${failing.length} ${report.baseline ? 'new ' : ''}indicator${failing.length === 1 ? '' : 's'} at or above ${report.failOn}` : `✅ nothing ${report.baseline ? 'new ' : ''}at or above ${report.failOn}`
  const lines = [
    `## cancelcheck: ${verdict}`,
    '',
    `${totals.indicatorCount} indicator${totals.indicatorCount === 1 ? '' : 's'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} on ${report.sites.length} site${report.sites.length === 1 ? '' : 's'}` +
      (report.baseline ? `; compared with ${codeSpan(report.baseline.file)}: ${report.baseline.newCount} new, ${report.baseline.unchangedCount} unchanged, ${report.baseline.fixed.length} fixed.` : '.'),
    '',
    '| Site | Audit | Indicators | Needs review | Could not check |',
    '| --- | --- | ---: | ---: | ---: |',
    ...report.sites.map((site) => {
      const t = siteTotals(site)
      return `| ${cell(site.site)} | ${site.status}${site.error ? `: ${cell(site.error)}` : ''} | ${t.indicatorCount} | ${t.outcomes['needs-review']} | ${t.outcomes.error} |`
    }),
  ]
  const shown = [...failing, ...listed.filter((l) => !l.gating)]
    .sort((a, b) => Number(b.gating) - Number(a.gating) || SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity))
    .slice(0, LISTED_FINDINGS)
  if (shown.length > 0) {
    lines.push('', '| | Severity | Rule | Where | What was seen |', '| --- | --- | --- | --- | --- |')
    for (const { site, result, finding, gating } of shown) {
      const mark = gating ? '❌' : finding.baseline === 'unchanged' ? 'unchanged' : 'passes'
      const where = [site.site, finding.flow, finding.step === null ? undefined : `step ${finding.step}`].filter(Boolean).join(' › ')
      lines.push(`| ${mark} | ${finding.severity} | [${cell(result.ruleId)}](${ruleDocsUri(result.ruleId)}) | ${cell(where)} | ${cell(finding.message)} |`)
    }
    if (listed.length > shown.length) lines.push('', `${listed.length - shown.length} more in the HTML report.`)
  }
  return `${lines.join('\n')}\n`
}

/** Writes `summary.md` beside `report.json`. */
export async function writeMarkdownSummary(report: Report, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, MARKDOWN_REPORT_FILE)
  await writeFileAtomic(file, renderMarkdownSummary(report))
  return file
}
