import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ServedPages {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  baseUrl: string
  close(): Promise<void>
}

/** Serves each body of `pages` by its path on a free 127.0.0.1 port, wrapped in a minimal English
 * HTML document (a `.txt` path, such as robots.txt, as plain text); any other path is a 404. */
export async function servePages(pages: Readonly<Record<string, string>>): Promise<ServedPages> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const body = pages[path]
    if (path.endsWith('.txt')) {
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(body ?? '')
      return
    }
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><title>Test</title><body>${body ?? 'Not found'}</body></html>`)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
