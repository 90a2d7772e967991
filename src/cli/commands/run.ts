import { auditSites } from '../../audit/audit-sites.js'
import { claimOutputFolder, evidenceFiles, removeStaleEvidence } from '../../artifacts/output-folder.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { loadMailboxFile } from '../../scenario/load-mailbox.js'
import { loadScenarios } from '../../scenario/load-scenario.js'
import { deliverReport, loadBaseline } from '../deliver-report.js'
import { UsageError } from '../exit-codes.js'
import { watchForInterruption } from '../interruption.js'
import { auditSettings, type CommonValues } from '../options.js'

export async function runCommand(paths: string[], values: CommonValues): Promise<number> {
  if (paths.length === 0) throw new UsageError('run: expected one or more scenario files or folders, e.g. cancelcheck run scenarios/acme.yaml')
  const settings = await auditSettings(values, 'reports/latest')
  const shared = values.mailbox ? await loadMailboxFile(values.mailbox) : undefined
  const scenarios = (await loadScenarios(paths)).map((scenario) =>
    scenario.mailbox || !shared ? scenario : { ...scenario, mailbox: shared.mailbox, secrets: [...new Set([...scenario.secrets, ...shared.secrets])] },
  )
  if (scenarios.length === 0) throw new UsageError(`run: no scenario files (.yaml, .yml, .json, .ts) found in ${paths.join(', ')}`)
  const baseline = await loadBaseline(settings)
  const browser = requireBrowser(settings.log)
  await claimOutputFolder(settings.outDir)
  const earlier = await evidenceFiles(settings.outDir)
  const interruption = watchForInterruption(settings.log)
  try {
    const report = await auditSites(scenarios, { ...settings, browser, signal: interruption.signal })
    const code = await deliverReport(report, settings, baseline, values)
    // The evidence of an earlier run goes only once a complete report no longer names it.
    if (!report.interrupted) {
      const current = await evidenceFiles(settings.outDir, report.sites.flatMap((site) => (site.trace ? [site.trace] : [])))
      await removeStaleEvidence(settings.outDir, earlier, current)
    }
    return code
  } finally {
    interruption.stop()
  }
}
