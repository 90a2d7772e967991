import type { Report } from '../../src/report/model.js'
import type { SiteFile } from './site-file.js'

export type Verdict = 'true-positive' | 'false-negative' | 'false-finding'

export interface Scored {
  site: string
  flow: string
  rule: string
  verdict: Verdict
  /** The ground truth's reason (true positives and misses) or the rule's message (false findings). */
  detail: string
  /** For a miss: what the flow or the rule ended in, when that explains it. */
  context?: string
}

export interface Tally {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
}

export interface SiteScores {
  items: Scored[]
  total: Tally
  perRule: Record<string, Tally>
  /** Sites in the ground truth that the report does not hold (the walk never started). */
  missingSites: string[]
}

/** Scores a report against the ground truth, per site, flow and rule: a rule found on a flow at least
 * once counts once there. Rules and flows the ground truth leaves as `unsure` count neither way. */
export function scoreSites(sites: readonly SiteFile[], report: Report): SiteScores {
  const items: Scored[] = []
  const missingSites: string[] = []
  for (const site of sites) {
    const walked = report.sites.find((s) => s.site === site.id)
    if (!walked) {
      missingSites.push(site.id)
      continue
    }
    const unsure = new Set(site.unsure.map((u) => `${u.flow}\0${u.rule}`))
    const found = new Map<string, string>()
    for (const result of walked.results) {
      for (const finding of result.findings) {
        const key = `${finding.flow}\0${finding.ruleId}`
        if (!found.has(key)) found.set(key, finding.message)
      }
    }
    const expected = new Map<string, string>()
    for (const [flow, labels] of Object.entries(site.expect)) for (const l of labels) expected.set(`${flow}\0${l.rule}`, l.why)
    for (const [key, why] of expected) {
      if (unsure.has(key)) continue
      const [flow, rule] = key.split('\0') as [string, string]
      if (found.has(key)) {
        items.push({ site: site.id, flow, rule, verdict: 'true-positive', detail: why })
        continue
      }
      const walkedFlow = walked.flows.find((f) => f.name === flow)
      const result = walked.results.find((r) => r.ruleId === rule)
      const context = !walkedFlow
        ? 'flow not walked'
        : walkedFlow.status !== 'completed'
          ? `flow ${walkedFlow.status}: ${walkedFlow.error ?? ''}`.trim()
          : result && result.outcome !== 'pass' && result.outcome !== 'fail'
            ? `rule ${result.outcome}: ${result.reason ?? ''}`.trim()
            : undefined
      items.push({ site: site.id, flow, rule, verdict: 'false-negative', detail: why, ...(context ? { context } : {}) })
    }
    for (const [key, message] of found) {
      if (expected.has(key) || unsure.has(key)) continue
      const [flow, rule] = key.split('\0') as [string, string]
      items.push({ site: site.id, flow, rule, verdict: 'false-finding', detail: message })
    }
  }
  const perRule: Record<string, Tally> = {}
  for (const rule of [...new Set(items.map((i) => i.rule))].sort()) perRule[rule] = tally(items.filter((i) => i.rule === rule))
  return { items, total: tally(items), perRule, missingSites }
}

function tally(items: readonly Scored[]): Tally {
  const tp = items.filter((i) => i.verdict === 'true-positive').length
  const fp = items.filter((i) => i.verdict === 'false-finding').length
  const fn = items.filter((i) => i.verdict === 'false-negative').length
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 }
}
