import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Report, RuleResult } from './model.js'
import { siteTotals } from './report-counts.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

export const CSV_REPORT_FILE = 'sites.csv'

/** The site × rule table for spreadsheets: a row per site with its status, counts and (scans) its
 * cookie banner's platform and whether declining it worked, then a column per rule holding its outcome, with the number of findings for `fail` (`fail:2`). */
export function renderCsv(report: Report): string {
  const ruleIds = report.rules.map((r) => r.id)
  const header = ['site', 'url', 'mode', 'status', 'indicators', 'needs_review', 'could_not_check', 'error', 'cookie_platform', 'cookie_banner', ...ruleIds]
  const rows = report.sites.map((site) => {
    const totals = siteTotals(site)
    const byRule = new Map(site.results.map((r) => [r.ruleId, r]))
    return [
      site.site,
      site.baseUrl,
      site.mode ?? 'scenario',
      site.status,
      String(totals.indicatorCount),
      String(totals.outcomes['needs-review']),
      String(totals.outcomes.error),
      site.error ?? '',
      site.cookieBanner?.cmp ?? '',
      site.cookieBanner?.outcome ?? '',
      ...ruleIds.map((id) => cell(byRule.get(id))),
    ]
  })
  // CRLF, as RFC 4180 has it, and a BOM so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}

const cell = (result: RuleResult | undefined): string =>
  !result ? '' : result.outcome === 'fail' ? `fail:${result.findings.length}` : result.outcome

/** Quoted when it must be; a text that a spreadsheet would run as a formula (a site's name or error
 * message starting with `=`, `+`, `-` or `@`) is defused with a leading apostrophe. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export async function writeCsvReport(report: Report, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, CSV_REPORT_FILE)
  await writeFileAtomic(file, renderCsv(report))
  return file
}
