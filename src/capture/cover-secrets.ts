import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright'
import { inPageFunction } from './in-page-source.js'
import { SECRET_FIELD_NAME, SECRET_FIELD_SELECTOR } from './secret-field-kinds.js'

const FIND_BOXES = inPageFunction('in-page-secret-boxes.js')

/** The colour Playwright paints masked fields with, so that every hidden secret looks alike. */
export const SECRET_COVER_COLOUR = '#ff00ff'

/** Antialiased glyph edges reach a pixel or two beyond a text box. */
const COVER_MARGIN_PX = 2

interface Box {
  x: number
  y: number
  width: number
  height: number
  fixed: boolean
}

/** Matches nothing: with no secret to look for, fields of a secret kind are still covered. */
const NOTHING = '(?!)'

/** The page navigated or rewrote itself while it was being covered and captured: what the
 * screenshots show may be unmasked. */
export class PageChangedError extends Error {}

/** Paints over every place the page shows a secret (`pattern` matches one in any encoding) and
 * every field of a secret kind, in shadow roots and same-origin iframes too, for the screenshots that
 * follow. Returns how to take the covers away again, which answers whether they were still there: a
 * page that navigated or dropped them meanwhile was captured without them. The covers are added after
 * the snapshot was read and removed before the HTML is saved, so no rule and no saved file sees them;
 * the page's own elements are not touched. Throws PageChangedError when the page could not be
 * searched to the end. */
export async function coverSecrets(page: Page, pattern: RegExp | undefined): Promise<() => Promise<boolean>> {
  const fields = { selector: SECRET_FIELD_SELECTOR, name: SECRET_FIELD_NAME.source }
  const id = `cancelcheck-cover-${randomUUID()}`
  try {
    const boxes = (await page.evaluate(`(${FIND_BOXES})(${JSON.stringify(pattern?.source ?? NOTHING)}, ${JSON.stringify(fields)})`)) as Box[]
    // Styles are set through the CSSOM: a page's Content-Security-Policy may forbid style attributes.
    // Elements of a name of their own, so that no rule of the page's stylesheets (`div { … }`) applies.
    // The layer is shown as a popover, which puts it in the top layer above an open modal dialog,
    // whose text no z-index can cover; positioned absolutely there, it is laid out against the
    // document. It is added even with nothing to cover, as the sign that the page stayed the same.
    await page.evaluate(
      ({ boxes, id, colour, margin }) => {
        const layer = document.createElement('cancelcheck-covers')
        layer.id = id
        Object.assign(layer.style, {
          display: 'block', position: 'absolute', inset: 'auto', left: '0', top: '0', width: '0', height: '0',
          margin: '0', padding: '0', border: '0', background: 'transparent', overflow: 'visible', zIndex: '2147483647', pointerEvents: 'none',
        })
        for (const box of boxes) {
          const cover = document.createElement('cancelcheck-cover')
          Object.assign(cover.style, {
            display: 'block',
            position: box.fixed ? 'fixed' : 'absolute',
            left: `${box.x - margin + (box.fixed ? 0 : window.scrollX)}px`,
            top: `${box.y - margin + (box.fixed ? 0 : window.scrollY)}px`,
            width: `${box.width + 2 * margin}px`,
            height: `${box.height + 2 * margin}px`,
            background: colour,
          })
          layer.append(cover)
        }
        document.documentElement.append(layer)
        if (typeof layer.showPopover === 'function') {
          layer.popover = 'manual'
          layer.showPopover()
        }
      },
      { boxes, id, colour: SECRET_COVER_COLOUR, margin: COVER_MARGIN_PX },
    )
  } catch (err) {
    throw new PageChangedError(`the page changed while it was searched for secrets: ${err instanceof Error ? err.message : String(err)}`)
  }
  return () =>
    page
      .evaluate((id) => {
        const layer = document.getElementById(id)
        layer?.remove()
        return layer !== null
      }, id)
      .catch(() => false)
}
