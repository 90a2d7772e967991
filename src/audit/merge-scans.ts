import { join } from 'node:path'
import { copyEvidence } from '../artifacts/copy-evidence.js'
import { fingerprintFindings } from '../report/fingerprint.js'
import type { Report } from '../report/model.js'
import { readReportFile } from '../report/read-report.js'
import { readResults, RESULTS_FILE, type ScanResultLine } from './scan-sites.js'

export class MergeError extends Error {}

/** Combines the result folders of a sharded scan into one report, in the order of the original URL
 * list, as Playwright's merge-reports does for its shards. Every folder must come from the same
 * version and read the law the same way, or the merged counts would mix two audits. */
export async function mergeScans(folders: readonly string[], outDir: string): Promise<Report> {
  const lines = new Map<number, ScanResultLine>()
  let first: Report | undefined
  for (const folder of folders) {
    const report = await readFolderReport(folder)
    if (first && (first.tool.version !== report.tool.version || first.auditDate !== report.auditDate || first.jurisdictions.join() !== report.jurisdictions.join())) {
      throw new MergeError(
        `${folder}: made by cancelcheck ${report.tool.version} for ${report.jurisdictions.join(',')} as of ${report.auditDate}; ${folders[0]} by ${first.tool.version} for ${first.jurisdictions.join(',')} as of ${first.auditDate} (expected the same version, jurisdictions and audit date)`,
      )
    }
    first ??= report
    const results = await readResults(join(folder, RESULTS_FILE))
    if (results.size === 0) throw new MergeError(`${folder}: no ${RESULTS_FILE} with results (expected the folder of a cancelcheck scan)`)
    for (const [index, line] of results) lines.set(index, line)
    await copyEvidence(folder, outDir)
  }
  const sites = [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => fingerprintFindings(line.site))
  return { ...first!, generatedAt: new Date().toISOString(), sites, baseline: undefined }
}

async function readFolderReport(folder: string): Promise<Report> {
  const read = await readReportFile(join(folder, 'report.json'))
  if ('report' in read) return read.report
  if (read.missing) throw new MergeError(`${folder}: no report.json (expected the folder of a finished cancelcheck scan, written with the json format)`)
  throw new MergeError(`${folder}/report.json: ${read.problem}`)
}
