import type { Box } from '../../capture/page-snapshot.js'
import type { ImageSize } from './image-size.js'
import { html, type SafeHtml } from './safe-html.js'

/** How much of the page around an element the crop shows: enough to read what is next to it. */
const CROP = { minWidth: 640, minHeight: 280, maxHeight: 560, margin: 56 }

/** The region of the full-page screenshot to show around `box`, kept inside the image. A box
 * taller than the crop keeps its top in view, where its label usually is. */
export function cropAround(box: Box, image: ImageSize): Box {
  const width = Math.min(image.width, Math.max(CROP.minWidth, box.width + 2 * CROP.margin))
  const height = Math.min(
    image.height,
    Math.min(CROP.maxHeight, Math.max(CROP.minHeight, box.height + 2 * CROP.margin)),
  )
  const centreX = box.x + box.width / 2
  const fitsVertically = box.height + 2 * CROP.margin <= height
  const idealY = fitsVertically ? box.y + box.height / 2 - height / 2 : box.y - CROP.margin
  return {
    x: clamp(centreX - width / 2, 0, image.width - width),
    y: clamp(idealY, 0, image.height - height),
    width,
    height,
  }
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max)

/** Percent of `whole`, rounded so the markup stays readable. */
const pct = (part: number, whole: number): string => `${Math.round((part / whole) * 100_000) / 1000}%`

/** The crop drawn with CSS only: a box with the crop's aspect ratio and overflow hidden, the
 * full screenshot positioned inside it, and an outline over the element. Everything is in
 * percent of the crop, so the crop scales with the card and the outline stays on the element. */
export function renderEvidenceCrop(input: { src: string; href: string | undefined; image: ImageSize; box: Box; alt: string }): SafeHtml {
  const { src, href, image, box, alt } = input
  const crop = cropAround(box, image)
  const imageStyle = [
    `width:${pct(image.width, crop.width)}`,
    `left:${pct(-crop.x, crop.width)}`,
    `top:${pct(-crop.y, crop.height)}`,
  ].join(';')
  // A box of zero size (an element collapsed to nothing) still gets a visible marker.
  const outlineStyle = [
    `left:${pct(box.x - crop.x, crop.width)}`,
    `top:${pct(box.y - crop.y, crop.height)}`,
    `width:${pct(Math.max(box.width, 2), crop.width)}`,
    `height:${pct(Math.max(box.height, 2), crop.height)}`,
  ].join(';')
  const frame = `max-width:${crop.width}px;aspect-ratio:${crop.width} / ${crop.height}`
  const inner = html`<img class="crop-image" src="${src}" alt="${alt}" style="${imageStyle}" loading="lazy"><span class="crop-outline" style="${outlineStyle}"></span>`
  return href
    ? html`<a class="crop" href="${href}" style="${frame}">${inner}</a>`
    : html`<span class="crop" style="${frame}">${inner}</span>`
}
