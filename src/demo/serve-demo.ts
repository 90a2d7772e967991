import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { boxlyPages } from './pages/boxly/index.js'
import { kioskPages } from './pages/kiosk/index.js'
import { ledgerPages } from './pages/ledger/index.js'
import { shieldrPages } from './pages/shieldr/index.js'
import type { SitePages, Variant } from './pages/site-pages.js'
import { streamlyPages } from './pages/streamly/index.js'
import { answerMemberEvent, type MailOf } from './mail/member-events.js'
import { streamlyMail } from './mail/streamly-mail.js'

export interface DemoSite {
  /** `<site folder>-<variant>`, e.g. `streamly-dark`; also the scenario's file name. */
  id: string
  /** The product's name, e.g. `Streamly`. */
  site: string
  variant: Variant
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  baseUrl: string
  /** Absolute path of the variant's scenario in `scenarios/demo/`. */
  scenarioFile: string
}

export interface DemoServer {
  sites: DemoSite[]
  close(): Promise<void>
}

const SITES_DIR = fileURLToPath(new URL('./sites/', import.meta.url))
const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/demo/', import.meta.url))

/** The bundled sites: their folder under `sites/` (assets), the name reports show, and their pages. */
const CATALOGUE = [
  { folder: 'streamly', site: 'Streamly', pagesOf: streamlyPages },
  { folder: 'ledger', site: 'The Daily Ledger', pagesOf: ledgerPages },
  { folder: 'boxly', site: 'Boxly', pagesOf: boxlyPages },
  { folder: 'kiosk', site: 'Kiosk Plus', pagesOf: kioskPages },
  { folder: 'shieldr', site: 'Shieldr VPN', pagesOf: shieldrPages },
] as const
const VARIANTS = ['dark', 'fair'] as const
/** The sites that send e-mail, by folder, and the address they send from. */
const MAIL: Readonly<Record<string, { mailOf: MailOf; from: string }>> = {
  streamly: { mailOf: streamlyMail, from: 'Streamly <hello@streamly.example>' },
}

const HTML = 'text/html; charset=utf-8'
const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/** Serves every variant of every bundled site on its own 127.0.0.1 port, so pages can use
 * root-relative links. Port 0 (the default) takes free ports; a fixed `port` gives the variants
 * `port`, `port + 1`, ... in catalogue order. With `smtpPort`, the sites that send e-mail send it
 * there (see src/demo/mail/). */
export async function serveDemo(options: { port?: number; smtpPort?: number } = {}): Promise<DemoServer> {
  const variants = CATALOGUE.flatMap((entry) => VARIANTS.map((variant) => ({ ...entry, variant })))
  const servers: Server[] = []
  const sites: DemoSite[] = []
  try {
    for (const [index, { folder, site, pagesOf, variant }] of variants.entries()) {
      const content: VariantContent = {
        variant,
        pages: pagesOf(variant),
        assetRoots: [join(SITES_DIR, folder, variant), join(SITES_DIR, folder, 'shared')],
        mail: { variant, from: MAIL[folder]?.from ?? `${site} <hello@example.com>`, mailOf: MAIL[folder]?.mailOf, smtpPort: options.smtpPort },
      }
      const server = createServer((req, res) => {
        handle(req, res, content).catch((err: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
          res.end(`Internal error: ${err instanceof Error ? err.message : String(err)}`)
        })
      })
      servers.push(server)
      const port = await listen(server, options.port ? options.port + index : 0)
      const id = `${folder}-${variant}`
      sites.push({ id, site, variant, baseUrl: `http://127.0.0.1:${port}`, scenarioFile: join(SCENARIOS_DIR, `${id}.yaml`) })
    }
  } catch (err) {
    await closeAll(servers)
    throw err
  }
  return { sites, close: () => closeAll(servers) }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolvePort((server.address() as AddressInfo).port)
    })
  })
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((done) => {
          if (!server.listening) return done()
          server.close(() => done())
          // A browser keeps idle connections open; without this, close() waits for them.
          server.closeAllConnections()
        }),
    ),
  )
}

/** What one variant serves: pages rendered on request, and asset files from its own folder first,
 * then from the site's shared folder. */
interface VariantContent {
  variant: Variant
  pages: SitePages
  assetRoots: string[]
  mail: Parameters<typeof answerMemberEvent>[2]
}

async function handle(req: IncomingMessage, res: ServerResponse, content: VariantContent): Promise<void> {
  if (req.method === 'POST' && requestPath(req.url ?? '/') === '/api/mail') return answerMemberEvent(req, res, content.mail)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('Method not allowed')
    return
  }
  const path = requestPath(req.url ?? '/')
  if (path === undefined) return sendNotFound(req, res, content)
  const render = content.pages[pagePath(path)]
  if (render) return send(req, res, 200, HTML, Buffer.from(render(content.variant)))
  const file = await findAsset(path, content.assetRoots)
  if (file) return send(req, res, 200, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file))
  return sendNotFound(req, res, content)
}

/** The decoded path of a request, without a trailing slash; undefined for one that cannot name a
 * page or asset however it is encoded (a bad escape, a NUL, a backslash). */
function requestPath(requestUrl: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(requestUrl, 'http://demo.invalid').pathname)
  } catch {
    return undefined
  }
  if (path.includes('\0') || path.includes('\\')) return undefined
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** The page a path asks for: pages were once files, so `/pricing.html` and `/index` still name
 * `/pricing` and `/`. */
function pagePath(path: string): string {
  const withoutExtension = path.endsWith('.html') ? path.slice(0, -'.html'.length) : path
  return withoutExtension === '/index' ? '/' : withoutExtension
}

/** The asset file a path names, looked up in each root in turn; undefined for anything outside them. */
async function findAsset(path: string, roots: string[]): Promise<string | undefined> {
  for (const root of roots) {
    const base = resolve(root)
    const full = resolve(base, `.${path}`)
    if (!full.startsWith(base + sep)) continue
    const info = await stat(full).catch(() => undefined)
    if (info?.isFile()) return full
  }
  return undefined
}

function sendNotFound(req: IncomingMessage, res: ServerResponse, content: VariantContent): void {
  send(req, res, 404, HTML, Buffer.from(content.pages['/404'](content.variant)))
}

function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

function portFromArgs(args: string[]): number | undefined {
  const at = args.indexOf('--port')
  if (at === -1) return undefined
  const port = Number(args[at + 1])
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port expects a port number, got "${args[at + 1] ?? ''}"`)
  return port
}

// `tsx src/demo/serve-demo.ts [--port 4173]`: serve the sites for exploring them by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const demo = await serveDemo({ port: portFromArgs(process.argv.slice(2)) })
  for (const site of demo.sites) console.log(`${site.id.padEnd(14)} ${site.baseUrl}/   (${site.site}, ${site.variant})`)
  console.log('Serving until Ctrl-C.')
  const stop = () => {
    void demo.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
