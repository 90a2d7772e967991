import { auditSites } from '../../audit/audit-sites.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { allRules } from '../../rules/index.js'
import { loadScenarios } from '../../scenario/load-scenario.js'
import { UsageError } from '../exit-codes.js'
import { exitCodeFor } from '../exit-status.js'
import { auditSettings, type CommonValues } from '../options.js'
import { printSummary, writeReports } from '../write-reports.js'

export async function runCommand(paths: string[], values: CommonValues): Promise<number> {
  if (paths.length === 0) throw new UsageError('run: expected one or more scenario files or folders, e.g. cancelcheck run scenarios/acme.yaml')
  const settings = auditSettings(values, 'reports/latest')
  const scenarios = await loadScenarios(paths)
  if (scenarios.length === 0) throw new UsageError(`run: no scenario files (.yaml, .yml, .json, .ts) found in ${paths.join(', ')}`)
  const browser = requireBrowser(settings.log)
  const report = await auditSites(scenarios, { ...settings, rules: allRules, browser })
  await writeReports(report, settings.outDir, settings.log)
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`)
  else printSummary(report, settings.outDir)
  return exitCodeFor(report)
}
