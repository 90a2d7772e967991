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

/** The site's own jurisdictions, parents included: named by its scenario, else inferred by a scan;
 * undefined when nothing says where its consumers are. */
export function ownJurisdictions(trace: Pick<SiteTrace, 'jurisdictions' | 'jurisdictionsInferred'>): string[] | undefined {
  const own = trace.jurisdictions ?? trace.jurisdictionsInferred?.tags
  return own && own.length > 0 ? withParents(own) : undefined
}

/** One walked site judged by the rules, whether the trace is fresh from the browser or read back
 * from an earlier report folder. A site with jurisdictions of its own is judged under those of the
 * run's that are its own: the run's `--jurisdiction` limits every site, the site narrows it further. */
export function judgeTrace(trace: SiteTrace, rules: readonly Rule[], profile: JurisdictionProfile, tracePath?: string): SiteReport {
  const own = ownJurisdictions(trace)
  const site = own ? { ...profile, jurisdictions: profile.jurisdictions.filter((tag) => own.includes(tag)) } : profile
  const report = siteReport(trace, applyJurisdictions(runRules(trace, rules), rules, site), tracePath)
  return own ? { ...report, jurisdictions: [...site.jurisdictions] } : report
}
