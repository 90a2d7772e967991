import type { Box, PageSnapshot, TextBlock } from '../../capture/page-snapshot.js'
import { isSmallerThan } from './visibility.js'

/** Beyond this many screen heights from what it qualifies, a statement is a footnote: people
 * deciding at the button do not scroll to it. */
export const FAR_VIEWPORTS = 1.5

/** The vertical space between two boxes; 0 when they overlap in height. */
export function verticalGap(a: Box, b: Box): number {
  if (a.y + a.height < b.y) return b.y - (a.y + a.height)
  if (b.y + b.height < a.y) return a.y - (b.y + b.height)
  return 0
}

/** How a statement on a page stands next to what it qualifies (a button, an offer): whether it
 * can be seen at all, whether its type is fine print, how far away it is. */
export interface Prominence {
  hidden: boolean
  small: boolean
  far: boolean
  fontSizePx: number
  bodyFontSizePx: number
  gapPx: number
  viewportHeightPx: number
}

export function prominenceOf(block: TextBlock, snapshot: PageSnapshot, anchor: Box): Prominence {
  const gapPx = Math.round(verticalGap(block.box, anchor))
  return {
    hidden: !block.visible,
    small: isSmallerThan(block.fontSizePx, snapshot.bodyFontSizePx),
    far: block.visible && gapPx > FAR_VIEWPORTS * snapshot.viewport.height,
    fontSizePx: block.fontSizePx,
    bodyFontSizePx: snapshot.bodyFontSizePx,
    gapPx,
    viewportHeightPx: snapshot.viewport.height,
  }
}

export const isConspicuous = (p: Prominence): boolean => !p.hidden && !p.small && !p.far

/** What keeps a statement out of sight, in words: "in a collapsed or hidden part of the page",
 * "in 10px type (body text 16px)", "2,140px away (1.5 screen heights is 1,200px)". */
export function whyInconspicuous(p: Prominence): string[] {
  const reasons: string[] = []
  if (p.hidden) reasons.push('in a collapsed or hidden part of the page')
  if (p.small) reasons.push(`in ${p.fontSizePx}px type (body text ${p.bodyFontSizePx}px)`)
  if (p.far) reasons.push(`${p.gapPx.toLocaleString('en-US')}px away (${FAR_VIEWPORTS} screen heights is ${Math.round(FAR_VIEWPORTS * p.viewportHeightPx).toLocaleString('en-US')}px)`)
  return reasons
}
