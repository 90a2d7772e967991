import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTextMatch, toLocator } from '../../src/scenario/locator.js'
import type { Target } from '../../src/scenario/schema.js'

describe('parseTextMatch', () => {
  it('keeps plain text as text', () => {
    expect(parseTextMatch('Subscribe')).toBe('Subscribe')
    expect(parseTextMatch('/month')).toBe('/month')
    expect(parseTextMatch('/year/2024')).toBe('/year/2024')
    // A path whose last part is not made of regular-expression flags stays a path.
    expect(parseTextMatch('/app/home')).toBe('/app/home')
  })

  it('turns /pattern/flags into a regular expression', () => {
    expect(parseTextMatch('/subscribe/i')).toEqual(/subscribe/i)
    expect(parseTextMatch('/a\\/b/')).toEqual(/a\/b/)
  })
})

const PAGE = `
  <main>
    <h1>Plans</h1>
    <button>Subscribe now</button>
    <button>Subscribe</button>
    <label>Email <input name="email"></label>
    <input name="search" placeholder="Search help">
    <p>Cancel anytime</p>
    <a href="#" data-testid="cancel-link">Stop my plan</a>
    <span class="fine-print">Renews yearly</span>
    <iframe srcdoc="<button>Inside frame</button>"></iframe>
  </main>`

describe('toLocator', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
    })
    page = await browser.newPage()
    await page.setContent(PAGE)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each<[Target, string[]]>([
    [{ role: 'button', name: 'Subscribe' }, ['Subscribe now', 'Subscribe']],
    [{ role: 'button', name: 'Subscribe', exact: true }, ['Subscribe']],
    [{ role: 'button', name: '/^subscribe$/i' }, ['Subscribe']],
    [{ role: 'heading' }, ['Plans']],
    [{ text: 'cancel any' }, ['Cancel anytime']],
    [{ text: 'Cancel any', exact: true }, []],
    [{ testId: 'cancel-link' }, ['Stop my plan']],
    [{ css: '.fine-print' }, ['Renews yearly']],
  ])('%j', async (target, texts) => {
    expect(await toLocator(page, target).allInnerTexts()).toEqual(texts)
  })

  it('finds form fields by label and placeholder', async () => {
    expect(await toLocator(page, { label: 'Email' }).getAttribute('name')).toBe('email')
    expect(await toLocator(page, { placeholder: '/search/i' }).getAttribute('name')).toBe('search')
  })

  it('works inside a frame locator', async () => {
    const frame = page.frameLocator('iframe')
    expect(await toLocator(frame, { role: 'button' }).innerText()).toBe('Inside frame')
  })
})
