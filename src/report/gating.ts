import type { Finding, Report, RuleResult, Severity } from './model.js'
import { SEVERITY_ORDER } from './model.js'

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold)
}

/** Whether the rule's level and the finding's severity fail the build, leaving the baseline aside:
 * SARIF says what is unchanged in a field of its own. */
export function atFailingLevel(report: Pick<Report, 'failOn' | 'warnOnly'>, result: RuleResult, finding: Finding): boolean {
  return result.outcome === 'fail' && !report.warnOnly?.includes(result.ruleId) && atOrAbove(finding.severity, report.failOn)
}

/** Why a finding of a failing rule does not fail the build, or undefined when it does. One
 * definition for the exit code and every reporter that tells a CI server pass from fail. */
export function whyNotGating(report: Pick<Report, 'failOn' | 'warnOnly'>, result: RuleResult, finding: Finding): string | undefined {
  if (result.outcome !== 'fail') return `the rule's outcome is ${result.outcome}`
  if (report.warnOnly?.includes(result.ruleId)) return 'the rule is set to warn'
  if (!atOrAbove(finding.severity, report.failOn)) return `${finding.severity} is below --fail-on ${report.failOn}`
  if (finding.baseline === 'unchanged') return 'seen in the baseline'
  return undefined
}

export const isGating = (report: Pick<Report, 'failOn' | 'warnOnly'>, result: RuleResult, finding: Finding): boolean =>
  whyNotGating(report, result, finding) === undefined

/** Indicators that fail the build: at or above `--fail-on`, of a rule not set to `warn`, and, when
 * the run was compared with a baseline, new since it. */
export function gatingFindings(report: Report): Finding[] {
  return report.sites.flatMap((site) => site.results.flatMap((r) => r.findings.filter((f) => isGating(report, r, f))))
}
