import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SiteTrace } from './site-trace.js'
import { writeFileAtomic } from './write-atomic.js'

/** Saved beside the site's screenshots: the whole walk, snapshots included, so rules can be run
 * again on it without a browser. */
export async function writeTrace(outDir: string, siteDir: string, trace: SiteTrace): Promise<string> {
  const path = `${siteDir}/trace.json`
  await writeFileAtomic(join(outDir, path), JSON.stringify(trace))
  return path
}

export async function readTrace(path: string): Promise<SiteTrace> {
  const raw: unknown = JSON.parse(await readFile(path, 'utf8'))
  const parsed = SiteTrace.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'not a site trace'}`)
  }
  return parsed.data
}
