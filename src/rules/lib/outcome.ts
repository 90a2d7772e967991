import type { Finding } from '../../report/model.js'
import { type CheckResult, failIfAny, needsReview } from '../define-rule.js'

/** How a rule ends once it has looked at everything it read: findings make it fail; else ambiguous
 * evidence makes it needs-review; else it passes. (A flow that stopped before what the rule needs
 * turns anything but `fail` into `error`: the runner decides that from `meta.requires`.) */
export function conclude(input: { findings: Finding[]; reviews?: Finding[]; reviewReason?: string; passReason?: string }): CheckResult {
  if (input.findings.length > 0) return failIfAny(input.findings)
  if (input.reviews?.length || input.reviewReason) {
    return needsReview(input.reviewReason ?? 'the evidence is ambiguous: see the findings', input.reviews)
  }
  return { outcome: 'pass', reason: input.passReason }
}
