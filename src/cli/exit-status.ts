import type { Finding, Report, Severity } from '../report/model.js'
import { SEVERITY_ORDER } from '../report/model.js'
import { EXIT } from './exit-codes.js'
import { INTERRUPT_EXIT } from './interruption.js'

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold)
}

/** Indicators that fail the build: at or above `--fail-on`, of a rule not set to `warn`, and, when
 * the run was compared with a baseline, new since it. */
export function gatingFindings(report: Report): Finding[] {
  const warnOnly = new Set(report.warnOnly ?? [])
  return report.sites.flatMap((site) =>
    site.results
      .filter((r) => r.outcome === 'fail' && !warnOnly.has(r.ruleId))
      .flatMap((r) => r.findings)
      .filter((f) => atOrAbove(f.severity, report.failOn) && f.baseline !== 'unchanged'),
  )
}

/** An interrupted audit exits as the signal asks (130, 143); an incomplete one outranks findings:
 * a green build must never rest on flows that did not run. */
export function exitCodeFor(report: Report): number {
  if (report.interrupted) return INTERRUPT_EXIT[report.interrupted.signal]
  if (report.sites.some((s) => s.status === 'incomplete')) return EXIT.incomplete
  return gatingFindings(report).length > 0 ? EXIT.findings : EXIT.ok
}
