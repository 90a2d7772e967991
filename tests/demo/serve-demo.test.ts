import { existsSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { serveDemo, type DemoServer } from '../../src/demo/serve-demo.js'
import { ScenarioFile } from '../../src/scenario/schema.js'

const COMMON_PAGES = [
  '/',
  '/pricing',
  '/signup',
  '/checkout',
  '/welcome',
  '/login',
  '/account',
  '/help',
  '/contact',
  '/about',
  '/terms',
  '/privacy',
  '/cancel/confirm',
  '/cancel/done',
]
const DARK_ONLY_PAGES = ['/account/membership', '/cancel/survey', '/cancel/offer', '/cancel/offer-2']

let demo: DemoServer

beforeAll(async () => {
  demo = await serveDemo()
})

afterAll(async () => {
  await demo?.close()
})

/** A GET with the path sent exactly as written: fetch() would normalise `..` away before sending. */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('serveDemo', () => {
  it('serves five sites in a dark and a fair variant, each on its own 127.0.0.1 port', () => {
    const folders = ['streamly', 'ledger', 'kiosk', 'boxly', 'shieldr']
    expect([...demo.sites.map((s) => s.id)].sort()).toEqual(folders.flatMap((f) => [`${f}-dark`, `${f}-fair`]).sort())
    for (const site of demo.sites) {
      expect(site.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(site.scenarioFile.endsWith(`/scenarios/demo/${site.id}.yaml`)).toBe(true)
      expect(existsSync(site.scenarioFile), site.scenarioFile).toBe(true)
    }
    expect(new Set(demo.sites.map((s) => s.baseUrl)).size).toBe(demo.sites.length)
  })

  it('answers the front page of every variant in its language, with nothing loaded from elsewhere', async () => {
    for (const site of demo.sites) {
      const res = await fetch(`${site.baseUrl}/`)
      expect(res.status, site.id).toBe(200)
      const html = await res.text()
      expect(html, site.id).toMatch(site.id.startsWith('kiosk') ? /^<!doctype html>\n<html lang="de">/ : /^<!doctype html>\n<html lang="en">/)
      expect(html, site.id).not.toMatch(/(src|href)="(https?:)?\/\//)
    }
  })

  it('answers every page of the English news and streaming sites with HTML that is never cached', async () => {
    for (const site of demo.sites.filter((s) => /^(streamly|ledger)-/.test(s.id))) {
      const pages = site.variant === 'dark' ? [...COMMON_PAGES, ...DARK_ONLY_PAGES] : COMMON_PAGES
      for (const path of pages) {
        const res = await fetch(site.baseUrl + path)
        expect(res.status, `${site.id} ${path}`).toBe(200)
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
        expect(res.headers.get('cache-control')).toBe('no-store')
        const html = await res.text()
        expect(html, `${site.id} ${path}`).toMatch(/^<!doctype html>\n<html lang="en">/)
        // Everything comes from the site itself: no fonts, scripts or images from elsewhere.
        expect(html, `${site.id} ${path}`).not.toMatch(/(src|href)="(https?:)?\/\//)
      }
    }
  })

  it('maps clean URLs with a trailing slash or a query string to the same page', async () => {
    const site = demo.sites[0]!
    const plain = await (await fetch(`${site.baseUrl}/cancel/offer`)).text()
    expect(await (await fetch(`${site.baseUrl}/cancel/offer/`)).text()).toBe(plain)
    expect(await (await fetch(`${site.baseUrl}/cancel/offer?from=account`)).text()).toBe(plain)
  })

  it('still answers the .html addresses the pages once had', async () => {
    const site = demo.sites[2]!
    for (const [old, page] of [
      ['/pricing.html', '/pricing'],
      ['/cancel/offer.html', '/cancel/offer'],
      ['/index.html', '/'],
      ['/index', '/'],
    ]) {
      const res = await fetch(site.baseUrl + old!)
      expect(res.status, old).toBe(200)
      expect(await res.text(), old).toBe(await (await fetch(site.baseUrl + page!)).text())
    }
    expect((await fetch(`${site.baseUrl}/pricing.html.html`)).status).toBe(404)
  })

  it("serves the site's shared assets to both variants with their content types", async () => {
    const cases = [
      ['streamly', '/assets/styles.css', 'text/css; charset=utf-8'],
      ['streamly', '/assets/streamly.js', 'text/javascript; charset=utf-8'],
      ['ledger', '/assets/ledger.css', 'text/css; charset=utf-8'],
      ['ledger', '/assets/favicon.svg', 'image/svg+xml'],
    ] as const
    for (const site of demo.sites) {
      for (const [folder, path, type] of cases.filter(([folder]) => site.id.startsWith(folder))) {
        const res = await fetch(site.baseUrl + path)
        expect(res.status, `${site.id} ${folder}${path}`).toBe(200)
        expect(res.headers.get('content-type')).toBe(type)
      }
    }
  })

  it('keeps the cancellation maze out of the fair variants', async () => {
    for (const site of demo.sites.filter((s) => s.variant === 'fair' && /^(streamly|ledger)-/.test(s.id))) {
      for (const path of DARK_ONLY_PAGES) expect((await fetch(site.baseUrl + path)).status, `${site.id} ${path}`).toBe(404)
    }
  })

  it('answers unknown paths with the 404 page', async () => {
    for (const site of demo.sites) {
      const res = await fetch(`${site.baseUrl}/no/such/page`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text(), site.id).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
    }
  })

  it('never serves a file outside the site, however the path is written', async () => {
    const site = demo.sites[0]!
    const attempts = [
      '/../../../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2f..%2fserve-demo.ts',
      '/..%5c..%5c..%5cpackage.json',
      '/%00index.html',
      '/%E0%A4%A',
    ]
    for (const path of attempts) {
      const res = await rawGet(site.baseUrl, path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('"name": "cancelcheck"')
      expect(res.body, path).not.toContain('serveDemo')
    }
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const site = demo.sites[1]!
    const head = await fetch(`${site.baseUrl}/pricing`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000)
    expect(await head.text()).toBe('')
    const post = await fetch(`${site.baseUrl}/signup`, { method: 'POST', body: 'email=a' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('serves fixed ports from `port` upwards when asked', async () => {
    // Below Linux's ephemeral range (32768 on), which other tests' servers draw from at the same
    // time: a run of free ports found there could be taken before it is listened on. A base that
    // is busy on this machine is tried again elsewhere.
    let fixed: Awaited<ReturnType<typeof serveDemo>> | undefined
    let free = 0
    for (let attempt = 0; !fixed; attempt++) {
      free = 20_000 + Math.floor(Math.random() * 10_000)
      fixed = await serveDemo({ port: free }).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE' || attempt >= 4) throw err
        return undefined
      })
    }
    try {
      expect(fixed.sites.map((s) => Number(new URL(s.baseUrl).port))).toEqual(fixed.sites.map((_, i) => free + i))
    } finally {
      await fixed.close()
    }
  })
})

describe('the demo scenarios', () => {
  const scenarioOf = (file: string) => ScenarioFile.parse(parse(readFileSync(file, 'utf8')))

  it('are valid scenario files with signup and checkout first, a logged-out support flow and a cancel flow', () => {
    for (const site of demo.sites) {
      const scenario = scenarioOf(site.scenarioFile)
      expect(scenario.baseUrl).toBe('http://127.0.0.1:4173')
      const names = scenario.flows.map((f) => f.name)
      expect(names.slice(0, 2), site.id).toEqual(['signup', 'checkout'])
      expect(names, site.id).toEqual(expect.arrayContaining(['support', 'cancel']))
      // Support is looked for as a visitor who is not logged in: in a browser of its own.
      const support = scenario.flows.find((f) => f.name === 'support')!
      const signup = scenario.flows[0]!
      expect(support.fresh || (support.context !== undefined && support.context !== signup.context), site.id).toBe(true)
    }
  })

  it('take the password from the environment, never as text', () => {
    for (const site of demo.sites) {
      const passwords = scenarioOf(site.scenarioFile)
        .flows.flatMap((f) => f.steps)
        .flatMap((s) => ('fill' in s && 'label' in s.fill.target && /passwor[dt]/i.test(s.fill.target.label) ? [s.fill.value] : []))
      expect(passwords.length, site.id).toBeGreaterThan(0)
      for (const value of passwords) expect(value).toBe('${env.DEMO_PASSWORD}')
    }
  })

  it('only go to pages the variant has', async () => {
    for (const site of demo.sites) {
      const gotos = scenarioOf(site.scenarioFile)
        .flows.flatMap((f) => f.steps)
        .flatMap((s) => ('goto' in s ? [s.goto] : []))
      expect(gotos.length).toBeGreaterThan(0)
      for (const path of gotos) {
        const res = await fetch(new URL(path, `${site.baseUrl}/`))
        expect(res.status, `${site.id} goto ${path}`).toBe(200)
      }
    }
  })
})
