import { allRules } from '../../rules/index.js'
import { EXIT } from '../exit-codes.js'
import type { CommonValues } from '../options.js'

export async function rulesCommand(values: CommonValues): Promise<number> {
  if (values.json) {
    process.stdout.write(`${JSON.stringify(allRules.map((r) => r.meta), null, 2)}\n`)
    return EXIT.ok
  }
  const rows = allRules.map((r) => [r.meta.id, r.meta.severity, r.meta.category, r.meta.references.map((ref) => `${ref.law} ${ref.cite}`).join('; ')])
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['id', 'severity', 'category'][i]!.length))
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ')
  process.stdout.write(`${line(['id', 'severity', 'category', 'references'])}\n`)
  for (const row of rows) process.stdout.write(`${line(row)}\n`)
  return EXIT.ok
}
