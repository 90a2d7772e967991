import { type ChildProcess, spawn } from 'node:child_process'
import { request } from 'node:http'
import { type AddressInfo, createServer } from 'node:net'
import { resolve } from 'node:path'
import type { SiteFile } from './site-file.js'

export const PROJECT = resolve(new URL('../..', import.meta.url).pathname)
const STUBS = resolve(PROJECT, 'tests/corpus/stubs')

/** A process group of its own, so that an app server and whatever it spawns end together. */
export function startProcess(command: string, cwd: string, env: Record<string, string>): ChildProcess {
  return spawn('bash', ['-c', `exec ${command}`], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, detached: true, stdio: 'ignore' })
}

export function stopProcess(child: ChildProcess): void {
  if (child.exitCode === null && child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

/** Waits until `url` answers at all (any status), up to 60 s: app servers take a while to start. */
export async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const answered = await new Promise<boolean>((r) => {
      const req = request(url, { method: 'GET', timeout: 2_000 }, (res) => {
        res.resume()
        r(true)
      })
      req.on('error', () => r(false)).on('timeout', () => {
        req.destroy()
        r(false)
      })
      req.end()
    })
    if (answered) return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`nothing answered at ${url} within 60 s`)
}

export interface RunningStub {
  /** The site's environment with `$STUBS` and `$STUB_URL` filled in. */
  env: Record<string, string>
  stop(): void
}

/** Starts the site's backend stub, if it has one, and returns the environment its build and server
 * see. */
export async function startStub(site: SiteFile): Promise<RunningStub> {
  const fill = (env: Record<string, string>, stubUrl: string) =>
    Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replaceAll('$STUBS', STUBS).replaceAll('$STUB_URL', stubUrl)]))
  if (!site.build.stub) return { env: fill(site.build.env, ''), stop: () => undefined }
  const port = site.build.env.STUB_PORT ? Number(site.build.env.STUB_PORT) : await freePort()
  const stubUrl = `http://127.0.0.1:${port}`
  const env = { ...fill(site.build.env, stubUrl), STUB_PORT: String(port) }
  const child = startProcess(`node '${resolve(PROJECT, site.build.stub)}'`, PROJECT, env)
  await waitForHttp(stubUrl)
  return { env, stop: () => stopProcess(child) }
}
