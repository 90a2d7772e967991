import type { SiteTrace } from '../artifacts/site-trace.js'
import type { RuleResult } from '../report/model.js'
import { type CheckResult, contextFor, type Rule } from './define-rule.js'
import { readFor } from './lib/requirements.js'

export const SCAN_NOT_APPLICABLE =
  'a scan sees only the pages anyone can open; this rule needs a flow walked to its end with an account: write a scenario to check it'

/** A rule's own result, given that a flow it reads stopped before what it needs (`short`): findings
 * on what was seen stand, and so does a site the rule is not about; anything else could not be
 * checked. */
function settle(result: CheckResult, short: string | undefined): CheckResult {
  if (!short || result.outcome === 'fail' || result.outcome === 'error') return result
  if (result.outcome === 'not-applicable' && result.outOfScope) return result
  return { outcome: 'error', reason: short }
}

/** Runs every rule on one site. Each rule gets only the flows its `meta.requires` names; it is
 * `not-applicable` when none of a kind it requires was walked, and `error` when one stopped before
 * what the rule needs of it (a failed cancel flow leaves checkout rules alone), or when it throws. */
export function runRules(site: SiteTrace, rules: readonly Rule[]): RuleResult[] {
  return rules.map((rule) => {
    const { meta } = rule
    const ruleId = meta.id
    if (site.mode === 'scan' && !meta.scan) return { ruleId, outcome: 'not-applicable' as const, reason: SCAN_NOT_APPLICABLE, findings: [] }
    const read = readFor(site, meta.requires)
    if ('notApplicable' in read) return { ruleId, outcome: 'not-applicable' as const, reason: read.notApplicable, findings: [] }
    try {
      const result = settle(rule.check(read.trace, contextFor(meta, site)), read.short)
      const findings = 'findings' in result && result.findings ? result.findings : []
      const reason = 'reason' in result ? result.reason : undefined
      return { ruleId, outcome: result.outcome, reason, findings }
    } catch (err) {
      return { ruleId, outcome: 'error' as const, reason: `the rule threw: ${err instanceof Error ? err.message : String(err)}`, findings: [] }
    }
  })
}
