import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'

// How two options of one choice compare on screen, from the live page's computed look and box.
// The rules that use this pick their own thresholds: "not equally prominent" is a smaller gap than
// "visually dominant".

/** A control at least this many times as tall as its text has padding or a border around the text:
 * people see it as a button, whatever its tag. A text link's box is about one line high (1.2–1.5×). */
const BUTTON_HEIGHT_RATIO = 1.8
/** WCAG 2's contrast for normal text (SC 1.4.3 AA): at or above it, text reads clearly. */
export const CLEAR_CONTRAST = 4.5

export type Shape = 'button' | 'text'

export interface Look {
  shape: Shape
  fontSizePx: number
  fontWeight: number
  contrastRatio: number | null
  width: number
  height: number
  area: number
  /** Within the first screenful of the page, as loaded. */
  aboveFold: boolean
}

export const shapeOf = (el: SnapshotElement): Shape =>
  el.look.fontSizePx > 0 && el.box.height >= el.look.fontSizePx * BUTTON_HEIGHT_RATIO ? 'button' : 'text'

export function lookOf(el: SnapshotElement, snapshot: PageSnapshot): Look {
  return {
    shape: shapeOf(el),
    fontSizePx: el.look.fontSizePx,
    fontWeight: el.look.fontWeight,
    contrastRatio: el.look.contrastRatio,
    width: el.box.width,
    height: el.box.height,
    area: el.box.width * el.box.height,
    aboveFold: el.box.y + el.box.height <= snapshot.viewport.height,
  }
}

const round = (n: number): number => Math.round(n * 100) / 100

/** "a 17px bold button, 448×58 px, contrast 5.7:1" */
export function describeLook(look: Look): string {
  const weight = look.fontWeight >= 600 ? ' bold' : ''
  const noun = look.shape === 'button' ? 'button' : 'text link'
  const contrast = look.contrastRatio === null ? 'contrast unknown' : `contrast ${round(look.contrastRatio)}:1`
  return `a ${look.fontSizePx}px${weight} ${noun}, ${look.width}×${look.height} px, ${contrast}${look.aboveFold ? '' : ', below the fold'}`
}

/** How much more prominent `strong` is than `weak`: ratios above 1 favour `strong`. */
export interface ProminenceGap {
  areaRatio: number
  /** `weak`'s font size as a share of `strong`'s. */
  fontRatio: number
  weightGap: number
  /** `strong` is shaped as a button, `weak` as plain text. */
  buttonOverText: boolean
  strongContrast: number | null
  weakContrast: number | null
  /** `weak` is below the fold while `strong` is above it. */
  weakBelowFold: boolean
}

export function prominenceGap(strong: Look, weak: Look): ProminenceGap {
  return {
    areaRatio: weak.area > 0 ? round(strong.area / weak.area) : Number.POSITIVE_INFINITY,
    fontRatio: strong.fontSizePx > 0 ? round(weak.fontSizePx / strong.fontSizePx) : 1,
    weightGap: strong.fontWeight - weak.fontWeight,
    buttonOverText: strong.shape === 'button' && weak.shape === 'text',
    strongContrast: strong.contrastRatio,
    weakContrast: weak.contrastRatio,
    weakBelowFold: strong.aboveFold && !weak.aboveFold,
  }
}

/** Facts for evidence: both looks and the gap, flat. */
export function prominenceFacts(strong: Look, weak: Look, gap: ProminenceGap, names: [string, string]): Record<string, string | number | boolean | null> {
  const [s, w] = names
  return {
    [`${s}Shape`]: strong.shape,
    [`${s}FontSizePx`]: strong.fontSizePx,
    [`${s}FontWeight`]: strong.fontWeight,
    [`${s}ContrastRatio`]: strong.contrastRatio,
    [`${s}Size`]: `${strong.width}×${strong.height}`,
    [`${w}Shape`]: weak.shape,
    [`${w}FontSizePx`]: weak.fontSizePx,
    [`${w}FontWeight`]: weak.fontWeight,
    [`${w}ContrastRatio`]: weak.contrastRatio,
    [`${w}Size`]: `${weak.width}×${weak.height}`,
    [`${w}AboveFold`]: weak.aboveFold,
    areaRatio: Number.isFinite(gap.areaRatio) ? gap.areaRatio : null,
    fontRatio: gap.fontRatio,
  }
}
