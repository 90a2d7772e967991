import { formatConsoleSummary } from '../report/console-summary.js'
import type { Report } from '../report/model.js'
import { writeHtmlReport } from '../report/render-html.js'
import { writeJsonReport } from '../report/write-json.js'
import { writeJunitReport } from '../report/write-junit.js'

const REPORTERS = [
  { name: 'json', write: writeJsonReport },
  { name: 'html', write: writeHtmlReport },
  { name: 'junit', write: writeJunitReport },
] as const

/** Writes every format; a reporter that throws is reported and the others still write. */
export async function writeReports(report: Report, outDir: string, log: (line: string) => void): Promise<{ failed: string[] }> {
  const failed: string[] = []
  for (const reporter of REPORTERS) {
    try {
      await reporter.write(report, outDir)
    } catch (err) {
      failed.push(reporter.name)
      log(`cancelcheck: the ${reporter.name} report could not be written: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return { failed }
}

export function printSummary(report: Report, outDir: string): void {
  process.stdout.write(`${formatConsoleSummary(report, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR })}\n`)
  process.stdout.write(`Report: ${outDir}/index.html (JSON: ${outDir}/report.json, JUnit: ${outDir}/junit.xml)\n`)
}
