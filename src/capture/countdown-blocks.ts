import { isTimeUnit, readCountdownLoosely } from '../text/countdown.js'
import type { Box, PageSnapshot, TextBlock } from './page-snapshot.js'

const within = (inner: TextBlock, outer: TextBlock): boolean =>
  inner !== outer && inner.text.length < outer.text.length && outer.text.includes(inner.text)

const DIGITS = /^\d{1,2}$/
const SEPARATOR = /^[:|·]$/
const centreY = (b: Box): number => b.y + b.height / 2
const centreX = (b: Box): number => b.x + b.width / 2

const union = (boxes: readonly Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  }
}

/** Countdowns drawn as separate blocks per unit: "12" over "Hours", ":", "34" over "Minutes"... The
 * digits stand in one row, close together, each with its unit under it or beside it, or with colons
 * between them; the result reads "12 Hours 34 Minutes 56 Seconds" or "12:34:56". Digits in a row
 * without units or colons (pagination, a rating) are no timer. */
function assembledTimers(snapshot: PageSnapshot): TextBlock[] {
  const lang = snapshot.lang || undefined
  const pieces = snapshot.texts.filter((t) => t.visible && t.kind !== 'dialog' && t.kind !== 'heading')
  const digits = pieces.filter((t) => DIGITS.test(t.text.trim())).sort((a, b) => a.box.x - b.box.x)
  const units = pieces.filter((t) => isTimeUnit(t.text, { lang }))
  const separators = pieces.filter((t) => SEPARATOR.test(t.text.trim()))
  const timers: TextBlock[] = []
  const used = new Set<TextBlock>()
  for (const first of digits) {
    if (used.has(first)) continue
    const row = [first]
    for (const next of digits) {
      const last = row.at(-1) as TextBlock
      if (next === first || used.has(next) || next.box.x <= last.box.x || next.region !== first.region) continue
      const sameRow = Math.abs(centreY(next.box) - centreY(last.box)) <= Math.max(next.box.height, last.box.height) / 2
      const near = next.box.x - (last.box.x + last.box.width) <= 3 * Math.max(last.box.height, 16)
      if (sameRow && near) row.push(next)
    }
    if (row.length < 2 || row.length > 4) continue
    const unitOf = (d: TextBlock): TextBlock | undefined =>
      units.find(
        (u) =>
          u.region === d.region &&
          ((Math.abs(centreX(u.box) - centreX(d.box)) <= Math.max(u.box.width, d.box.width) / 2 && u.box.y >= d.box.y + d.box.height / 2 && u.box.y - (d.box.y + d.box.height) <= d.box.height) ||
            (Math.abs(centreY(u.box) - centreY(d.box)) <= d.box.height / 2 && u.box.x >= d.box.x + d.box.width && u.box.x - (d.box.x + d.box.width) <= 12)),
      )
    const labelled = row.map((d) => ({ d, unit: unitOf(d) }))
    const withUnits = labelled.every((p) => p.unit)
    const colons = row.slice(1).every((d, i) => {
      const prev = row[i] as TextBlock
      return separators.some((s) => s.box.x >= prev.box.x + prev.box.width - 2 && s.box.x + s.box.width <= d.box.x + 2 && Math.abs(centreY(s.box) - centreY(d.box)) <= d.box.height)
    })
    if (!withUnits && !colons) continue
    const text = withUnits ? labelled.map((p) => `${p.d.text.trim()} ${p.unit?.text.trim()}`).join(' ') : row.map((d) => d.text.trim()).join(':')
    if (!readCountdownLoosely(text, lang)) continue
    for (const d of row) used.add(d)
    const parts = [...row, ...labelled.flatMap((p) => (p.unit ? [p.unit] : []))]
    timers.push({ ...first, tag: first.tag, kind: 'other', text, box: union(parts.map((p) => p.box)), fontSizePx: Math.max(...row.map((d) => d.fontSizePx)) })
  }
  return timers
}

/** The visible text blocks of a page that show a countdown, one per timer: the innermost paragraph,
 * list item or dialog holding it, so that the words around the digits ("Deal ends in") come with
 * them; a bare <span> of digits only where no such block holds it; and timers drawn as one block per
 * unit, read together (their selector is that of the first digits). */
export function countdownBlocks(snapshot: PageSnapshot): TextBlock[] {
  const lang = snapshot.lang || undefined
  const candidates = snapshot.texts.filter((t) => t.visible && readCountdownLoosely(t.text, lang))
  const worded = candidates.filter((c) => c.kind !== 'other' || !candidates.some((o) => o.kind !== 'other' && within(c, o)))
  const single = worded.filter((outer) => !worded.some((inner) => within(inner, outer)))
  return [...single, ...assembledTimers(snapshot)]
}

/** The words around a timer that say what it counts down to: its own text, then the text of its
 * region, then the blocks just above it or beside it on its row ("Exclusive promo!" over "Only
 * 04:58 left", "Flash sale ends soon!" left of the digits). */
export function timerContext(snapshot: PageSnapshot, timer: TextBlock): string {
  const near = snapshot.texts.filter((t) => {
    if (!t.visible || t.selector === timer.selector || t.kind === 'dialog') return false
    const above = t.box.y + t.box.height <= timer.box.y + 2 && timer.box.y - (t.box.y + t.box.height) <= 150
    const overlapsX = t.box.x < timer.box.x + timer.box.width && timer.box.x < t.box.x + t.box.width
    const sameRow = Math.abs(centreY(t.box) - centreY(timer.box)) <= Math.max(t.box.height, timer.box.height)
    return (above && overlapsX) || (sameRow && t.region === timer.region && t.text.length <= 120)
  })
  return [timer.text, timer.region ?? '', ...near.map((t) => t.text)].join(' · ')
}
