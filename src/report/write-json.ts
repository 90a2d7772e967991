import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Report } from './model.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

export const JSON_REPORT_FILE = 'report.json'

/** Writes `report.json`, the source of truth every other view is made from. The report is
 * validated first, so a malformed report fails here and not in a later `audit --from`. */
export async function writeJsonReport(report: Report, outDir: string): Promise<string> {
  const valid = Report.parse(report)
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, JSON_REPORT_FILE)
  await writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`)
  return file
}
