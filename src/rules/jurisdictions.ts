import { UsageError } from '../cli/exit-codes.js'
import { type LegalReference, type RuleMeta, SEVERITY_ORDER, type Severity } from '../report/model.js'

// The legal systems a report can speak for. A tag's parent is the wider system whose law also
// applies there: federal law in a US state, EU law in a member state. Parents point upward only,
// so choosing `us` does not bring in California's law.

/** In the order reports list them: federal before state, the EU before its member states. */
export const JURISDICTION_TAGS = ['us', 'us-ca', 'us-ny', 'us-co', 'us-mn', 'us-ma', 'eu', 'de', 'uk'] as const
export type Jurisdiction = (typeof JURISDICTION_TAGS)[number]

export const JURISDICTIONS: Record<Jurisdiction, { name: string; parent?: Jurisdiction }> = {
  us: { name: 'US (federal)' },
  'us-ca': { name: 'California', parent: 'us' },
  'us-ny': { name: 'New York', parent: 'us' },
  'us-co': { name: 'Colorado', parent: 'us' },
  'us-mn': { name: 'Minnesota', parent: 'us' },
  'us-ma': { name: 'Massachusetts', parent: 'us' },
  eu: { name: 'EU' },
  de: { name: 'Germany', parent: 'eu' },
  uk: { name: 'United Kingdom' },
}

/** The jurisdictions a report speaks for and the day the law is read as of. */
export interface JurisdictionProfile {
  /** Tags with their parents, as `parseJurisdictions` returns them. */
  jurisdictions: readonly string[]
  /** ISO date (YYYY-MM-DD). */
  auditDate: string
}

export const isJurisdiction = (tag: string): tag is Jurisdiction => (JURISDICTION_TAGS as readonly string[]).includes(tag)

/** A tag's display name; an unknown tag (from a report written by another version) as it is. */
export const jurisdictionName = (tag: string): string => (isJurisdiction(tag) ? JURISDICTIONS[tag].name : tag)

/** The tags with every ancestor added, once each, in report order. Unknown tags are dropped: no
 * provision can be known to apply in them. */
export function withParents(tags: readonly string[]): Jurisdiction[] {
  const chosen = new Set<Jurisdiction>()
  for (const tag of tags) {
    for (let t: Jurisdiction | undefined = isJurisdiction(tag) ? tag : undefined; t; t = JURISDICTIONS[t].parent) chosen.add(t)
  }
  return JURISDICTION_TAGS.filter((t) => chosen.has(t))
}

/** The value of `--jurisdiction` (comma-separated tags; absent: all of them) as a profile's tags,
 * parents included. */
export function parseJurisdictions(value: string | undefined): Jurisdiction[] {
  if (value === undefined) return [...JURISDICTION_TAGS]
  const expected = `expected one or more of ${JURISDICTION_TAGS.join(', ')}, separated by commas`
  const tags = value.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '')
  if (tags.length === 0) throw new UsageError(`--jurisdiction: no jurisdiction given (${expected})`)
  const unknown = tags.filter((t) => !isJurisdiction(t))
  if (unknown.length > 0) {
    const names = unknown.map((t) => `"${t}"`).join(', ')
    throw new UsageError(`--jurisdiction: unknown jurisdiction${unknown.length === 1 ? '' : 's'} ${names} (${expected})`)
  }
  return withParents(tags)
}

/** Whether a provision applies on the audit date. One with no date counts as in force; one whose
 * commencement is not yet set does not. ISO dates compare as strings. */
export const isInForce = (ref: Pick<LegalReference, 'effectiveFrom' | 'commenced'>, auditDate: string): boolean =>
  ref.commenced !== false && (ref.effectiveFrom === undefined || ref.effectiveFrom <= auditDate)

/** How an informational reference is marked ("applies from 2026-06-19"); undefined when it is in
 * force on the audit date. */
export function notYetInForce(ref: Pick<LegalReference, 'effectiveFrom' | 'commenced'>, auditDate: string): string | undefined {
  if (isInForce(ref, auditDate)) return undefined
  return ref.effectiveFrom && ref.effectiveFrom > auditDate ? `applies from ${ref.effectiveFrom}` : 'not yet in force, no date set'
}

/** The references that belong to the profile's jurisdictions (pass them with their parents). */
export const referencesIn = (references: readonly LegalReference[], jurisdictions: readonly string[]): LegalReference[] =>
  references.filter((ref) => jurisdictions.includes(ref.jurisdiction))

/** The jurisdictions a rule's references name, once each, in report order (unknown tags last). */
export function referenceJurisdictions(meta: Pick<RuleMeta, 'references'>): string[] {
  const tags = [...new Set(meta.references.map((ref) => ref.jurisdiction))]
  const rank = (tag: string) => (isJurisdiction(tag) ? JURISDICTION_TAGS.indexOf(tag) : JURISDICTION_TAGS.length)
  return tags.sort((a, b) => rank(a) - rank(b))
}

/** The highest of the rule's severity overrides for these tags, if it has any for them. */
export function severityOverride(meta: Pick<RuleMeta, 'severityByJurisdiction'>, jurisdictions: readonly string[]): Severity | undefined {
  const overrides = jurisdictions.flatMap((tag) => meta.severityByJurisdiction?.[tag] ?? [])
  return SEVERITY_ORDER.find((s) => overrides.includes(s))
}

/** A rule's severity in a profile: the highest of its overrides for the profile's tags (parents
 * included, as `parseJurisdictions` returns them), else its default. */
export const effectiveSeverity = (meta: Pick<RuleMeta, 'severity' | 'severityByJurisdiction'>, jurisdictions: readonly string[]): Severity =>
  severityOverride(meta, jurisdictions) ?? meta.severity

/** The profile's tags in which one of these references is in force. An override speaks for the law
 * of its own jurisdiction, so it counts only where that law applies on the audit date: a provision
 * that starts later is informational and weighs nothing. */
export const jurisdictionsInForce = (references: readonly LegalReference[], profile: JurisdictionProfile): string[] =>
  profile.jurisdictions.filter((tag) => references.some((ref) => ref.jurisdiction === tag && isInForce(ref, profile.auditDate)))
