import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { PageSnapshot } from '../../src/capture/page-snapshot.js'
import { describeElement, takeSnapshot } from '../../src/capture/take-snapshot.js'

const MAIN = `<!doctype html><html lang="en"><head><title>Checkout</title>
<style>body { font: 16px sans-serif; background: #fff; color: #222 } .faint { font-size: 10px; color: #c8c8c8 }
#toast { position: fixed; bottom: 10px; right: 10px }</style></head><body>
<header><nav aria-label="Main"><a href="/help">Help</a></nav></header>
<main><form id="pay" action="/pay" method="post">
  <label><input type="checkbox" id="care"> Add device care — +$2.99/mo</label>
  <label><input type="checkbox" id="same" checked> Billing address same as shipping</label>
  <label for="pw">Password</label><input id="pw" type="password">
  <label for="card">Card number</label><input id="card" name="cardnumber">
  <button type="submit">Subscribe and pay</button>
</form>
<aside id="order-summary" aria-label="Order summary"><ul><li>Standard <span>$12.99</span></li></ul></aside>
<p>Plenty of ordinary paragraph text at sixteen pixels.</p>
<section id="plans">
  <div class="plan"><div><h3>Gold</h3><input type="checkbox" id="gold" checked></div><p>All the extras.</p><p>€19.99/month</p></div>
  <div class="plan"><div><h3>Silver</h3><input type="checkbox" id="silver"></div><p>The essentials.</p><p>€12.99/month</p></div>
</section>
<button id="go-green" style="background: oklch(0.627 0.194 149.214); color: oklch(1 0 0); border: 0">Get 50% off</button>
<p>Read more in our <a id="no-href" style="cursor: pointer; text-decoration: underline">privacy centre</a>.</p>
<form id="ask" action="/ask" method="get">
  <label for="model">Model number</label><input id="model" required>
  <label for="serial">Serial number</label><input id="serial" aria-required="true">
  <label for="receipt">Receipt</label><input id="receipt" type="file">
  <button type="submit" id="ask-send">Send</button>
</form>
<div id="host"></div>
<iframe id="same-origin" srcdoc="<button>Inside frame</button>" style="position:absolute; top: 600px; left: 40px"></iframe>
<iframe id="other-origin" src="OTHER/"></iframe></main>
<footer><p>Footer text</p><a class="faint" href="/contact">Contact</a></footer>
<div id="toast" role="status">Request received</div>
<script>
  document.getElementById('care').checked = true
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<button>Shadow button</button>'
</script></body></html>`

let main: Server
let other: Server
let browser: Browser
let page: Page
let snapshot: PageSnapshot

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  other = createServer((_req, res) => res.end('<button>Cross-origin button</button>'))
  const otherUrl = await listen(other)
  main = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(MAIN.replace('OTHER', otherUrl))
  })
  const mainUrl = await listen(main)
  ;({ browser } = await launchBrowser(requireBrowser()))
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(mainUrl, { waitUntil: 'load' })
  await page.fill('#pw', 'hunter2-secret')
  await page.fill('#card', '4242 4242 4242 4242')
  snapshot = await takeSnapshot(page)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => main?.close(r))
  await new Promise((r) => other?.close(r))
})

const element = (name: string) => snapshot.elements.find((e) => e.name === name)

describe('takeSnapshot reads the live page', () => {
  it('sees a box ticked by script, which has no checked attribute in the HTML', () => {
    expect(element('Add device care — +$2.99/mo')).toMatchObject({ selector: '#care', checked: true, role: 'checkbox' })
    expect(element('Billing address same as shipping')?.checked).toBe(true)
  })

  it('never records typed passwords or card numbers', () => {
    expect(element('Password')?.value).toBe('•••')
    expect(element('Card number')?.value).toBe('•••')
    expect(JSON.stringify(snapshot)).not.toContain('hunter2-secret')
    expect(JSON.stringify(snapshot)).not.toContain('4242')
  })

  it('measures size and contrast against the page', () => {
    const faint = element('Contact')!
    expect(faint.look.fontSizePx).toBe(10)
    expect(faint.look.contrastRatio).toBeLessThan(2)
    expect(element('Help')!.look.contrastRatio).toBeGreaterThan(4.5)
    expect(snapshot.bodyFontSizePx).toBe(16)
  })

  it('names the region an element sits in', () => {
    expect(snapshot.texts.find((t) => t.text === 'Standard $12.99')?.region).toContain('aside#order-summary "Order summary"')
    expect(element('Contact')?.region).toContain('footer')
  })

  it('marks fixed live regions, where toasts live', () => {
    expect(snapshot.texts.find((t) => t.text === 'Request received')).toMatchObject({ fixed: true, live: true })
  })

  it('walks open shadow roots and same-origin frames, and says what it could not read', () => {
    expect(element('Shadow button')?.context).toEqual({ shadowHost: '#host' })
    const inFrame = element('Inside frame')!
    expect(inFrame.context?.frameUrl).toBe('about:srcdoc')
    expect(inFrame.box.y).toBeGreaterThanOrEqual(600)
    expect(element('Cross-origin button')).toBeUndefined()
    expect(snapshot.unreadable.some((u) => u.startsWith('cross-origin iframe'))).toBe(true)
  })

  it('reads the card a checkbox sits in, where a plan\'s price is far from the box', () => {
    const gold = snapshot.elements.find((e) => e.selector === '#gold')!
    expect(gold.card?.text).toContain('€19.99/month')
    expect(gold.card?.text).not.toContain('€12.99/month')
    expect(gold.card?.box.height).toBeGreaterThan(gold.box.height)
  })

  it('converts colours written in oklch to measure fill and contrast', () => {
    const green = element('Get 50% off')!
    expect(green.look.fillContrast).toBeGreaterThan(2)
    expect(green.look.contrastRatio).toBeGreaterThan(2)
  })

  it('records a link without href that takes clicks', () => {
    expect(snapshot.elements.find((e) => e.selector === '#no-href')).toMatchObject({ text: 'privacy centre', clickable: 'pointer' })
  })

  it('records what a field must have: required, aria-required, and invalid once sending was tried', async () => {
    const byId = (snap: PageSnapshot, id: string) => snap.elements.find((e) => e.selector === `#${id}`)
    expect(byId(snapshot, 'model')).toMatchObject({ required: true })
    expect(byId(snapshot, 'model')?.invalid).toBeUndefined()
    expect(byId(snapshot, 'serial')).toMatchObject({ required: true })
    expect(byId(snapshot, 'receipt')).toMatchObject({ type: 'file' })
    await page.evaluate(() => document.getElementById('receipt')?.setAttribute('aria-invalid', 'true'))
    await page.click('#ask-send')
    const after = await takeSnapshot(page)
    expect(byId(after, 'model')).toMatchObject({ required: true, invalid: true })
    expect(byId(after, 'receipt')).toMatchObject({ invalid: true })
  })

  it('records forms with their action and method', () => {
    expect(snapshot.forms).toContainEqual({ selector: '#pay', action: expect.stringMatching(/\/pay$/), method: 'post' })
  })

  it('describes a step target with the same selector the snapshot uses', async () => {
    expect(await describeElement(page.getByRole('button', { name: 'Subscribe and pay' }), 2_000)).toEqual({
      selector: element('Subscribe and pay')!.selector,
      text: 'Subscribe and pay',
      tag: 'button',
    })
  })
})
