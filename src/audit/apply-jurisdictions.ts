import type { LegalReference, RuleMeta, RuleResult } from '../report/model.js'
import { isInForce, type JurisdictionProfile, jurisdictionsInForce, notYetInForce, referencesIn, severityOverride, withParents } from '../rules/jurisdictions.js'

/** Reads rule results through a jurisdiction profile, after the rules ran (they stay unaware of it):
 * every finding keeps only the provisions of the chosen jurisdictions and their parents, and takes
 * the severity those give it; a rule with no provision in force there becomes `not-applicable`,
 * its findings kept for display but out of the exit code. */
export function applyJurisdictions(
  results: readonly RuleResult[],
  rules: readonly { meta: RuleMeta }[],
  profile: JurisdictionProfile,
): RuleResult[] {
  const chosen: JurisdictionProfile = { jurisdictions: withParents(profile.jurisdictions), auditDate: profile.auditDate }
  const metaById = new Map(rules.map(({ meta }) => [meta.id, meta]))
  return results.map((result) => {
    const meta = metaById.get(result.ruleId)
    const findings = result.findings.map((finding) => {
      const references = referencesIn(finding.references, chosen.jurisdictions)
      const override = meta && severityOverride(meta, jurisdictionsInForce(references, chosen))
      return { ...finding, references, severity: override ?? finding.severity }
    })
    if (!meta) return { ...result, findings }
    const relevant = referencesIn(meta.references, chosen.jurisdictions)
    if (relevant.some((ref) => isInForce(ref, chosen.auditDate))) return { ...result, findings }
    return { ruleId: result.ruleId, outcome: 'not-applicable', reason: notInForceReason(relevant, chosen), findings }
  })
}

/** "no provision in force in us, us-ca (informational: CA ARL applies from 2025-07-01)". */
function notInForceReason(informational: readonly LegalReference[], profile: JurisdictionProfile): string {
  if (profile.jurisdictions.length === 0) return "none of the site's jurisdictions is among the report's"
  const later = [...new Set(informational.map((ref) => `${ref.law} ${notYetInForce(ref, profile.auditDate)}`))]
  return `no provision in force in ${profile.jurisdictions.join(', ')}${later.length > 0 ? ` (informational: ${later.join('; ')})` : ''}`
}
