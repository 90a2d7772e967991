import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { SiteFile } from './site-file.js'
import { freePort, startProcess, startStub, stopProcess, waitForHttp } from './site-processes.js'

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
export async function serveSite(site: SiteFile, app: string): Promise<ServedSite> {
  const stub = await startStub(site)
  try {
    if (site.build.serve) {
      const port = await freePort()
      const baseUrl = `http://127.0.0.1:${port}`
      const server = startProcess(site.build.serve.replaceAll('$PORT', String(port)), app, { ...stub.env, PORT: String(port) })
      await waitForHttp(baseUrl).catch((err) => {
        stopProcess(server)
        throw err
      })
      return { baseUrl, close: async () => { stopProcess(server); stub.stop() } }
    }
    const served = await serveFolder(join(app, site.build.output!))
    return { baseUrl: served.baseUrl, close: async () => { await served.close(); stub.stop() } }
  } catch (err) {
    stub.stop()
    throw err
  }
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
