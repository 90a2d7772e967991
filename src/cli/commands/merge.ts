import { MergeError, mergeScans } from '../../audit/merge-scans.js'
import { claimOutputFolder } from '../../artifacts/output-folder.js'
import { deliverReport } from '../deliver-report.js'
import { UsageError } from '../exit-codes.js'
import { SCAN_DEFAULT_FORMATS } from '../write-reports.js'
import { auditSettings, type CommonValues } from '../options.js'

/** `merge <folders…>`: the shards of one scan, as one report. */
export async function mergeCommand(folders: string[], values: CommonValues): Promise<number> {
  if (folders.length === 0) throw new UsageError('merge: expected the result folders of a sharded scan, e.g. cancelcheck merge shard-1 shard-2 --out reports/scan')
  const settings = await auditSettings(values, 'reports/merged', SCAN_DEFAULT_FORMATS)
  try {
    await claimOutputFolder(settings.outDir)
    const report = await mergeScans(folders, settings.outDir)
    return await deliverReport({ ...report, failOn: settings.failOn }, settings, undefined, values)
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message)
    throw err
  }
}
