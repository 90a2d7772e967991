import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { launchBrowser } from '../../src/browser/launch.js'
import { performStep } from '../../src/walk/perform-step.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

const ACCOUNT = `<h1>Your account</h1>
<nav><a href="/plans">Change plan</a><a href="/help">Help centre</a><a href="/contact">Contact us</a></nav>
<form><button type="button" class="secondary">Cancel</button><button type="button" id="cancel-sub">Cancel subscription</button>
<button type="button" onclick="this.textContent = 'Cancelled'">Cancel</button></form>
<div style="display:none"><button>Close account</button></div><button>Close account</button>
<footer><a href="/contact">Contact us</a> <a href="/press">Contact us</a></footer>`

let served: ServedPages
let browser: Browser
let page: Page

beforeAll(async () => {
  served = await servePages({ '/account': ACCOUNT })
  ;({ browser } = await launchBrowser(requireBrowser()))
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

const click = async (target: Parameters<typeof performStep>[1]) => {
  await page.goto(`${served.baseUrl}/account`)
  return performStep(page, target, served.baseUrl, 1_000)
}

describe('a step whose target matches several visible elements', () => {
  it('fails, listing the matches with their selectors and how to pick one', async () => {
    const error = await click({ click: { role: 'button', name: 'Cancel' } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toMatch(/^matches 3 visible elements: /)
    expect(error).toContain(`<button> "Cancel" (form > button:nth-of-type(1))`)
    expect(error).toContain('<button> "Cancel subscription" (#cancel-sub)')
    expect(error).toContain('pick one with exact: true to match the whole text, or a css selector such as one above')
  })

  it('still matches several with exact: true, and says so without suggesting it again', async () => {
    const error = await click({ click: { role: 'button', name: 'Cancel', exact: true } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toMatch(/^matches 2 visible elements: /)
    expect(error).not.toContain('exact: true')
  })

  it('links of the same text to the same address are one choice; to different ones, not', async () => {
    const error = await click({ click: { role: 'link', name: 'Contact us' } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toMatch(/^matches 3 visible elements: /)
    await page.evaluate(() => document.querySelector('a[href="/press"]')?.remove())
    const outcome = await performStep(page, { click: { role: 'link', name: 'Contact us' } }, served.baseUrl, 1_000)
    expect(outcome.target?.tag).toBe('a')
  })

  it('acts on the one visible element when the others are hidden', async () => {
    const outcome = await click({ click: { role: 'button', name: 'Close account' } })
    expect(outcome.target?.tag).toBe('button')
  })

  it('acts when the target names exactly one', async () => {
    const outcome = await click({ click: { css: '#cancel-sub' } })
    expect(outcome.target?.selector).toBe('#cancel-sub')
  })
})

describe('a step whose target is never found', () => {
  it('names the closest accessible names on the page', async () => {
    const error = await click({ click: { role: 'button', name: 'Cancel my subscription' } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toMatch(/^nothing on the page matches it after 1000 ms; did you mean button "Cancel subscription"/)
  })

  it('suggests across roles for a text target', async () => {
    const error = await click({ click: { text: 'Help center' } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toContain('did you mean link "Help centre"')
  })

  it('says only that nothing matched when nothing is close', async () => {
    const error = await click({ click: { label: 'Zebra crossing' } }).then(() => undefined, (err: Error) => err.message)
    expect(error).toBe('nothing on the page matches it after 1000 ms')
  })
})
