import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyEvidence } from '../artifacts/copy-evidence.js'
import { readTrace } from '../artifacts/trace-files.js'
import type { Report, Severity } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { buildReport } from './build-report.js'
import { judgeTrace, jurisdictionProfile } from './judge-trace.js'

export interface ReauditOptions {
  /** The report folder of an earlier run: its `sites/<site>/trace.json` files are read. */
  fromDir: string
  outDir: string
  failOn: Severity
  jurisdictions?: readonly string[]
  auditDate?: string
  rules: readonly Rule[]
  log: (line: string) => void
}

export class NoTracesError extends Error {}

/** Runs the current rules on the traces an earlier run saved, with no browser: a rule change can be
 * checked on yesterday's walk. Screenshot paths in the traces are relative to the report folder, so
 * a different output folder gets a copy of the evidence. */
export async function reauditTraces(options: ReauditOptions): Promise<Report> {
  const tracePaths = await savedTraces(options.fromDir)
  if (tracePaths.length === 0) {
    throw new NoTracesError(`--from ${options.fromDir}: no sites/*/trace.json found (expected the report folder of an earlier cancelcheck run)`)
  }
  await copyEvidence(options.fromDir, options.outDir)
  const profile = jurisdictionProfile(options)
  const sites = []
  for (const tracePath of tracePaths) {
    const trace = await readTrace(join(options.fromDir, tracePath))
    sites.push(judgeTrace(trace, options.rules, profile, tracePath))
    options.log(`${trace.site}: rules run again on ${tracePath}`)
  }
  return buildReport(sites, options.rules, { failOn: options.failOn, ...profile })
}

/** In the earlier report's order when its report.json is there, else by folder name. */
async function savedTraces(fromDir: string): Promise<string[]> {
  let folders: string[]
  try {
    folders = (await readdir(join(fromDir, 'sites'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name)
  } catch {
    return []
  }
  const present: string[] = []
  for (const folder of folders.sort()) {
    const path = `sites/${folder}/trace.json`
    try {
      await access(join(fromDir, path))
      present.push(path)
    } catch {
      // a folder without a trace (a site that never started) has nothing to re-run
    }
  }
  const order = await earlierOrder(fromDir)
  return present.sort((a, b) => rank(order, a) - rank(order, b))
}

async function earlierOrder(fromDir: string): Promise<string[]> {
  try {
    const report = JSON.parse(await readFile(join(fromDir, 'report.json'), 'utf8')) as { sites?: Array<{ trace?: unknown }> }
    return (report.sites ?? []).map((s) => (typeof s.trace === 'string' ? s.trace : ''))
  } catch {
    return []
  }
}

const rank = (order: string[], path: string): number => {
  const i = order.indexOf(path)
  return i === -1 ? order.length : i
}
