import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { SiteFile } from './site-file.js'
import { startStub } from './site-processes.js'

const run = promisify(execFile)

export interface CorpusPlaces {
  /** Bare git mirrors, one per `owner+name/repo`. */
  mirrors: string
  /** Where sites are exported, installed and built; outside the project. */
  corpusDir: string
}

/** Sites of one repository, commit and folder share one build. */
export function buildKey(site: SiteFile): string {
  const dir = site.source.dir === '.' ? '' : `-${site.source.dir.replace(/[^\w.-]+/g, '_')}`
  return `${site.source.repo.replace('/', '+')}-${site.source.commit.slice(0, 10)}${dir}`
}

/** The folder of the app, built; exported from the mirror, installed and built the first time. */
export async function prepareSite(site: SiteFile, places: CorpusPlaces, log: (line: string) => void): Promise<string> {
  const root = join(places.corpusDir, 'builds', buildKey(site))
  const app = join(root, site.source.dir)
  const stamp = join(root, '.prepared')
  if (existsSync(stamp)) return app
  const gitDir = join(places.mirrors, site.source.repo.replace('/', '+'), 'repo')
  if (!existsSync(gitDir)) throw new Error(`${site.id}: no mirror of ${site.source.repo} at ${gitDir}`)
  const partial = `${root}.partial`
  await rm(partial, { recursive: true, force: true })
  await mkdir(partial, { recursive: true })
  log(`${site.id}: exporting ${site.source.repo}@${site.source.commit.slice(0, 10)}`)
  const pathspec = site.source.dir === '.' ? [] : [site.source.dir]
  await shell(`git --git-dir='${gitDir}' archive ${site.source.commit} ${pathspec.join(' ')} | tar -x -C '${partial}'`, partial, {})
  const partialApp = join(partial, site.source.dir)
  // Some builds read from the backend (pages rendered at build time), so its stub runs meanwhile.
  const stub = await startStub(site)
  try {
    for (const [what, command] of [['install', site.build.install], ['build', site.build.command]] as const) {
      if (!command) continue
      log(`${site.id}: ${what}: ${command}`)
      const started = Date.now()
      await shell(command, partialApp, stub.env)
      log(`${site.id}: ${what} done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  } finally {
    stub.stop()
  }
  await rm(root, { recursive: true, force: true })
  await rename(partial, root)
  await writeFile(stamp, `${new Date().toISOString()}\n`)
  return app
}

/** Runs `command` in `cwd`; on failure the error carries the end of its output. */
async function shell(command: string, cwd: string, env: Record<string, string>): Promise<void> {
  try {
    await run('bash', ['-o', 'pipefail', '-c', command], {
      cwd,
      env: { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string }
    const tail = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(`\`${command}\` failed in ${cwd}:\n${tail}`)
  }
}
