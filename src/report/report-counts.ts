import { effectiveSeverity, type JurisdictionProfile, jurisdictionsInForce, referencesIn } from '../rules/jurisdictions.js'
import { type Outcome, Outcome as OutcomeSchema, type Report, type ReportedRule, type RuleResult, type Severity, Severity as SeveritySchema, type SiteReport } from './model.js'

/** The words every view uses for the outcomes: a browser sees indicators, not violations. */
export const OUTCOME_LABEL: Record<Outcome, string> = {
  fail: 'Indicators found',
  'needs-review': 'Needs review',
  pass: 'No indicator',
  'not-applicable': 'Not applicable',
  error: 'Could not check',
}

/** The order outcomes are shown in: what needs attention first. */
export const OUTCOME_ORDER: readonly Outcome[] = ['fail', 'needs-review', 'error', 'pass', 'not-applicable']

export type OutcomeCounts = Record<Outcome, number>
export type SeverityCounts = Record<Severity, number>

export interface Totals {
  /** Rule results per outcome; needs-review and error are never folded into fail. */
  outcomes: OutcomeCounts
  /** Findings of `fail` results by severity: the indicators. Findings attached to needs-review
   * results are ambiguous evidence and counted apart, in `reviewFindings`. */
  indicators: SeverityCounts
  indicatorCount: number
  reviewFindings: number
}

const zeroOutcomes = (): OutcomeCounts =>
  Object.fromEntries(OutcomeSchema.options.map((o) => [o, 0])) as OutcomeCounts
const zeroSeverities = (): SeverityCounts =>
  Object.fromEntries(SeveritySchema.options.map((s) => [s, 0])) as SeverityCounts

export function totalsOf(results: readonly RuleResult[]): Totals {
  const totals: Totals = { outcomes: zeroOutcomes(), indicators: zeroSeverities(), indicatorCount: 0, reviewFindings: 0 }
  for (const result of results) {
    totals.outcomes[result.outcome] += 1
    if (result.outcome === 'fail') {
      for (const finding of result.findings) {
        totals.indicators[finding.severity] += 1
        totals.indicatorCount += 1
      }
    } else if (result.outcome === 'needs-review') {
      totals.reviewFindings += result.findings.length
    }
  }
  return totals
}

export const siteTotals = (site: SiteReport): Totals => totalsOf(site.results)
export const reportTotals = (report: Report): Totals => totalsOf(report.sites.flatMap((s) => s.results))

export function ruleMetaById(report: Report): Map<string, ReportedRule> {
  return new Map(report.rules.map((meta) => [meta.id, meta]))
}

/** The highest severity among a result's findings, else the rule's own in the report's profile. */
export function resultSeverity(result: RuleResult, meta: ReportedRule | undefined, profile: JurisdictionProfile): Severity | undefined {
  const severities = result.findings.map((f) => f.severity)
  if (severities.length === 0) return meta && ruleSeverity(meta, profile)
  return SeveritySchema.options.find((s) => severities.includes(s))
}

/** A rule's severity in a profile, counting only jurisdictions where one of its provisions is in force. */
export const ruleSeverity = (meta: ReportedRule, profile: JurisdictionProfile): Severity =>
  effectiveSeverity(meta, jurisdictionsInForce(referencesIn(meta.references, profile.jurisdictions), profile))
