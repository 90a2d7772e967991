import { allRules } from '../../rules/index.js'
import { referenceJurisdictions } from '../../rules/jurisdictions.js'
import { EXIT } from '../exit-codes.js'
import type { CommonValues } from '../options.js'

const HEADINGS = ['id', 'severity', 'category', 'jurisdictions', 'references']

export async function rulesCommand(values: CommonValues): Promise<number> {
  if (values.json) {
    const catalogue = allRules.map(({ meta }) => ({ ...meta, jurisdictions: referenceJurisdictions(meta) }))
    process.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`)
    return EXIT.ok
  }
  const rows = allRules.map(({ meta }) => [
    meta.id,
    severityCell(meta.severity, meta.severityByJurisdiction),
    meta.category,
    referenceJurisdictions(meta).join(','),
    meta.references.map((ref) => `${ref.law} ${ref.cite}`).join('; '),
  ])
  const last = HEADINGS.length - 1
  const widths = HEADINGS.map((heading, i) => Math.max(heading.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i < last ? c.padEnd(widths[i]!) : c)).join('  ')
  process.stdout.write(`${line(HEADINGS)}\n`)
  for (const row of rows) process.stdout.write(`${line(row)}\n`)
  return EXIT.ok
}

/** "info (de: critical)": the default, then where a jurisdiction weighs it differently. */
function severityCell(severity: string, overrides: Record<string, string> | undefined): string {
  const entries = Object.entries(overrides ?? {})
  return entries.length === 0 ? severity : `${severity} (${entries.map(([tag, s]) => `${tag}: ${s}`).join(', ')})`
}
