import type { SiteTrace } from '../artifacts/site-trace.js'
import type { RuleResult } from '../report/model.js'
import { contextFor, type Rule } from './define-rule.js'

export const SCAN_NOT_APPLICABLE =
  'a scan sees only the pages anyone can open; this rule needs a flow walked to its end with an account: write a scenario to check it'

/** Runs every rule on one site. A rule that throws becomes `error` for that rule only. */
export function runRules(site: SiteTrace, rules: readonly Rule[]): RuleResult[] {
  return rules.map((rule) => {
    if (site.mode === 'scan' && !rule.meta.scan) {
      return { ruleId: rule.meta.id, outcome: 'not-applicable' as const, reason: SCAN_NOT_APPLICABLE, findings: [] }
    }
    try {
      const result = rule.check(site, contextFor(rule.meta, site))
      const findings = 'findings' in result && result.findings ? result.findings : []
      const reason = 'reason' in result ? result.reason : undefined
      return { ruleId: rule.meta.id, outcome: result.outcome, reason, findings }
    } catch (err) {
      return {
        ruleId: rule.meta.id,
        outcome: 'error' as const,
        reason: `the rule threw: ${err instanceof Error ? err.message : String(err)}`,
        findings: [],
      }
    }
  })
}
