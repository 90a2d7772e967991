import { cp } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/** The folder of a report that holds each site's screenshots, HTML and trace. */
export const EVIDENCE_DIR = 'sites'

/** Copies the evidence of the report folder `fromDir` into `toDir`, so that the paths a report names
 * (relative to its folder) hold there too; nothing to do when both are one folder. */
export async function copyEvidence(fromDir: string, toDir: string): Promise<void> {
  if (resolve(fromDir) === resolve(toDir)) return
  await cp(join(fromDir, EVIDENCE_DIR), join(toDir, EVIDENCE_DIR), { recursive: true })
}
