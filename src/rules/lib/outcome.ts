import type { Finding } from '../../report/model.js'
import { type CheckResult, failIfAny, needsReview, ruleError } from '../define-rule.js'

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
