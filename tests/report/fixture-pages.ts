import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright'
import type { Box } from '../../src/capture/page-snapshot.js'
import { blankPng } from './blank-png.js'

/** Small stand-ins for the pages a walk would have captured, rendered for real so the report
 * shows real screenshots with real element boxes. */
const PAGE_STYLE = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1c1c28; background: #fff; }
  header { background: #1b1035; color: #fff; padding: 16px 40px; font-weight: 700; font-size: 20px; }
  main { padding: 32px 40px; max-width: 900px; }
  h1 { font-size: 30px; margin: 0 0 16px; }
  .plans { display: flex; gap: 20px; margin: 20px 0; }
  .plan { border: 2px solid #ddd; border-radius: 12px; padding: 18px 22px; width: 220px; }
  .plan.pick { border-color: #7c3aed; }
  .price { font-size: 26px; font-weight: 700; }
  .addon { display: flex; gap: 10px; align-items: center; padding: 12px 14px; background: #f6f3ff; border-radius: 8px; width: fit-content; }
  .btn { display: inline-block; background: #7c3aed; color: #fff; border: 0; border-radius: 8px; padding: 12px 22px; font-size: 16px; font-weight: 600; }
  .btn.grey { background: #e5e7eb; color: #111; }
  .tiny { font-size: 10px; color: #b9b9c3; }
  .filler { height: 90px; border-radius: 8px; background: #f3f4f6; margin: 16px 0; }
  footer { padding: 20px 40px; color: #888; font-size: 13px; border-top: 1px solid #eee; }
`

export interface RenderedPage {
  /** Relative to the report folder. */
  screenshot: string
  /** Page-coordinate box of the element marked with `data-mark`, if any. */
  box?: Box
}

/** Without a page, a blank 1280×900 PNG stands in and every marked element is at the same box. */
export const BLANK_PAGE_BOX: Box = { x: 120, y: 300, width: 360, height: 44 }

export async function renderFixturePage(page: Page | undefined, outDir: string, screenshot: string, body: string): Promise<RenderedPage> {
  const file = join(outDir, screenshot)
  await mkdir(dirname(file), { recursive: true })
  if (!page) {
    await writeFile(file, blankPng(1280, 900))
    return { screenshot, box: body.includes('data-mark') ? BLANK_PAGE_BOX : undefined }
  }
  await page.setContent(`<!doctype html><html><head><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`)
  await page.screenshot({ path: file, fullPage: true })
  const marked = page.locator('[data-mark]')
  const box = (await marked.count()) > 0 ? ((await marked.first().boundingBox()) ?? undefined) : undefined
  return { screenshot, box: box ? roundBox(box) : undefined }
}

const roundBox = (box: Box): Box => ({
  x: Math.round(box.x),
  y: Math.round(box.y),
  width: Math.round(box.width),
  height: Math.round(box.height),
})

const header = '<header>▶ Streamly</header>'
const fillers = (n: number) => Array.from({ length: n }, () => '<div class="filler"></div>').join('')

export const PAGES = {
  pricing: `${header}<main><h1>Choose your plan</h1>
    <div class="plans">
      <div class="plan"><div>Basic</div><div class="price">€7.99<small>/mo</small></div><div>HD · 1 screen</div></div>
      <div class="plan pick"><div>Premium</div><div class="price">€13.99<small>/mo</small></div><div>4K · 4 screens</div></div>
    </div>
    <label class="addon" data-mark><input type="checkbox" checked> Add Streamly Protect (+€4.99/mo, billed monthly)</label>
    <p><button class="btn">Start free trial</button></p>
    <p style="font-size:13px;color:#666">Trial converts to a paid subscription after 7 days.</p></main>`,
  signupDone: `${header}<main><h1>Welcome to Streamly!</h1><p>Your trial has started. Enjoy.</p>${fillers(2)}</main>`,
  account: `${header}<main><h1>Your account</h1><p>Premium plan · renews 1 July 2025</p>${fillers(9)}</main>
    <footer>© Streamly · Privacy · Terms · <a class="tiny" href="#" data-mark>cancel membership</a></footer>`,
  confirmshame: `${header}<main><h1>Wait! Are you sure?</h1><p>You'll lose all your watch history and recommendations forever.</p>
    <p><button class="btn">Keep my membership</button></p>
    <p><button class="btn grey" data-mark>No thanks, I don't like saving money</button></p></main>`,
  survey: `${header}<main><h1>Tell us why you're leaving</h1>${fillers(3)}<p><button class="btn">Continue</button></p></main>`,
  callUs: `${header}<main><h1>Almost done</h1><p>To complete your cancellation please call our retention team on <strong>0800 123 456</strong> (Mon–Fri, 9–17).</p></main>`,
  help: `${header}<main><h1>Help centre</h1><p>Browse our articles.</p>${fillers(3)}<p class="tiny" data-mark>Contact</p></main>`,
  fairPricing: `${header}<main><h1>Plans</h1><div class="plans"><div class="plan pick"><div>Standard</div><div class="price">€9.99<small>/mo</small></div><div>Cancel any time online.</div></div></div><p><button class="btn">Subscribe</button></p></main>`,
  fairCancel: `${header}<main><h1>Cancel subscription</h1><p>Your plan ends on 30 June 2025.</p><p><button class="btn" data-mark>Cancel subscription</button></p></main>`,
  fairDone: `${header}<main><h1>Your subscription is cancelled</h1><p>You can keep watching until 30 June 2025.</p></main>`,
}
