import { type ChildProcess, spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer as createNetServer } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import type { SiteFile } from './site-file.js'

export interface ServedSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  baseUrl: string
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp4': 'video/mp4',
  '.txt': 'text/plain; charset=utf-8',
}

/** Serves a built site on 127.0.0.1: a static folder (index.html for routes that are not files, as
 * single-page apps expect), or the app's own server started on a free port, with its backend stub. */
export async function serveSite(site: SiteFile, app: string, projectRoot: string): Promise<ServedSite> {
  const children: ChildProcess[] = []
  const stop = async () => {
    for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM')
  }
  try {
    let stubUrl = ''
    if (site.build.stub) {
      const port = await freePort()
      stubUrl = `http://127.0.0.1:${port}`
      children.push(start(`node '${resolve(projectRoot, site.build.stub)}'`, projectRoot, { STUB_PORT: String(port), PORT: String(port) }))
      await waitForHttp(stubUrl)
    }
    const env = Object.fromEntries(Object.entries(site.build.env).map(([k, v]) => [k, v.replaceAll('$STUB_URL', stubUrl)]))
    if (site.build.serve) {
      const port = await freePort()
      const baseUrl = `http://127.0.0.1:${port}`
      children.push(start(site.build.serve.replaceAll('$PORT', String(port)).replaceAll('$STUB_URL', stubUrl), app, { ...env, PORT: String(port) }))
      await waitForHttp(baseUrl)
      return { baseUrl, close: stop }
    }
    const served = await serveFolder(join(app, site.build.output!))
    return { baseUrl: served.baseUrl, close: async () => { await served.close(); await stop() } }
  } catch (err) {
    await stop()
    throw err
  }
}

function start(command: string, cwd: string, env: Record<string, string>): ChildProcess {
  // A process group of its own, so the app server and whatever it spawns end together.
  return spawn('bash', ['-c', `exec ${command}`], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, detached: true, stdio: 'ignore' })
}

async function serveFolder(root: string): Promise<ServedSite> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(root, path))
    const inside = file.startsWith(root)
    const found = inside && (await stat(file).catch(() => undefined))
    const target = found && found.isFile() ? file : found && found.isDirectory() ? join(file, 'index.html') : join(root, 'index.html')
    const missingAsset = !(found && found.isFile()) && extname(path) !== '' && extname(path) !== '.html'
    if (missingAsset) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream' })
    createReadStream(target).on('error', () => res.end()).pipe(res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

/** Waits until `url` answers at all (any status), up to 60 s: app servers take a while to start. */
async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const answered = await new Promise<boolean>((r) => {
      const req = request(url, { method: 'GET', timeout: 2_000 }, (res) => { res.resume(); r(true) })
      req.on('error', () => r(false)).on('timeout', () => { req.destroy(); r(false) }).end()
    })
    if (answered) return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`nothing answered at ${url} within 60 s`)
}
