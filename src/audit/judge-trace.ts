import type { SiteTrace } from '../artifacts/site-trace.js'
import type { SiteReport } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { type JurisdictionProfile, JURISDICTION_TAGS, withParents } from '../rules/jurisdictions.js'
import { runRules } from '../rules/run-rules.js'
import { applyJurisdictions } from './apply-jurisdictions.js'
import { siteReport } from './build-report.js'

/** The chosen legal systems with their parents, read as of `auditDate` (default: today, UTC, like
 * `generatedAt`). */
export function jurisdictionProfile(options: { jurisdictions?: readonly string[]; auditDate?: string }): JurisdictionProfile {
  return {
    jurisdictions: withParents(options.jurisdictions ?? JURISDICTION_TAGS),
    auditDate: options.auditDate ?? new Date().toISOString().slice(0, 10),
  }
}

/** One walked site judged by the rules, whether the trace is fresh from the browser or read back
 * from an earlier report folder. */
export const judgeTrace = (trace: SiteTrace, rules: readonly Rule[], profile: JurisdictionProfile, tracePath?: string): SiteReport =>
  siteReport(trace, applyJurisdictions(runRules(trace, rules), rules, profile), tracePath)
