import type { SiteTrace } from '../artifacts/site-trace.js'
import { type Evidence, type Finding, type Outcome, type RuleMeta, RuleMeta as RuleMetaSchema } from '../report/model.js'
import { isJurisdiction } from './jurisdictions.js'

/** What a rule's check returns: an outcome, a reason where the outcome needs one, findings for `fail`
 * (and optionally for `needs-review`, to show what is ambiguous). */
export type CheckResult =
  | { outcome: 'fail'; findings: Finding[] }
  | { outcome: 'pass'; reason?: string }
  | { outcome: 'needs-review'; reason: string; findings?: Finding[] }
  | { outcome: 'not-applicable'; reason: string; outOfScope?: true }
  | { outcome: 'error'; reason: string }

/** Handed to every check: builds findings that carry the rule's id, severity and references. */
export interface RuleContext {
  meta: RuleMeta
  finding(input: {
    flow: string
    step: number | null
    message: string
    evidence: Omit<Evidence, 'facts'> & { facts?: Evidence['facts'] }
  }): Finding
}

export interface Rule {
  meta: RuleMeta
  /** `site` holds only the flows `meta.requires` names, and at least one of each kind it requires. */
  check(site: SiteTrace, ctx: RuleContext): CheckResult
}

/** Checks the metadata when the rule is loaded, so that a mistyped jurisdiction fails at once
 * instead of silently dropping a provision or an override from every profile. */
export function defineRule(rule: Rule): Rule {
  const meta = RuleMetaSchema.parse(rule.meta)
  const problems = [
    ...meta.references.filter((ref) => !isJurisdiction(ref.jurisdiction)).map((ref) => `${ref.law} names the unknown jurisdiction "${ref.jurisdiction}"`),
    ...Object.keys(meta.severityByJurisdiction ?? {})
      .filter((tag) => !meta.references.some((ref) => ref.jurisdiction === tag))
      .map((tag) => `severityByJurisdiction.${tag} has no reference in "${tag}" to rest on`),
  ]
  if (problems.length > 0) throw new Error(`rule ${meta.id}: ${problems.join('; ')}`)
  return rule
}

export function contextFor(meta: RuleMeta, site: SiteTrace): RuleContext {
  return {
    meta,
    finding: ({ flow, step, message, evidence }) => ({
      ruleId: meta.id,
      severity: meta.severity,
      site: site.site,
      flow,
      step,
      message,
      evidence: { ...evidence, facts: evidence.facts ?? {} },
      references: meta.references,
    }),
  }
}

export const pass = (reason?: string): CheckResult => ({ outcome: 'pass', reason })
/** Nothing the rule judges was among the pages it read. When a flow it reads stopped early, the
 * runner makes this `error`: what was not seen may have held it. */
export const notApplicable = (reason: string): CheckResult => ({ outcome: 'not-applicable', reason })
/** The site is not what the rule is about (not in German, no EU contract), whatever the pages a
 * stopped flow did not reach would have shown. */
export const outOfScope = (reason: string): CheckResult => ({ outcome: 'not-applicable', reason, outOfScope: true })
export const needsReview = (reason: string, findings?: Finding[]): CheckResult => ({ outcome: 'needs-review', reason, findings })
export const ruleError = (reason: string): CheckResult => ({ outcome: 'error', reason })
/** `fail` when there are findings, else `pass`. */
export const failIfAny = (findings: Finding[]): CheckResult =>
  findings.length > 0 ? { outcome: 'fail', findings } : { outcome: 'pass' }

export type { Outcome }
