import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'

// How two options of one choice compare on screen, from the live page's computed look and box.
// The rules that use this pick their own thresholds: "not equally prominent" is a smaller gap than
// "visually dominant".

/** A control at least this many times as tall as its text has padding or a border around the text:
 * people see it as a button, whatever its tag. A text link's box is about one line high (1.2–1.5×). */
const BUTTON_HEIGHT_RATIO = 1.8
/** WCAG 2's contrast for normal text (SC 1.4.3 AA): at or above it, text reads clearly. */
export const CLEAR_CONTRAST = 4.5
/** A fill at least this far from what is behind it reads as a solid, coloured button: white on the
 * common brand colours is 2.5–8:1, while the light greys of secondary or disabled-looking buttons
 * (#f0f1f2, Tailwind gray-100–300 on white) stay under 1.6:1. */
export const SOLID_FILL_CONTRAST = 2
/** Under this, a fill is a tint: the control reads as plain or greyed out, not as a solid button. */
const TINT_CONTRAST = 1.6

export type Shape = 'button' | 'text'
/** How a control is drawn: a solid coloured fill, a tinted or outlined box, or bare text. */
export type Style = 'solid' | 'outlined' | 'tinted' | 'plain'

export interface Look {
  shape: Shape
  style: Style
  fontSizePx: number
  fontWeight: number
  contrastRatio: number | null
  width: number
  height: number
  area: number
  /** Within the first screenful of the page, as loaded. */
  aboveFold: boolean
}

/** A control's fill strength against what is behind it: a gradient counts as solid. */
const fillStrength = (el: SnapshotElement): number => (el.look.fill === 'gradient' ? SOLID_FILL_CONTRAST : (el.look.fillContrast ?? (el.look.fill ? 1 : 0)))

/** Solid (a fill that stands out), outlined (a border, no strong fill), tinted (a faint fill), plain text. */
export function styleOf(el: SnapshotElement): Style {
  const fill = fillStrength(el)
  if (fill >= SOLID_FILL_CONTRAST) return 'solid'
  // A grey box reads as greyed out, with or without a thin border of its own grey.
  if (el.look.fill && fill < TINT_CONTRAST) return 'tinted'
  if ((el.look.borderPx ?? 0) > 0) return 'outlined'
  return el.look.fill ? 'solid' : 'plain'
}

/** A button is what people see as one: a filled or bordered box, or a box with padding well taller
 * than its text. A bare text with neither reads as a link, whatever its tag. */
export function shapeOf(el: SnapshotElement): Shape {
  const tall = el.look.fontSizePx > 0 && el.box.height >= el.look.fontSizePx * BUTTON_HEIGHT_RATIO
  if (el.look.fill !== undefined || el.look.borderPx !== undefined) return styleOf(el) === 'plain' && !tall ? 'text' : 'button'
  return tall ? 'button' : 'text'
}

export function lookOf(el: SnapshotElement, snapshot: PageSnapshot): Look {
  return {
    shape: shapeOf(el),
    style: styleOf(el),
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

const STYLE_WORD: Record<Style, string> = { solid: 'filled ', outlined: 'outlined ', tinted: 'grey ', plain: '' }

/** "a 17px bold button, 448×58 px, contrast 5.7:1" */
export function describeLook(look: Look): string {
  const weight = look.fontWeight >= 600 ? ' bold' : ''
  const noun = look.shape === 'button' ? `${STYLE_WORD[look.style]}button` : 'text link'
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
  /** `strong` has a solid fill and `weak` only a grey tint or nothing: it looks secondary or disabled.
   * An outlined `weak` is the ordinary secondary button, and does not count. */
  solidOverUnfilled: boolean
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
    solidOverUnfilled: strong.style === 'solid' && (weak.style === 'tinted' || weak.style === 'plain'),
  }
}

/** Facts for evidence: both looks and the gap, flat. */
export function prominenceFacts(strong: Look, weak: Look, gap: ProminenceGap, names: [string, string]): Record<string, string | number | boolean | null> {
  const [s, w] = names
  return {
    [`${s}Shape`]: strong.shape,
    [`${s}Style`]: strong.style,
    [`${s}FontSizePx`]: strong.fontSizePx,
    [`${s}FontWeight`]: strong.fontWeight,
    [`${s}ContrastRatio`]: strong.contrastRatio,
    [`${s}Size`]: `${strong.width}×${strong.height}`,
    [`${w}Shape`]: weak.shape,
    [`${w}Style`]: weak.style,
    [`${w}FontSizePx`]: weak.fontSizePx,
    [`${w}FontWeight`]: weak.fontWeight,
    [`${w}ContrastRatio`]: weak.contrastRatio,
    [`${w}Size`]: `${weak.width}×${weak.height}`,
    [`${w}AboveFold`]: weak.aboveFold,
    areaRatio: Number.isFinite(gap.areaRatio) ? gap.areaRatio : null,
    fontRatio: gap.fontRatio,
  }
}
