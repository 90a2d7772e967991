import { NoTracesError, reauditTraces } from '../../audit/reaudit-traces.js'
import { claimOutputFolder } from '../../artifacts/output-folder.js'
import { deliverReport, loadBaseline } from '../deliver-report.js'
import { UsageError } from '../exit-codes.js'
import { auditSettings, type CommonValues } from '../options.js'

/** `audit --from DIR`: the current rules on the traces of an earlier run, no browser needed. The
 * report is written back into DIR unless `--out` says otherwise. */
export async function auditCommand(values: CommonValues): Promise<number> {
  if (!values.from) throw new UsageError('audit: expected --from DIR, the report folder of an earlier run, e.g. cancelcheck audit --from reports/latest')
  const settings = await auditSettings({ ...values, out: values.out ?? values.from }, values.from)
  const baseline = await loadBaseline(settings)
  try {
    await claimOutputFolder(settings.outDir)
    const report = await reauditTraces({ ...settings, fromDir: values.from })
    return await deliverReport(report, settings, baseline, values)
  } catch (err) {
    if (err instanceof NoTracesError) throw new UsageError(err.message)
    throw err
  }
}
