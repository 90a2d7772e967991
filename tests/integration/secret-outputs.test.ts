import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileNamePart } from '../../src/artifacts/file-name-part.js'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { secretEncodings } from '../../src/walk/secret-encodings.js'
import { maskedShare, type PixelBox } from '../helpers/masked-pixels.js'
import { cancelcheck } from '../helpers/run-cli.js'

// A sign-up whose GET form puts every typed value into the next page's URL, and a welcome page that
// echoes them back every way a site does: as text (also split across elements, in a fixed banner and
// in a modal dialog), in attributes that render (a broken image's alt, attributes printed by CSS), in a field and
// a select, as the encoded and the decoded URL, in a shadow root, in a same-origin iframe, as HTML
// entities and in a JSON script.
const PASSWORD = 'p@ss w0rd! #1'
const EMAIL = 'sam.secret@example.com'
const CARD = '4242 4242 4242 4242'
const SCAN_TOKEN = 'tok3n/with space&more'
const SCAN_USER = 'scan-auditor'
const SCAN_PASSWORD = 'b4sic p@ss!'
const SECRETS = [PASSWORD, EMAIL, CARD, CARD.replaceAll(' ', ''), SCAN_TOKEN, SCAN_USER, SCAN_PASSWORD]

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`)
const asEntities = (s: string) => Array.from(s, (c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('')

const LOGIN = `<h1>Create your account</h1>
<form method="get" action="/welcome">
  <p><label for="email">Email</label> <input id="email" name="email" type="email"></p>
  <p><label for="pw">Password</label> <input id="pw" name="pw" type="password"></p>
  <p><label for="cc">Card number</label> <input id="cc" name="cc" autocomplete="cc-number"></p>
  <button type="submit">Sign up</button>
</form>`

function welcome(query: URLSearchParams): string {
  const pw = query.get('pw') ?? ''
  const email = query.get('email') ?? ''
  const cc = query.get('cc') ?? ''
  return `<style>
  .echo::after { content: attr(data-user) } .titled::after { content: attr(title) }
  img { display: inline-block; width: 240px; height: 24px }
</style>
<h1>Welcome</h1>
<p id="plain">Thanks for joining us today.</p>
<p>Welcome, <span id="email-echo">${escapeHtml(email)}</span></p>
<p>Your password is <span id="pw-echo">${asEntities(pw)}</span>.</p>
<p>Paying with card <span id="card-echo">${escapeHtml(cc)}</span></p>
<p><img id="avatar" src="/missing.png" alt="${escapeHtml(pw)}"></p>
<p><span id="data-echo" class="echo" data-user="${escapeHtml(pw)}"></span></p>
<p><abbr id="title-echo" class="titled" title="${asEntities(pw)}"></abbr></p>
<p style="font-size: 12px">You came from <span id="url-echo"></span></p>
<p>Decoded: <span id="decoded-echo"></span></p>
<p id="twice">${escapeHtml(pw)} <b id="twice-bold">${escapeHtml(pw)}</b></p>
<p>Split: <span id="split-echo"><b>${escapeHtml(pw.slice(0, 4))}</b><i>${escapeHtml(pw.slice(4))}</i></span></p>
<p><select id="select-echo"><option>${escapeHtml(pw)}</option></select> <input id="input-echo" value="${escapeHtml(pw)}"></p>
<div id="fixed-echo" style="position: fixed; top: 8px; right: 8px">${escapeHtml(pw)}</div>
<dialog id="dialog" style="margin: auto 16px 16px auto">Keep <span id="dialog-echo">${escapeHtml(pw)}</span> safe.</dialog>
<p><a href="/account?pw=${encodeURIComponent(pw)}">Your account</a></p>
<div id="host"></div>
<iframe id="frame" src="/frame?pw=${encodeURIComponent(pw)}" style="width:600px;height:60px;border:0"></iframe>
<script>
  window.user = ${JSON.stringify({ pw, email }).replace(/</g, '\\u003c')};
  document.querySelector('#dialog').showModal();
  document.querySelector('#url-echo').textContent = location.href;
  document.querySelector('#decoded-echo').textContent = new URLSearchParams(location.search).get('pw');
  const root = document.querySelector('#host').attachShadow({ mode: 'open' });
  root.innerHTML = '<p>In the shadow: <span id="shadow-echo"></span> <input id="shadow-pin" type="password" value="321"></p>';
  root.querySelector('#shadow-echo').textContent = window.user.pw;
</script>`
}

// A three-digit code cannot be found by its value: its field is covered by its kind.
const frame = (query: URLSearchParams) =>
  `<p>In the frame: <span id="frame-echo">${escapeHtml(query.get('pw') ?? '')}</span> <input id="frame-cvc" autocomplete="cc-csc" value="737" size="4"></p>`

/** Pages whose answer depends on the query, which the shared test server does not look at. */
function serveEchoSite(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const body = url.pathname === '/login' ? LOGIN : url.pathname === '/welcome' ? welcome(url.searchParams) : url.pathname === '/frame' ? frame(url.searchParams) : url.pathname === '/' ? `<h1>Echo shop</h1><p>Your token: <span id="token-echo">${escapeHtml(url.searchParams.get('token') ?? '')}</span></p><p><a href="/login">Sign up</a></p>` : undefined
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><title>Echo shop</title><body>${body ?? 'Not found'}</body></html>`)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })))
}

const scenarioYaml = (baseUrl: string) => `site: Echo shop
baseUrl: ${baseUrl}
flows:
  - name: signup
    steps:
      - goto: /login
      - fill: { target: { label: Email }, value: "\${env.CANCELCHECK_TEST_EMAIL}" }
      - fill: { target: { label: Password }, value: "\${env.CANCELCHECK_TEST_SECRET}" }
      - fill: { target: { label: Card number }, value: ${CARD} }
      - click: { role: button, name: Sign up }
      - expect: { text: Welcome }
`

const ALL_FORMATS = 'html,json,sarif,junit,csv,pdf'
const ENV = { CANCELCHECK_TEST_SECRET: PASSWORD, CANCELCHECK_TEST_EMAIL: EMAIL }

let site: { server: Server; baseUrl: string }
let work: string
let browser: Browser
const runs: Record<'run' | 'audit' | 'scan', { code: number; stderr: string; stdout: string; out: string }> = {} as never

beforeAll(async () => {
  site = await serveEchoSite()
  work = await mkdtemp(join(tmpdir(), 'cancelcheck-secret-outputs-'))
  const scenario = join(work, 'echo.yaml')
  await writeFile(scenario, scenarioYaml(site.baseUrl))
  const out = (name: string) => join(work, name)
  runs.run = { ...(await cancelcheck(['run', scenario, '--out', out('run'), '--format', ALL_FORMATS], { env: ENV })), out: out('run') }
  runs.audit = { ...(await cancelcheck(['audit', '--from', out('run'), '--out', out('audit'), '--format', ALL_FORMATS], { env: ENV })), out: out('audit') }
  // A scan types nothing: the credentials its start address carries are the secrets it knows of.
  const scanUrl = `${site.baseUrl.replace('//', `//${SCAN_USER}:${encodeURIComponent(SCAN_PASSWORD)}@`)}/?token=${encodeURIComponent(SCAN_TOKEN)}`
  runs.scan = {
    ...(await cancelcheck(['scan', scanUrl, '--out', out('scan'), '--format', ALL_FORMATS, '--max-pages', '2', '--ignore-robots'], { env: ENV })),
    out: out('scan'),
  }
  browser = (await launchBrowser(requireBrowser())).browser
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => site?.server.close(r))
  if (work) await rm(work, { recursive: true, force: true })
})

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)))
}

/** The text of a PDF as far as it can be read without a PDF library: its metadata and every stream,
 * inflated. Chromium writes page text as glyph ids, so the report's words are checked in the HTML it
 * prints from (index.html); this catches what the PDF carries as text, such as its title. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1')
  const parts = [raw]
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'))
    } catch {
      // not a deflated stream
    }
  }
  return parts.join('\n')
}

/** Every output file whose text or name carries a secret, in any encoding. */
async function leaks(dir: string, secrets: readonly string[]): Promise<string[]> {
  const found: string[] = []
  const files = await filesOf(dir)
  const spellings = secrets.flatMap((secret) => [...secretEncodings(secret), fileNamePart(secret)].map((spelling) => ({ secret, spelling })))
  for (const file of files) {
    for (const { secret, spelling } of spellings) if (file.includes(spelling)) found.push(`file name ${file}: ${secret} as ${spelling}`)
    if (/\.(jpe?g|png|zip)$/i.test(file)) continue
    const bytes = await readFile(join(dir, file))
    const text = file.endsWith('.pdf') ? pdfText(bytes) : bytes.toString('utf8')
    for (const { secret, spelling } of spellings) {
      if (spelling !== fileNamePart(secret) && text.includes(spelling)) found.push(`${file}: ${secret} as ${spelling}`)
    }
  }
  return found
}

/** Where the welcome page shows each echo, in document pixels at the walk's viewport: the page
 * opened afresh with the same values, in a browser of the test's own. */
async function echoBoxes(): Promise<PixelBox[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
  try {
    await page.goto(`${site.baseUrl}/welcome?${new URLSearchParams({ email: EMAIL, pw: PASSWORD, cc: CARD })}`)
    await page.frameLocator('#frame').locator('#frame-echo').waitFor()
    return await page.evaluate(() => {
      const boxOf = (id: string, el: Element | null | undefined, dx = 0, dy = 0) => {
        const r = el!.getBoundingClientRect()
        return { id, x: r.left + dx + scrollX, y: r.top + dy + scrollY, width: r.width, height: r.height }
      }
      const ids = ['plain', 'email-echo', 'pw-echo', 'card-echo', 'avatar', 'data-echo', 'title-echo', 'decoded-echo', 'split-echo', 'select-echo', 'input-echo', 'fixed-echo', 'dialog-echo', 'twice-bold']
      const frame = document.querySelector('#frame')!.getBoundingClientRect()
      // The address shown is masked where it holds a value, not as a whole.
      const shown = document.getElementById('url-echo')!.firstChild as Text
      const inUrl = location.search.slice(1).split('&').map((pair) => {
        const [name, value] = pair.split('=') as [string, string]
        const range = document.createRange()
        range.setStart(shown, shown.data.indexOf(value))
        range.setEnd(shown, shown.data.indexOf(value) + value.length)
        return boxOf(`url-echo ${name}`, range as unknown as Element)
      })
      const twice = document.createRange()
      const first = document.getElementById('twice')!.firstChild as Text
      twice.setStart(first, 0)
      twice.setEnd(first, first.data.trimEnd().length)
      return [
        ...ids.map((id) => boxOf(id, document.getElementById(id))),
        boxOf('twice', twice as unknown as Element),
        ...inUrl,
        boxOf('shadow-echo', document.querySelector('#host')!.shadowRoot!.querySelector('#shadow-echo')),
        boxOf('shadow-pin', document.querySelector('#host')!.shadowRoot!.querySelector('#shadow-pin')),
        boxOf('frame-echo', (document.querySelector('#frame') as HTMLIFrameElement).contentDocument!.querySelector('#frame-echo'), frame.left, frame.top),
        boxOf('frame-cvc', (document.querySelector('#frame') as HTMLIFrameElement).contentDocument!.querySelector('#frame-cvc'), frame.left, frame.top),
      ]
    })
  } finally {
    await page.close()
  }
}

async function savedTrace(out: string): Promise<SiteTrace> {
  const files = await filesOf(out)
  return JSON.parse(await readFile(join(out, files.find((f) => f.endsWith('trace.json'))!), 'utf8')) as SiteTrace
}

async function welcomeStep(out: string): Promise<{ screenshot: string; thumbnail: string }> {
  const step = (await savedTrace(out)).flows[0]!.steps.find((s) => s.action.startsWith('expect'))!
  return { screenshot: step.screenshot!, thumbnail: step.thumbnail! }
}

describe('secrets in every output, in every encoding', () => {
  it('walks the sign-up to the welcome page', () => {
    expect(runs.run.code, runs.run.stderr).toBeLessThan(2)
    expect(runs.audit.code, runs.audit.stderr).toBeLessThan(2)
    expect(runs.scan.code, runs.scan.stderr).toBeLessThan(3)
  })

  it.each(['run', 'audit', 'scan'] as const)('%s writes none of them, in no file and no file name', async (command) => {
    const files = await filesOf(runs[command].out)
    expect(files).toEqual(expect.arrayContaining(['report.json', 'index.html', 'report.sarif', 'junit.xml', 'sites.csv', 'report.pdf']))
    if (command !== 'scan') expect(files.filter((f) => f.endsWith('.html') && f.startsWith('sites/')).length).toBeGreaterThan(3)
    expect(await leaks(runs[command].out, SECRETS)).toEqual([])
    const printed = `${runs[command].stdout}\n${runs[command].stderr}`
    for (const secret of SECRETS) for (const spelling of secretEncodings(secret)) expect(printed).not.toContain(spelling)
  })

  it('keeps the trace readable where nothing was secret', async () => {
    const trace = await readFile(join(runs.run.out, 'sites/echo-shop/trace.json'), 'utf8')
    expect(trace).toContain('/welcome?email=•••&pw=•••&cc=•••')
    expect(trace).toContain('Thanks for joining us today.')
  })

  it.each(['run', 'audit'] as const)('%s shows every echo masked in the screenshot and the thumbnail', async (command) => {
    const boxes = await echoBoxes()
    const step = await welcomeStep(runs[command].out)
    const full = await maskedShare(browser, await readFile(join(runs[command].out, step.screenshot)), boxes)
    expect(full.plain).toBe(0)
    for (const box of boxes.filter((b) => b.id !== 'plain')) expect(full[box.id], box.id).toBeGreaterThan(0.9)
    const onThumbnail = boxes.filter((b) => b.y + b.height < 800)
    const thumb = await maskedShare(browser, await readFile(join(runs[command].out, step.thumbnail)), onThumbnail, 0.25)
    for (const box of onThumbnail.filter((b) => b.id !== 'plain')) expect(thumb[box.id], box.id).toBeGreaterThan(0.5)
  })

  it('scan masks the token its start address carries where the page shows it', async () => {
    const home = (await savedTrace(runs.scan.out)).flows[0]!.steps[0]!
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    let box: PixelBox
    try {
      await page.goto(`${site.baseUrl}/?token=${encodeURIComponent(SCAN_TOKEN)}`)
      const b = (await page.locator('#token-echo').boundingBox())!
      box = { id: 'token-echo', ...b }
    } finally {
      await page.close()
    }
    const shares = await maskedShare(browser, await readFile(join(runs.scan.out, home.screenshot!)), [box])
    expect(shares['token-echo']).toBeGreaterThan(0.9)
  })
})
