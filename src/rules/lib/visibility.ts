import type { ComputedLook, SnapshotElement } from '../../capture/page-snapshot.js'

/** Text below this share of the surrounding text's size reads as fine print. */
export const SMALL_TEXT_RATIO = 0.75
/** WCAG 2's minimum contrast for large text and for user-interface components (SC 1.4.3 / 1.4.11):
 * below it, text is hard to see for many people and easy to miss for everyone. */
export const FAINT_CONTRAST = 3

export function isSmallerThan(fontSizePx: number, referencePx: number | undefined): boolean {
  return referencePx !== undefined && referencePx > 0 && fontSizePx < referencePx * SMALL_TEXT_RATIO
}

export function isFaint(look: ComputedLook): boolean {
  return look.contrastRatio !== null && look.contrastRatio < FAINT_CONTRAST
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Below this opacity an element is see-through: a section collapsed with `opacity: 0` (and no
 * height) still has a box and counts as visible to the browser. */
const SEEN_OPACITY = 0.1

/** Whether people can see the element: rendered, and not faded out. */
export const isShown = (el: SnapshotElement): boolean => el.visible && el.look.opacity > SEEN_OPACITY
