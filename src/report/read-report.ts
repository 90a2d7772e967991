import { readFile } from 'node:fs/promises'
import { Report } from './model.js'

/** What is wrong with a report.json: it cannot be read as JSON (`unreadable`; `missing` when there is
 * no such file), or its first field that does not fit the schema. */
export interface ReportFileProblem {
  problem: string
  unreadable: boolean
  missing: boolean
}

/** An earlier report.json, or what is wrong with it. Callers say what they expected it for. */
export async function readReportFile(file: string): Promise<{ report: Report } | ReportFileProblem> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT'
    return { problem: missing ? 'no such file' : err instanceof Error ? err.message : String(err), unreadable: true, missing }
  }
  const parsed = Report.safeParse(raw)
  if (parsed.success) return { report: parsed.data }
  const issue = parsed.error.issues[0]
  return { problem: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'not a report'}`, unreadable: false, missing: false }
}
