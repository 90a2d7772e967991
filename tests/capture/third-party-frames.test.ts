import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { PageSnapshot } from '../../src/capture/page-snapshot.js'
import { takeSnapshot } from '../../src/capture/take-snapshot.js'
import { scoreLinks } from '../../src/discover/score-links.js'
import cancelEntryHidden from '../../src/rules/cancel-entry-hidden.js'
import { ownElements } from '../../src/rules/lib/own-elements.js'
import { runRules } from '../../src/rules/run-rules.js'
import type { LoadedScenario } from '../../src/scenario/loaded-scenario.js'
import { walkSite } from '../../src/walk/walk-site.js'

// A subscription site with three frames: a chat widget that a script from another origin writes into
// an empty frame (a wall of help-article links in its own footer, a "Cancel subscription" link among
// them), an ad served from another origin, and, as the decoy, a frame the site serves from its own
// origin with its own "Manage subscription" link.

const ARTICLES = Array.from({ length: 20 }, (_, i) => `<a href="/help/articles/${i + 1}">Article ${i + 1}</a>`).join(' ')

const CHAT_SCRIPT = `
const frame = document.createElement('iframe')
frame.id = 'chat-widget'
frame.title = 'Chat'
frame.style.cssText = 'position:fixed;right:16px;bottom:16px;width:360px;height:420px;border:0'
document.body.appendChild(frame)
frame.contentDocument.body.innerHTML = ${JSON.stringify(
  `<style>body { font: 13px sans-serif; margin: 0 } footer a { margin-right: 6px }</style>
<p>Hi! How can we help?</p>
<footer>${ARTICLES} <a href="/widget/cancel-subscription">Cancel subscription</a> <a href="mailto:hello@chatvendor.example">Email us</a></footer>`,
)}
`

const AD = '<!doctype html><html><body><a href="/offer">Save 50%</a> <a href="/cancel-subscription">Cancel subscription</a></body></html>'

const sitePage = (title: string, main: string, widgetUrl: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body { font: 16px sans-serif; margin: 0; color: #222; background: #fff } header, main, footer { padding: 12px 24px }
footer { font-size: 14px } footer a { margin-right: 12px }</style></head><body>
<header><nav><a href="/plans">Plans</a> <a href="/help">Help</a></nav></header>
<main>${main}</main>
<footer><a href="/about">About</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a> <a href="/account/cancel">Cancel membership</a></footer>
<script src="${widgetUrl}/chat.js"></script>
</body></html>`

let site: Server
let widgets: Server
let siteUrl = ''
let widgetUrl = ''
let browser: Browser
let snapshot: PageSnapshot
let outDir = ''
let trace: SiteTrace

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  widgets = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/chat.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(CHAT_SCRIPT)
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(AD)
    }
  })
  widgetUrl = await listen(widgets)
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const pages: Record<string, string> = {
      '/': sitePage(
        'Streamly',
        `<h1>Films and series, any time</h1><p>Plans from $9.99 a month.</p>
<iframe id="account-frame" src="/account/frame" style="width:400px;height:60px;border:0"></iframe>
<iframe id="ad" src="${widgetUrl}/ad" style="width:300px;height:60px;border:0"></iframe>`,
        widgetUrl,
      ),
      '/account/cancel': sitePage('Cancel', '<h1>Cancel your membership</h1><button>Confirm cancellation</button>', widgetUrl),
    }
    if (path === '/account/frame') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><html lang="en"><body><a href="/account/subscription" target="_top">Manage subscription</a></body></html>')
      return
    }
    const body = pages[path]
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(body ?? '<!doctype html><title>Not found</title><h1>Not found</h1>')
  })
  siteUrl = await listen(site)
  ;({ browser } = await launchBrowser(requireBrowser()))
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' })
  snapshot = await takeSnapshot(page)
  await page.close()

  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-frames-'))
  const scenario: LoadedScenario = {
    file: 'frames.yaml',
    site: 'Frames',
    baseUrl: siteUrl,
    secrets: [],
    flows: [
      {
        name: 'cancel',
        fresh: false,
        steps: [
          { step: { goto: '/' }, written: 'goto /' },
          { step: { click: { role: 'link', name: 'Cancel membership' } }, written: 'click role=link name="Cancel membership"' },
        ],
      },
    ],
  }
  trace = await walkSite(browser, scenario, { outDir, siteDir: 'sites/frames', timeoutMs: 5_000, settlesFlow: () => false, settleAfterMs: 0 })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => site?.close(r))
  await new Promise((r) => widgets?.close(r))
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const named = (elements: PageSnapshot['elements'], name: string) => elements.filter((e) => e.name === name)

describe('links inside frames', () => {
  it('are recorded with the frame they come from; a cross-origin frame is listed as unreadable', () => {
    const widgetLinks = snapshot.elements.filter((e) => e.context?.frameUrl === 'about:blank')
    expect(widgetLinks.length).toBe(22)
    expect(named(widgetLinks, 'Cancel subscription')).toHaveLength(1)
    expect(named(snapshot.elements, 'Manage subscription')[0]?.context).toEqual({ frameUrl: `${siteUrl}/account/frame` })
    expect(named(snapshot.elements, 'Cancel membership')[0]?.context).toBeUndefined()
    expect(named(snapshot.elements, 'Save 50%')).toHaveLength(0)
    expect(snapshot.unreadable).toContain(`cross-origin iframe ${widgetUrl}/ad`)
  })

  it('count as the page\'s own only when the site serves the frame from its own origin', () => {
    const own = ownElements(snapshot)
    expect(own.filter((e) => e.context?.frameUrl === 'about:blank')).toEqual([])
    expect(named(own, 'Cancel subscription')).toEqual([])
    expect(named(own, 'Manage subscription')).toHaveLength(1)
    expect(own.map((e) => e.name)).toEqual(expect.arrayContaining(['Plans', 'Help', 'About', 'Terms', 'Privacy', 'Contact', 'Cancel membership']))
  })

  it('are never a scan\'s way to cancel when a widget put them there', () => {
    const cancel = scoreLinks(snapshot, siteUrl).filter((c) => c.category === 'cancel')
    expect(cancel.map((c) => c.element.name)).toEqual(['Cancel membership', 'Manage subscription'])
    expect(cancel.every((c) => !c.url?.includes('/widget/'))).toBe(true)
  })

  it('do not make the site\'s own cancel link one of a wall of links', () => {
    expect(trace.flows[0]?.status, trace.flows[0]?.error).toBe('completed')
    const entry = trace.flows[0]?.steps[1]
    expect(entry?.target?.text).toBe('Cancel membership')
    const [result] = runRules(trace, [cancelEntryHidden])
    expect(result?.findings.map((f) => f.message)).toEqual([])
    expect(result?.outcome).toBe('pass')
  })
})
