import { createHash } from 'node:crypto'
import type { Finding, SiteReport } from './model.js'

/** What a finding is, independent of how the page happened to be built this time: the raw selector
 * changes with every redesign and the numbers in a text (prices, a countdown) with every visit, so
 * neither takes part. */
export function findingIdentity(finding: Pick<Finding, 'ruleId' | 'site' | 'flow' | 'evidence'>): string {
  return [finding.ruleId, finding.site, finding.flow, normaliseText(finding.evidence.text ?? '')].join('\u001f')
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+([.,]\d+)*/g, '#').replace(/\s+/g, ' ').trim()
}

/** Gives every finding of a site its fingerprint: a hash of its identity and, for findings with the
 * same identity (the same rule flagging two unlabelled elements of one flow), their order. */
export function fingerprintFindings(site: SiteReport): SiteReport {
  const seen = new Map<string, number>()
  return {
    ...site,
    results: site.results.map((result) => ({
      ...result,
      findings: result.findings.map((finding) => {
        const identity = findingIdentity(finding)
        const occurrence = (seen.get(identity) ?? 0) + 1
        seen.set(identity, occurrence)
        return { ...finding, fingerprint: `${createHash('sha256').update(identity).digest('hex').slice(0, 20)}:${occurrence}` }
      }),
    })),
  }
}
