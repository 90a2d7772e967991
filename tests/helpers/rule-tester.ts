// A table-driven tester in the manner of ESLint's RuleTester: `valid` cases must pass, `invalid`
// cases must fail with the listed findings, `outcomes` pin the other outcomes and their reasons.
import { describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import type { Finding, Outcome, RuleResult } from '../../src/report/model.js'
import { Finding as FindingSchema } from '../../src/report/model.js'
import type { Rule } from '../../src/rules/define-rule.js'
import { runRules } from '../../src/rules/run-rules.js'

export interface ExpectedFinding {
  /** A fragment the message must contain, or a pattern it must match. */
  message: string | RegExp
  flow?: string
  step?: number | null
  selector?: string
  facts?: Record<string, unknown>
}

export interface ValidCase {
  name: string
  site: SiteTrace
}

export interface InvalidCase {
  name: string
  site: SiteTrace
  findings: ExpectedFinding[]
}

export interface OutcomeCase {
  name: string
  site: SiteTrace
  outcome: Exclude<Outcome, 'fail'>
  /** A fragment the reason must contain. */
  reason?: string | RegExp
  findings?: ExpectedFinding[]
}

export function runRule(rule: Rule, site: SiteTrace): RuleResult {
  const [result] = runRules(site, [rule])
  if (!result) throw new Error('no result')
  return result
}

const show = (result: RuleResult): string =>
  JSON.stringify({ outcome: result.outcome, reason: result.reason, messages: result.findings.map((f) => f.message) }, null, 2)

function expectFinding(actual: Finding | undefined, expected: ExpectedFinding, rule: Rule): void {
  expect(actual, 'a finding').toBeDefined()
  const finding = actual as Finding
  FindingSchema.parse(finding)
  expect(finding.ruleId).toBe(rule.meta.id)
  expect(finding.references.length).toBeGreaterThan(0)
  if (typeof expected.message === 'string') expect(finding.message).toContain(expected.message)
  else expect(finding.message).toMatch(expected.message)
  if (expected.flow !== undefined) expect(finding.flow).toBe(expected.flow)
  if (expected.step !== undefined) expect(finding.step).toBe(expected.step)
  if (expected.selector !== undefined) expect(finding.evidence.selector).toBe(expected.selector)
  if (expected.facts) expect(finding.evidence.facts).toMatchObject(expected.facts)
  expect(finding.evidence.url, 'evidence names the page').toBeTruthy()
}

export function testRule(rule: Rule, cases: { valid?: ValidCase[]; invalid?: InvalidCase[]; outcomes?: OutcomeCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid ?? []) {
        it(c.name, () => {
          const result = runRule(rule, c.site)
          expect(result.outcome, show(result)).toBe('pass')
          expect(result.findings).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const c of cases.invalid ?? []) {
        it(c.name, () => {
          const result = runRule(rule, c.site)
          expect(result.outcome, show(result)).toBe('fail')
          expect(result.findings, show(result)).toHaveLength(c.findings.length)
          c.findings.forEach((expected, i) => expectFinding(result.findings[i], expected, rule))
          for (const f of result.findings) expect(f.evidence.screenshot, 'evidence has the step screenshot').toBeTruthy()
        })
      }
    })
    describe('other outcomes', () => {
      for (const c of cases.outcomes ?? []) {
        it(c.name, () => {
          const result = runRule(rule, c.site)
          expect(result.outcome, show(result)).toBe(c.outcome)
          expect(result.reason, 'every outcome but pass and fail says why').toBeTruthy()
          if (typeof c.reason === 'string') expect(result.reason).toContain(c.reason)
          else if (c.reason) expect(result.reason).toMatch(c.reason)
          if (c.findings) {
            expect(result.findings, show(result)).toHaveLength(c.findings.length)
            c.findings.forEach((expected, i) => expectFinding(result.findings[i], expected, rule))
          }
        })
      }
    })
  })
}
