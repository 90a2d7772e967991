import { describe, expect, it } from 'vitest'
import { fingerprintFindings, normaliseText } from '../../src/report/fingerprint.js'
import type { Finding, SiteReport } from '../../src/report/model.js'

const finding = (text: string | undefined, selector: string, flow = 'checkout'): Finding => ({
  ruleId: 'fake-urgency',
  severity: 'serious',
  site: 'shop',
  flow,
  step: 2,
  message: `countdown ${text}`,
  evidence: { text, selector, facts: {} },
  references: [],
})

const site = (...findings: Finding[]): SiteReport => ({
  site: 'shop',
  baseUrl: 'http://127.0.0.1',
  status: 'complete',
  durationMs: 1,
  flows: [],
  results: [{ ruleId: 'fake-urgency', outcome: 'fail', findings }],
})

const prints = (s: SiteReport) => fingerprintFindings(s).results.flatMap((r) => r.findings.map((f) => f.fingerprint))

describe('finding fingerprints', () => {
  it('ignore the selector, case, spacing and the numbers in the text', () => {
    const [a] = prints(site(finding('Offer ends in 04:59', 'div.timer-3f9a')))
    const [b] = prints(site(finding('offer  ends in 02:13', 'section > div:nth-child(2)')))
    expect(a).toBe(b)
    expect(normaliseText(' Save €4.99 NOW ')).toBe('save €# now')
  })

  it('differ by flow and by text', () => {
    const [a] = prints(site(finding('Offer ends soon', 'x')))
    const [b] = prints(site(finding('Offer ends soon', 'x', 'signup')))
    const [c] = prints(site(finding('Last chance', 'x')))
    expect(new Set([a, b, c]).size).toBe(3)
  })

  it('count findings with the same identity apart, in order', () => {
    const [a, b] = prints(site(finding(undefined, 'x'), finding(undefined, 'y')))
    expect(a).toMatch(/:1$/)
    expect(b).toMatch(/:2$/)
    expect(a!.split(':')[0]).toBe(b!.split(':')[0])
  })
})
