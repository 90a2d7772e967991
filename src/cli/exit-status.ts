import { type Report, SEVERITY_ORDER, type Severity } from '../report/model.js'
import { EXIT } from './exit-codes.js'

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold)
}

/** An incomplete audit outranks findings: a green build must never rest on flows that did not run. */
export function exitCodeFor(report: Report): number {
  if (report.sites.some((s) => s.status === 'incomplete')) return EXIT.incomplete
  const failing = report.sites.some((s) =>
    s.results.some((r) => r.outcome === 'fail' && r.findings.some((f) => atOrAbove(f.severity, report.failOn))),
  )
  return failing ? EXIT.findings : EXIT.ok
}
