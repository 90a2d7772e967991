import { BaselineError, compareWithBaseline, readBaseline } from '../report/compare-baseline.js'
import type { Report } from '../report/model.js'
import { UsageError } from './exit-codes.js'
import { exitCodeFor } from './exit-status.js'
import type { AuditSettings } from './options.js'
import { printSummary, writeReports } from './write-reports.js'
import { withPlainText } from '../artifacts/plain-text.js'

/** Read before the audit starts: a wrong path should not cost a walk of every site. */
export async function loadBaseline(settings: AuditSettings): Promise<Report | undefined> {
  if (!settings.baseline) return undefined
  try {
    return await readBaseline(settings.baseline)
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(err.message)
    throw err
  }
}

/** The common end of every audit: compare with the baseline, write the formats asked for, print
 * the summary (or the JSON), and say how the process should exit (2 when a format could not be
 * written, as ESLint does when it cannot write its output). */
export async function deliverReport(
  audited: Report,
  settings: AuditSettings,
  baseline: Report | undefined,
  output: { json?: boolean },
): Promise<number> {
  // Once here, for every output: a trace saved by an earlier version may hold Playwright's colours.
  let report: Report = withPlainText(settings.warnOnly.length > 0 ? { ...audited, warnOnly: settings.warnOnly } : audited)
  if (baseline && settings.baseline) report = compareWithBaseline(report, baseline, settings.baseline)
  // A report that cannot be written is an error even under --quiet: the build would gate on nothing.
  const { written, failed } = await writeReports(report, settings.outDir, settings, (line) => process.stderr.write(`${line}\n`))
  if (output.json) process.stdout.write(`${JSON.stringify(report)}\n`)
  else printSummary(report, written)
  return exitCodeFor(report, failed)
}
