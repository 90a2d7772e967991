import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import type { PageSnapshot } from '../../src/capture/page-snapshot.js'
import { takeSnapshot } from '../../src/capture/take-snapshot.js'
import { gotoPage } from '../../src/walk/navigate.js'
import { trackNetwork, waitForSettled, watchDomChanges } from '../../src/walk/settle.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

// Pages built the way many real sites are: plan cards and a "No thanks" made of divs, a modal that is
// a fixed layer without a dialog role, emphasis by fill and border, a box ticked by script after load.
const PLANS = `<style>
  .card { cursor: pointer; border: 1px solid #ddd; padding: 16px; margin: 8px; width: 200px }
  .card.selected { border: 3px solid #0a7 }
  .cta { background: #0a7; color: #fff; padding: 12px 24px; border-radius: 6px; display: inline-block; cursor: pointer }
  .quiet { color: #777; font-size: 12px; cursor: pointer }
  #layer { position: fixed; inset: 0; background: rgba(0,0,0,.5) }
  #layer .box { background: #fff; margin: 100px auto; width: 400px; padding: 20px }
</style>
<div class="card" data-plan="basic"><h3>Basic</h3><p>$5/mo</p></div>
<div class="card selected" data-plan="family"><h3>Family</h3><p>$15/mo</p></div>
<div class="card"><h3>Pro</h3><p>$25/mo</p><button>Choose Pro</button></div>
<div class="cta" tabindex="0">Continue</div>
<span class="quiet" onclick="void 0">No thanks</span>
<div id="layer"><div class="box"><p>Wait! Get 50% off before you go.</p></div></div>`

const LATE = `<label><input type="checkbox" id="extra"> Add travel insurance +$9</label>
<script>setTimeout(() => { document.getElementById('extra').checked = true; document.body.dataset.ready = '1' }, 250)</script>`

/** Ticked by property only, which changes no attribute: no observer of the DOM sees it. */
const LATE_PROPERTY = `<label><input type="checkbox" id="extra"> Add travel insurance +$9</label>
<script>setTimeout(() => { document.getElementById('extra').checked = true }, 200)</script>`

let served: ServedPages
let browser: Browser
let page: Page
let plans: PageSnapshot

beforeAll(async () => {
  served = await servePages({ '/plans': PLANS, '/late': LATE, '/late-property': LATE_PROPERTY })
  ;({ browser } = await launchBrowser(requireBrowser()))
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${served.baseUrl}/plans`, { waitUntil: 'load' })
  plans = await takeSnapshot(page)
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

const named = (name: string) => plans.elements.find((e) => e.name.startsWith(name))

describe('the snapshot sees controls people see, whatever their markup', () => {
  it('records div cards with a pointer cursor as clickable, and the one styled as selected', () => {
    expect(named('Basic')).toMatchObject({ tag: 'div', clickable: 'pointer' })
    expect(named('Basic')?.checked).toBeUndefined()
    expect(named('Family')).toMatchObject({ tag: 'div', clickable: 'pointer', checked: true })
  })

  it('leaves out a card that holds a real control: the control is what is clicked', () => {
    expect(named('Pro $25')).toBeUndefined()
    expect(named('Choose Pro')).toMatchObject({ tag: 'button' })
  })

  it('records a focusable div and a span with a click handler', () => {
    expect(named('Continue')).toMatchObject({ clickable: 'tabindex' })
    expect(named('No thanks')).toMatchObject({ tag: 'span' })
  })

  it('records a filled control’s fill against what is behind it, and a border', () => {
    expect(named('Continue')?.look.fill).toBe('rgb(0, 170, 119)')
    expect(named('Continue')?.look.fillContrast).toBeGreaterThan(2)
    expect(named('No thanks')?.look.fill).toBeUndefined()
    expect(named('Family')?.look.borderPx).toBe(3)
  })

  it('reads a fixed layer covering the viewport as an open dialog', () => {
    const dialog = plans.texts.find((t) => t.kind === 'dialog')
    expect(dialog?.text).toContain('Get 50% off')
    expect(plans.openDialogs).toContain(dialog?.selector)
  })
})

describe('a page read after it settles', () => {
  it('shows a box its script ticked a moment after load', async () => {
    const tab = await browser.newPage()
    const network = trackNetwork(tab)
    const started = Date.now()
    await gotoPage(tab, `${served.baseUrl}/late`, 5_000)
    await waitForSettled(tab, network, started, 5_000)
    const late = await takeSnapshot(tab)
    expect(late.elements.find((e) => e.selector === '#extra')?.checked).toBe(true)
    await tab.close()
  })

  it('in a context that notes DOM changes from the start, still sees a box ticked by property alone a moment after load', async () => {
    const context = await browser.newContext()
    await watchDomChanges(context)
    const tab = await context.newPage()
    const network = trackNetwork(tab)
    const started = Date.now()
    await gotoPage(tab, `${served.baseUrl}/late-property`, 5_000)
    await waitForSettled(tab, network, started, 5_000)
    const late = await takeSnapshot(tab)
    expect(late.elements.find((e) => e.selector === '#extra')?.checked).toBe(true)
    await context.close()
  })
})
