import { gatingFindings } from '../report/gating.js'
import type { Report } from '../report/model.js'
import { EXIT } from './exit-codes.js'
import { INTERRUPT_EXIT } from './interruption.js'

/** An interrupted audit exits as the signal asks (130, 143). Then a report that could not be written
 * outranks everything: CI would gate on a file that is missing or stale. Then an incomplete audit
 * outranks findings: a green build must never rest on flows that did not run. */
export function exitCodeFor(report: Report, unwritten: readonly string[] = []): number {
  if (report.interrupted) return INTERRUPT_EXIT[report.interrupted.signal]
  if (unwritten.length > 0) return EXIT.usage
  if (report.sites.some((s) => s.status === 'incomplete')) return EXIT.incomplete
  return gatingFindings(report).length > 0 ? EXIT.findings : EXIT.ok
}
