import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { ScanSiteFixture, SiteBehaviour } from '../fixtures/scan-sites/scan-site-fixture.js'

export interface ServedSite {
  fixture: ScanSiteFixture
  /** `http://127.0.0.1:PORT/`: the URL a scan starts from. */
  url: string
  /** How many requests the site has received, by path: shows what a scan asked for. */
  requests: Map<string, number>
}

export interface ServedScanSites {
  sites: ServedSite[]
  close(): Promise<void>
}

function answer(pages: Readonly<Record<string, string>>, behaviour: SiteBehaviour, req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (behaviour.kind === 'silent') return
  if (behaviour.kind === 'server-error') {
    res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><html lang="en"><title>Error</title><h1>500 Internal Server Error</h1></html>')
    return
  }
  const body = pages[path]
  const send = () => {
    if (res.destroyed) return
    if (path === '/robots.txt') {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('')
      return
    }
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(body ?? '<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1></html>')
  }
  if (behaviour.kind === 'slow') setTimeout(send, behaviour.delayMs)
  else send()
}

/** Serves each site on a port of its own on 127.0.0.1, as it behaves: at once, slowly, with a 500 on
 * every page, or accepting connections and never answering. */
export async function serveScanSites(fixtures: readonly ScanSiteFixture[]): Promise<ServedScanSites> {
  const servers = await Promise.all(
    fixtures.map(async (fixture) => {
      const requests = new Map<string, number>()
      const sockets = new Set<Socket>()
      const server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname
        requests.set(path, (requests.get(path) ?? 0) + 1)
        answer(fixture.pages, fixture.behaviour, req, res)
      })
      // A silent site holds its connections open: they are cut when the site closes.
      server.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
      const close = () =>
        new Promise<void>((r) => {
          for (const socket of sockets) socket.destroy()
          server.close(() => r())
        })
      const site: ServedSite = { fixture, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }
      return { site, close }
    }),
  )
  return {
    sites: servers.map((s) => s.site),
    close: async () => {
      await Promise.all(servers.map((s) => s.close()))
    },
  }
}
