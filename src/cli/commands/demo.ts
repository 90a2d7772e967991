import { auditSites } from '../../audit/audit-sites.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { loadDemoScenarios } from '../../demo/demo-scenarios.js'
import { serveDemo } from '../../demo/serve-demo.js'
import { type DemoMailbox, startDemoMailbox } from '../../demo/mail/demo-mailbox.js'
import { errorMessage } from '../../walk/error-message.js'
import { claimOutputFolder } from '../../artifacts/output-folder.js'
import { deliverReport, loadBaseline } from '../deliver-report.js'
import { watchForInterruption } from '../interruption.js'
import { EXIT } from '../exit-codes.js'
import { auditSettings, type CommonValues } from '../options.js'

/** The bundled demo password: the scenarios read it from the environment like any secret. */
const DEMO_PASSWORD = 'correct-horse-battery-staple'

/** Serves the bundled demo sites on 127.0.0.1 and audits them. Dark variants are meant to be caught,
 * so findings are the expected outcome here: only an incomplete audit is an error. */
export async function demoCommand(values: CommonValues): Promise<number> {
  const settings = await auditSettings(values, 'reports/demo')
  const baseline = await loadBaseline(settings)
  const browser = requireBrowser(settings.log)
  await claimOutputFolder(settings.outDir)
  const password = process.env.DEMO_PASSWORD ?? DEMO_PASSWORD
  // The e-mail rules need the demo's inbox; without dovecot the rest of the demo still runs.
  const mailbox: DemoMailbox | undefined = await startDemoMailbox(password).catch((error: unknown) => {
    settings.log(`cancelcheck demo: running without the demo mailbox, so the e-mail rules do not apply: ${errorMessage(error)}`)
    return undefined
  })
  const demo = await serveDemo({ smtpPort: mailbox?.smtpPort })
  const interruption = watchForInterruption(settings.log)
  try {
    const scenarios = await loadDemoScenarios(demo, password, mailbox)
    settings.log(`cancelcheck demo: auditing ${scenarios.length} demo sites (${demo.sites.map((s) => s.id).join(', ')})`)
    const report = await auditSites(scenarios, { ...settings, browser, signal: interruption.signal })
    const code = await deliverReport(report, settings, baseline, values)
    return code === EXIT.incomplete || report.interrupted ? code : EXIT.ok
  } finally {
    interruption.stop()
    await demo.close()
    await mailbox?.close()
  }
}
