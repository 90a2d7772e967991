import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/exit-codes.js'
import type { LegalReference, RuleMeta } from '../../src/report/model.js'
import { defineRule, pass } from '../../src/rules/define-rule.js'
import {
  effectiveSeverity,
  isInForce,
  JURISDICTION_TAGS,
  jurisdictionName,
  jurisdictionsInForce,
  notYetInForce,
  parseJurisdictions,
  referenceJurisdictions,
  withParents,
} from '../../src/rules/jurisdictions.js'

const ref = (jurisdiction: string, fields: Partial<LegalReference> = {}): LegalReference => ({
  law: `${jurisdiction.toUpperCase()} law`,
  cite: `${jurisdiction} § 1`,
  jurisdiction,
  url: 'https://www.gesetze-im-internet.de/bgb/__312k.html',
  ...fields,
})

const meta = (fields: Partial<RuleMeta> = {}): RuleMeta => ({
  id: 'germany-only',
  title: 'A pattern only German law names',
  category: 'obstruction',
  severity: 'info',
  requires: [{ flows: ['cancel'], needs: 'every-page' }],
  references: [ref('de')],
  help: 'Why. Really.',
  fix: 'How.',
  decides: { how: ['By its references.'], flagged: 'This.', notFlagged: 'That.' },
  ...fields,
})

describe('withParents', () => {
  it('adds federal law to a US state and EU law to a member state, in report order', () => {
    expect(withParents(['us-ca'])).toEqual(['us', 'us-ca'])
    expect(withParents(['de'])).toEqual(['eu', 'de'])
    expect(withParents(['de', 'us-ma', 'uk', 'us'])).toEqual(['us', 'us-ma', 'eu', 'de', 'uk'])
  })

  it('never adds children: US federal law alone is not California law', () => {
    expect(withParents(['us'])).toEqual(['us'])
    expect(withParents(['eu'])).toEqual(['eu'])
  })

  it('knows every tag by name', () => {
    expect(JURISDICTION_TAGS.map(jurisdictionName)).toEqual([
      'US (federal)', 'California', 'New York', 'Colorado', 'Minnesota', 'Massachusetts', 'EU', 'Germany', 'United Kingdom',
    ])
    expect(jurisdictionName('fr')).toBe('fr')
  })
})

describe('parseJurisdictions', () => {
  it('is every jurisdiction when the flag is absent', () => {
    expect(parseJurisdictions(undefined)).toEqual([...JURISDICTION_TAGS])
  })

  it('reads a comma-separated list with parents, once each, ignoring spaces and case', () => {
    expect(parseJurisdictions('us-ca, DE,de')).toEqual(['us', 'us-ca', 'eu', 'de'])
    expect(parseJurisdictions('uk')).toEqual(['uk'])
  })

  it('names the flag, the bad tag and the valid ones', () => {
    expect(() => parseJurisdictions('xx')).toThrow(UsageError)
    expect(() => parseJurisdictions('eu,xx')).toThrow(
      '--jurisdiction: unknown jurisdiction "xx" (expected one or more of us, us-ca, us-ny, us-co, us-mn, us-ma, eu, de, uk, separated by commas)',
    )
    expect(() => parseJurisdictions('fr,us-tx')).toThrow('unknown jurisdictions "fr", "us-tx"')
  })

  it('refuses an empty list', () => {
    expect(() => parseJurisdictions(' , ')).toThrow('--jurisdiction: no jurisdiction given')
  })
})

describe('effectiveSeverity', () => {
  const germanyOnly = meta({ severityByJurisdiction: { de: 'critical' } })

  it('is the override of a chosen jurisdiction', () => {
    expect(effectiveSeverity(germanyOnly, parseJurisdictions('de'))).toBe('critical')
    expect(effectiveSeverity(germanyOnly, parseJurisdictions(undefined))).toBe('critical')
  })

  it('is the default where no chosen jurisdiction overrides it', () => {
    expect(effectiveSeverity(germanyOnly, parseJurisdictions('eu,uk'))).toBe('info')
    expect(effectiveSeverity(meta(), parseJurisdictions('de'))).toBe('info')
  })

  it('is the highest override among the chosen jurisdictions, even below the default', () => {
    const weighed = meta({
      severity: 'serious',
      references: [ref('eu'), ref('de'), ref('uk')],
      severityByJurisdiction: { eu: 'minor', de: 'moderate', uk: 'info' },
    })
    expect(effectiveSeverity(weighed, parseJurisdictions('de'))).toBe('moderate')
    expect(effectiveSeverity(weighed, parseJurisdictions('uk'))).toBe('info')
    expect(effectiveSeverity(weighed, parseJurisdictions('us'))).toBe('serious')
  })
})

describe('provisions in force', () => {
  const later = ref('eu', { effectiveFrom: '2026-06-19' })

  it('counts a provision from its first day, one without a date always, one not yet commenced never', () => {
    expect(isInForce(later, '2026-06-18')).toBe(false)
    expect(isInForce(later, '2026-06-19')).toBe(true)
    expect(isInForce(ref('eu'), '1999-01-01')).toBe(true)
    expect(isInForce(ref('uk', { commenced: false }), '2099-01-01')).toBe(false)
    expect(notYetInForce(later, '2026-06-18')).toBe('applies from 2026-06-19')
    expect(notYetInForce(later, '2026-06-19')).toBeUndefined()
    expect(notYetInForce(ref('uk', { commenced: false }), '2026-06-19')).toBe('not yet in force, no date set')
  })

  it('finds the chosen jurisdictions whose own provision is in force', () => {
    const references = [ref('us'), ref('us-ca', { effectiveFrom: '2025-07-01' })]
    const profile = (auditDate: string) => ({ jurisdictions: parseJurisdictions('us-ca'), auditDate })
    expect(jurisdictionsInForce(references, profile('2025-06-30'))).toEqual(['us'])
    expect(jurisdictionsInForce(references, profile('2025-07-01'))).toEqual(['us', 'us-ca'])
  })

  it('lists a rule’s jurisdictions once each, in report order', () => {
    expect(referenceJurisdictions(meta({ references: [ref('uk'), ref('de'), ref('us-ca'), ref('de')] }))).toEqual(['us-ca', 'de', 'uk'])
  })
})

describe('defineRule', () => {
  it('refuses an unknown jurisdiction and an override with no provision to rest on', () => {
    const check = () => pass()
    expect(() => defineRule({ meta: meta({ references: [ref('fr')] }), check })).toThrow('FR law names the unknown jurisdiction "fr"')
    expect(() => defineRule({ meta: meta({ severityByJurisdiction: { uk: 'critical' } }), check })).toThrow(
      'severityByJurisdiction.uk has no reference in "uk" to rest on',
    )
    expect(() => defineRule({ meta: meta({ severityByJurisdiction: { de: 'critical' } }), check })).not.toThrow()
  })
})
