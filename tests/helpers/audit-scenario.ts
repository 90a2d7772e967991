import { auditSites } from '../../src/audit/audit-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { writeReports } from '../../src/cli/write-reports.js'
import type { Report } from '../../src/report/model.js'
import { allRules } from '../../src/rules/index.js'
import { loadScenario } from '../../src/scenario/load-scenario.js'

/** The whole pipeline on one scenario file, as `cancelcheck run` does it, writing every format but
 * the PDF into `outDir`. */
export async function auditScenarioFile(scenarioFile: string, outDir: string): Promise<Report> {
  const report = await auditSites([await loadScenario(scenarioFile)], {
    outDir,
    timeoutMs: 5_000,
    concurrency: 1,
    failOn: 'serious',
    rules: allRules,
    browser: requireBrowser(),
    log: () => undefined,
  })
  const { failed } = await writeReports(report, outDir, { formats: ['html', 'json', 'sarif', 'junit'] }, () => undefined)
  if (failed.length > 0) throw new Error(`these reports could not be written: ${failed.join(', ')}`)
  return report
}
