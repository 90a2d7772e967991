import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { writeFileAtomic } from './write-atomic.js'
import { readTrace } from './trace-files.js'
import { EVIDENCE_DIR } from './copy-evidence.js'

/** Marks a folder as a cancelcheck report folder: the tool writes into it and tidies only there. */
export const FOLDER_MARK = '.cancelcheck'

/** What a folder may hold besides a report and still count as empty. */
const HARMLESS = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db'])

export class ForeignFolderError extends Error {}

/** Whether a folder holds a report of ours: the mark, or what a version before the mark wrote (a
 * report, a scan's progress, or the traces alone, as `audit --from` reads them). */
async function isReportFolder(dir: string, names: readonly string[]): Promise<boolean> {
  if (names.includes(FOLDER_MARK) || names.includes('results.jsonl')) return true
  if (names.includes(EVIDENCE_DIR) && (await holdsTrace(dir))) return true
  if (!names.includes('report.json')) return false
  try {
    return JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))?.tool?.name === 'cancelcheck'
  } catch {
    return false
  }
}

/** Whether one site trace of the folder (`trace.json` under `sites/`) reads as one: one is enough to tell. */
async function holdsTrace(dir: string): Promise<boolean> {
  for (const siteDir of await readdir(join(dir, EVIDENCE_DIR)).catch(() => [] as string[])) {
    if (await readTrace(join(dir, EVIDENCE_DIR, siteDir, 'trace.json')).then(() => true, () => false)) return true
  }
  return false
}

/** Takes `outDir` for a report before anything is written there. A missing or empty folder, or one
 * cancelcheck wrote before, is marked as ours; a folder of someone else's files is refused, because
 * mixing a report into it (or later tidying it) could overwrite or delete what is not ours. */
export async function claimOutputFolder(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[]
    throw new ForeignFolderError(`--out ${outDir}: cannot use this folder (${err.code ?? err.message})`)
  })
  const foreign = names.filter((name) => !HARMLESS.has(name))
  if (foreign.length > 0 && !(await isReportFolder(outDir, names))) {
    const shown = foreign.slice(0, 3).join(', ')
    throw new ForeignFolderError(
      `--out ${outDir}: the folder holds files cancelcheck did not write (${shown}${foreign.length > 3 ? `, and ${foreign.length - 3} more` : ''}); choose an empty folder or an earlier report folder`,
    )
  }
  if (!names.includes(FOLDER_MARK)) {
    await mkdir(outDir, { recursive: true })
    await writeFileAtomic(join(outDir, FOLDER_MARK), 'This folder holds a cancelcheck report. cancelcheck removes only files it wrote here.\n')
  }
}

/** Every evidence file the traces name (by default every trace in `outDir`), the traces included,
 * relative to `outDir`. The traces are the list of what a walk wrote: tidying by them never touches
 * a file of anyone else's. */
export async function evidenceFiles(outDir: string, tracePaths?: readonly string[]): Promise<Set<string>> {
  const files = new Set<string>()
  const siteDirs = tracePaths ? [] : await readdir(join(outDir, EVIDENCE_DIR)).catch(() => [] as string[])
  for (const tracePath of tracePaths ?? siteDirs.map((siteDir) => `${EVIDENCE_DIR}/${siteDir}/trace.json`)) {
    const trace = await readTrace(join(outDir, tracePath)).catch(() => undefined)
    if (!trace) continue
    files.add(tracePath)
    for (const flow of trace.flows) {
      if (flow.playwrightTrace) files.add(flow.playwrightTrace)
      for (const shot of [...flow.steps, ...(flow.settled ? [flow.settled] : [])]) {
        for (const path of [shot.screenshot, shot.thumbnail, shot.html]) if (path) files.add(path)
      }
    }
  }
  return files
}

/** Removes the files an earlier walk wrote that this one did not write again, and then the folders
 * they leave empty. Paths outside `outDir/sites` are never touched, whatever a trace says. */
export async function removeStaleEvidence(outDir: string, earlier: ReadonlySet<string>, current: ReadonlySet<string>): Promise<number> {
  const root = resolve(outDir, EVIDENCE_DIR)
  const stale = [...earlier].filter((path) => !current.has(path)).map((path) => resolve(outDir, path)).filter((file) => file.startsWith(root + sep))
  await Promise.all(stale.map((file) => rm(file, { force: true })))
  const dirs = [...new Set(stale.map((file) => dirname(file)))].sort((a, b) => b.length - a.length)
  for (const dir of dirs) {
    // rmdir removes only an empty folder: anything a user put beside the evidence keeps it.
    for (let d = dir; d.startsWith(root + sep) && relative(root, d) !== ''; d = dirname(d)) {
      if (!(await rmdir(d).then(() => true, () => false))) break
    }
  }
  return stale.length
}
