import { describe, expect, it } from 'vitest'
import { applyJurisdictions } from '../../src/audit/apply-jurisdictions.js'
import { exitCodeFor } from '../../src/cli/exit-status.js'
import { type Finding, type LegalReference, type Report, type RuleMeta, type RuleResult, SCHEMA_VERSION } from '../../src/report/model.js'
import { parseJurisdictions } from '../../src/rules/jurisdictions.js'

const ref = (law: string, jurisdiction: string, effectiveFrom?: string): LegalReference => ({
  law,
  cite: `${law} § 1`,
  jurisdiction,
  url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
  ...(effectiveFrom ? { effectiveFrom } : {}),
})

const ROSCA = ref('ROSCA', 'us', '2010-12-29')
const CA_ARL = ref('CA ARL', 'us-ca', '2025-07-01')
const CRD = ref('EU CRD', 'eu', '2014-06-13')
const BGB = ref('BGB', 'de', '2022-07-01')
const WITHDRAWAL_BUTTON = ref('EU withdrawal function', 'eu', '2026-06-19')
const DMCC_SUBSCRIPTIONS: LegalReference = { ...ref('UK DMCC Act', 'uk'), commenced: false }

const rule = (id: string, references: LegalReference[], fields: Partial<RuleMeta> = {}): { meta: RuleMeta } => ({
  meta: { id, title: id, category: 'obstruction', severity: 'serious', requires: [{ flows: ['cancel'], needs: 'every-page' }], references, help: 'Why. Why.', fix: 'Fix.', decides: { how: ['How.'], flagged: 'This.', notFlagged: 'That.' }, ...fields },
})

const finding = (meta: RuleMeta): Finding => ({
  ruleId: meta.id,
  severity: meta.severity,
  site: 'Shop',
  flow: 'cancel',
  step: 1,
  message: 'seen',
  evidence: { facts: {} },
  references: meta.references,
})

const failed = ({ meta }: { meta: RuleMeta }): RuleResult => ({ ruleId: meta.id, outcome: 'fail', findings: [finding(meta)] })

const apply = (results: RuleResult[], rules: { meta: RuleMeta }[], jurisdictions: string, auditDate = '2026-01-01') =>
  applyJurisdictions(results, rules, { jurisdictions: parseJurisdictions(jurisdictions), auditDate })

describe('applyJurisdictions', () => {
  const everywhere = rule('everywhere', [CRD, BGB, ROSCA, CA_ARL, DMCC_SUBSCRIPTIONS])

  it('keeps only the references of the chosen jurisdictions and their parents', () => {
    const [california] = apply([failed(everywhere)], [everywhere], 'us-ca')
    expect(california!.findings[0]!.references.map((r) => r.law)).toEqual(['ROSCA', 'CA ARL'])
    const [germany] = apply([failed(everywhere)], [everywhere], 'de')
    expect(germany!.findings[0]!.references.map((r) => r.law)).toEqual(['EU CRD', 'BGB'])
    expect(germany!.outcome).toBe('fail')
    const [all] = apply([failed(everywhere)], [everywhere], 'us,us-ca,eu,de,uk')
    expect(all!.findings[0]!.references).toHaveLength(5)
  })

  it('reads a provision as informational the day before it applies and in force from that day', () => {
    const withdrawal = rule('withdrawal-button', [WITHDRAWAL_BUTTON])
    const [before] = apply([failed(withdrawal)], [withdrawal], 'eu', '2026-06-18')
    expect(before!.outcome).toBe('not-applicable')
    expect(before!.reason).toBe('no provision in force in eu (informational: EU withdrawal function applies from 2026-06-19)')
    expect(before!.findings[0]!.references, 'shown, though informational').toEqual([WITHDRAWAL_BUTTON])
    const [onTheDay] = apply([failed(withdrawal)], [withdrawal], 'eu', '2026-06-19')
    expect(onTheDay!.outcome).toBe('fail')
    expect(onTheDay!.reason).toBeUndefined()
  })

  it('makes a rule not applicable, findings kept, when nothing of it is in force in the chosen jurisdictions', () => {
    const confirmation = rule('missing-confirmation', [BGB, CA_ARL, DMCC_SUBSCRIPTIONS])
    const [uk] = apply([failed(confirmation)], [confirmation], 'uk')
    expect(uk).toMatchObject({ outcome: 'not-applicable', reason: 'no provision in force in uk (informational: UK DMCC Act not yet in force, no date set)' })
    expect(uk!.findings).toHaveLength(1)
    const [california] = apply([failed(confirmation)], [confirmation], 'us-ca', '2025-06-30')
    expect(california!.reason).toBe('no provision in force in us, us-ca (informational: CA ARL applies from 2025-07-01)')
    expect(california!.findings[0]!.references).toEqual([CA_ARL])
    const [colorado] = apply([{ ruleId: 'missing-confirmation', outcome: 'pass', findings: [] }], [confirmation], 'us-co')
    expect(colorado).toEqual({ ruleId: 'missing-confirmation', outcome: 'not-applicable', reason: 'no provision in force in us, us-co', findings: [] })
  })

  it('keeps a not-applicable rule out of the exit code', () => {
    const confirmation = rule('missing-confirmation', [BGB, DMCC_SUBSCRIPTIONS])
    const report = (jurisdictions: string): Report => ({
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'cancelcheck', version: '0.0.0' },
      generatedAt: '2026-01-01T00:00:00.000Z',
      failOn: 'serious',
      jurisdictions: parseJurisdictions(jurisdictions),
      auditDate: '2026-01-01',
      rules: [confirmation.meta],
      sites: [{ site: 'Shop', baseUrl: 'http://127.0.0.1/', status: 'complete', durationMs: 1, flows: [], results: apply([failed(confirmation)], [confirmation], jurisdictions) }],
    })
    expect(exitCodeFor(report('uk'))).toBe(0)
    expect(exitCodeFor(report('de'))).toBe(1)
  })

  it('gives each finding the severity its jurisdictions in force give it', () => {
    const germanyOnly = rule('germany-only', [CRD, BGB], { severity: 'info', severityByJurisdiction: { de: 'critical' } })
    const severity = (jurisdictions: string, auditDate?: string) =>
      apply([failed(germanyOnly)], [germanyOnly], jurisdictions, auditDate)[0]!.findings[0]!.severity
    expect(severity('de')).toBe('critical')
    expect(severity('eu')).toBe('info')
    expect(severity('de', '2022-06-30'), 'BGB is informational before it applies, so it weighs nothing').toBe('info')
    expect(severity('de', '2022-07-01')).toBe('critical')
  })

  it('leaves results of rules it does not know as they are, but for the references', () => {
    const unknown = rule('not-registered', [CRD, ROSCA])
    const [result] = apply([failed(unknown)], [], 'us')
    expect(result!.outcome).toBe('fail')
    expect(result!.findings[0]!.references).toEqual([ROSCA])
  })
})
