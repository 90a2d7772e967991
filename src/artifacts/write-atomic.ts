import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Writes `file` under a temporary name beside it, then renames it into place: a process killed
 * while writing leaves the previous complete file (a report.json is a later `--baseline` and
 * `audit --from` input), never a half-written one. The temporary name starts with a dot and ends in
 * `.tmp`, so a leftover from kill -9 is plainly not a report. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, file)
  } catch (err) {
    await rm(temporary, { force: true })
    throw err
  }
}
