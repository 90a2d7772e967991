import type { FlowTrace } from '../../artifacts/site-trace.js'
import type { Finding } from '../../report/model.js'
import { type CheckResult, failIfAny, needsReview, notApplicable, ruleError } from '../define-rule.js'
import { failuresOf, seenSteps } from './flows.js'

/** How a rule ends once it has looked at everything it could: findings make it fail; else a flow
 * that stopped early makes it an error (what was not seen cannot pass); else ambiguous evidence makes
 * it needs-review; else it passes. */
export function conclude(input: {
  findings: Finding[]
  incomplete?: string
  reviews?: Finding[]
  reviewReason?: string
  passReason?: string
}): CheckResult {
  if (input.findings.length > 0) return failIfAny(input.findings)
  if (input.incomplete) return ruleError(input.incomplete)
  if (input.reviews?.length || input.reviewReason) {
    return needsReview(input.reviewReason ?? 'the evidence is ambiguous: see the findings', input.reviews)
  }
  return { outcome: 'pass', reason: input.passReason }
}

/** For a rule that reads every page the flows saw: `error` when they failed before any page,
 * `not-applicable` when none ran; undefined when there are pages to read. */
export function nothingRead(flows: readonly FlowTrace[]): CheckResult | undefined {
  if (flows.some((f) => seenSteps(f).length > 0)) return undefined
  const failures = failuresOf(flows)
  return failures ? ruleError(failures) : notApplicable('no page of the site was read')
}
