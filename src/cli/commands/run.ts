import { auditSites } from '../../audit/audit-sites.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { loadScenarios } from '../../scenario/load-scenario.js'
import { deliverReport, loadBaseline } from '../deliver-report.js'
import { UsageError } from '../exit-codes.js'
import { auditSettings, type CommonValues } from '../options.js'

export async function runCommand(paths: string[], values: CommonValues): Promise<number> {
  if (paths.length === 0) throw new UsageError('run: expected one or more scenario files or folders, e.g. cancelcheck run scenarios/acme.yaml')
  const settings = await auditSettings(values, 'reports/latest')
  const scenarios = await loadScenarios(paths)
  if (scenarios.length === 0) throw new UsageError(`run: no scenario files (.yaml, .yml, .json, .ts) found in ${paths.join(', ')}`)
  const baseline = await loadBaseline(settings)
  const browser = requireBrowser(settings.log)
  const report = await auditSites(scenarios, { ...settings, browser })
  return deliverReport(report, settings, baseline, values)
}
