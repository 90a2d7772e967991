import { fingerprintFindings } from './fingerprint.js'
import type { Finding, Report } from './model.js'
import { readReportFile } from './read-report.js'

/** Findings that count: indicators and the ones a person should review. Pass, not-applicable and
 * error results carry none worth comparing. */
const comparedFindings = (report: Report): Finding[] =>
  report.sites
    .map(fingerprintFindings)
    .flatMap((site) => site.results.filter((r) => r.outcome === 'fail' || r.outcome === 'needs-review'))
    .flatMap((r) => r.findings)

/** Marks each finding of `current` as new or unchanged against `baseline`, and lists the baseline's
 * findings that are gone. Matching is by fingerprint, so a changed selector or a ticking countdown
 * is still the same finding. */
export function compareWithBaseline(current: Report, baseline: Report, baselineFile: string): Report {
  const earlier = comparedFindings(baseline)
  const before = new Set(earlier.map((f) => f.fingerprint))
  const now = new Set<string | undefined>()
  let newCount = 0
  let unchangedCount = 0
  const sites = current.sites.map(fingerprintFindings).map((site) => ({
    ...site,
    results: site.results.map((result) => {
      if (result.outcome !== 'fail' && result.outcome !== 'needs-review') return result
      return {
        ...result,
        findings: result.findings.map((finding) => {
          now.add(finding.fingerprint)
          const seen = before.has(finding.fingerprint)
          if (seen) unchangedCount += 1
          else newCount += 1
          return { ...finding, baseline: seen ? ('unchanged' as const) : ('new' as const) }
        }),
      }
    }),
  }))
  return {
    ...current,
    sites,
    baseline: {
      file: baselineFile,
      generatedAt: baseline.generatedAt,
      newCount,
      unchangedCount,
      fixed: earlier.filter((f) => !now.has(f.fingerprint)),
    },
  }
}

export class BaselineError extends Error {}

/** Reads an earlier report.json, naming the file and the first field that is wrong. */
export async function readBaseline(file: string): Promise<Report> {
  const read = await readReportFile(file)
  if ('report' in read) return read.report
  throw new BaselineError(
    read.unreadable
      ? `--baseline ${file}: expected a report.json written by cancelcheck (${read.problem})`
      : `--baseline ${file}: ${read.problem} (expected a report.json written by cancelcheck)`,
  )
}
