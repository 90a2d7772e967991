import type { PageSnapshot, SnapshotElement, TextBlock } from '../../capture/page-snapshot.js'
import { labelOf } from './controls.js'

/** How far above a field its caption may sit, px: a label line and the margin under it. */
const ABOVE_PX = 48
/** How far to the left of a field its caption may end, px. */
const LEFT_PX = 160
/** Captions are short; a paragraph beside a field is not its name. */
const CAPTION_CHARS = 60

const overlapsHorizontally = (a: TextBlock['box'], b: SnapshotElement['box']): boolean => a.x < b.x + b.width && b.x < a.x + a.width

/** The caption a person reads for a field that has no associated <label>: the short text right above
 * it (overlapping its column) or just to its left on the same line. Many pages put a `<label>` or a
 * `<div>` beside the input without `for`, so the accessible name is only the placeholder. */
export function visualCaption(snapshot: PageSnapshot, field: SnapshotElement): TextBlock | undefined {
  const { box } = field
  const candidates = snapshot.texts.filter((t) => t.visible && t.text.length > 0 && t.text.length <= CAPTION_CHARS && t.context?.frameUrl === field.context?.frameUrl)
  const above = candidates
    .filter((t) => t.box.y + t.box.height <= box.y + 4 && box.y - (t.box.y + t.box.height) <= ABOVE_PX && overlapsHorizontally(t.box, box))
    .sort((a, b) => b.box.y - a.box.y)[0]
  if (above) return above
  const middle = box.y + box.height / 2
  return candidates
    .filter((t) => t.box.y <= middle && t.box.y + t.box.height >= middle && t.box.x + t.box.width <= box.x + 4 && box.x - (t.box.x + t.box.width) <= LEFT_PX)
    .sort((a, b) => b.box.x - a.box.x)[0]
}

/** Everything a field is called by: its label, accessible name (often the placeholder) and, when it
 * has no label of its own, the caption beside it. */
export function fieldNames(snapshot: PageSnapshot, field: SnapshotElement): string {
  const caption = field.labelText ? undefined : visualCaption(snapshot, field)?.text
  return [caption, labelOf(field)].filter(Boolean).join(' | ')
}
