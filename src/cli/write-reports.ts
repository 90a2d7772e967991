import { formatConsoleSummary } from '../report/console-summary.js'
import type { Report } from '../report/model.js'
import { writeHtmlReport } from '../report/render-html.js'
import { writeCsvReport } from '../report/write-csv.js'
import { writeJsonReport } from '../report/write-json.js'
import { writeJunitReport } from '../report/write-junit.js'
import { writePdfReport } from '../report/write-pdf.js'
import { writeSarifReport } from '../report/write-sarif.js'
import { writeMarkdownSummary } from '../report/write-markdown.js'
import { UsageError } from './exit-codes.js'

export const REPORT_FORMATS = ['html', 'json', 'sarif', 'junit', 'csv', 'pdf', 'markdown'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
/** PDF is left out by default: printing takes a browser and seconds, and only auditors' files need it.
 * The CSV table is for sweeps of many sites: `scan` writes it by default. */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['html', 'json', 'sarif', 'junit']
export const SCAN_DEFAULT_FORMATS: readonly ReportFormat[] = [...DEFAULT_FORMATS, 'csv']

export interface WriteOptions {
  formats: readonly ReportFormat[]
  /** Screenshots inlined into index.html, for a report that travels as one file. */
  singleFile?: boolean
}

/** In writing order: the PDF prints the HTML written before it. */
const REPORTERS: ReadonlyArray<{ format: ReportFormat; file: string; write: (report: Report, outDir: string, options: WriteOptions) => Promise<unknown> }> = [
  { format: 'json', file: 'report.json', write: (r, dir) => writeJsonReport(r, dir) },
  { format: 'html', file: 'index.html', write: (r, dir, o) => writeHtmlReport(r, dir, { inlineImages: o.singleFile }) },
  { format: 'sarif', file: 'report.sarif', write: (r, dir) => writeSarifReport(r, dir) },
  { format: 'junit', file: 'junit.xml', write: (r, dir) => writeJunitReport(r, dir) },
  { format: 'csv', file: 'sites.csv', write: (r, dir) => writeCsvReport(r, dir) },
  { format: 'pdf', file: 'report.pdf', write: (r, dir) => writePdfReport(r, dir) },
  { format: 'markdown', file: 'summary.md', write: (r, dir) => writeMarkdownSummary(r, dir) },
]

export function parseFormats(value: string | undefined, fallback: readonly ReportFormat[] = DEFAULT_FORMATS): ReportFormat[] {
  if (value === undefined) return [...fallback]
  const asked = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)
  const unknown = asked.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f))
  if (unknown.length > 0 || asked.length === 0) {
    throw new UsageError(`--format: expected a comma-separated list of ${REPORT_FORMATS.join(', ')}, got "${value}"`)
  }
  return [...new Set(asked as ReportFormat[])]
}

/** Writes every format asked for; a reporter that throws is reported and the others still write. */
export async function writeReports(
  report: Report,
  outDir: string,
  options: WriteOptions,
  log: (line: string) => void,
): Promise<{ written: string[]; failed: ReportFormat[] }> {
  const written: string[] = []
  const failed: ReportFormat[] = []
  for (const reporter of REPORTERS) {
    if (!options.formats.includes(reporter.format)) continue
    try {
      await reporter.write(report, outDir, options)
      written.push(`${outDir}/${reporter.file}`)
    } catch (err) {
      failed.push(reporter.format)
      log(`cancelcheck: the ${reporter.format} report could not be written: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return { written, failed }
}

export function printSummary(report: Report, written: readonly string[]): void {
  process.stdout.write(`${formatConsoleSummary(report, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR })}\n`)
  if (written.length > 0) process.stdout.write(`Report: ${written.join(', ')}\n`)
}
