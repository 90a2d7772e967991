import type { Box, PageSnapshot, SnapshotElement, TextBlock } from '../../capture/page-snapshot.js'
import { saysCheckoutTermLoosely, saysSubtotalLoosely } from '../../text/checkout-terms.js'
import { mentions } from '../../text/match-topic.js'
import { costIn, type Price, withoutPrices } from './price.js'

/** One priced line of an order summary, basket or cart: "Priority support $1.99/mo". */
export interface SummaryLine {
  /** What the line is for, price taken out ("Priority support"). */
  item: string
  price: Price
  text: string
  block: TextBlock
}

/** `aside#order-summary "Order summary"` reads "aside order summary Order summary". */
const regionWords = (region: string): string =>
  region.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[#._\-:>[\]="]/g, ' ')

/** Regions of the page that hold an order summary: named so (id, class, aria-label, heading), or
 * headed by a heading that says so. */
export function summaryRegions(snapshot: PageSnapshot): Set<string> {
  const regions = new Set<string>()
  for (const block of snapshot.texts) {
    if (!block.region) continue
    if (mentions(regionWords(block.region), 'orderSummary')) regions.add(block.region)
    else if (block.kind === 'heading' && mentions(block.text, 'orderSummary')) regions.add(block.region)
  }
  return regions
}

const LINE_KINDS = new Set<TextBlock['kind']>(['listitem', 'row', 'paragraph', 'other', 'cell'])
const MAX_LINE_WORDS = 8

const itemOf = (text: string): string | undefined => {
  const item = withoutPrices(text)
  if (!/\p{L}/u.test(item)) return undefined
  // Longer text in a summary is a sentence about the order, not a line of it; so is one that ends
  // like a sentence ("You're saving $100.00 on this order!").
  if (item.split(/\s+/).length > MAX_LINE_WORDS || /[.!?]$/.test(item)) return undefined
  // Taking the price out can take a closing bracket with it: "Family box (6 meals)".
  return (item.match(/\(/g) ?? []).length > (item.match(/\)/g) ?? []).length ? `${item})` : item
}

export const sameRow = (a: { box: Box }, b: { box: Box }): boolean => {
  const ca = a.box.y + a.box.height / 2
  const cb = b.box.y + b.box.height / 2
  return Math.abs(ca - cb) <= Math.max(a.box.height, b.box.height) / 2
}

/** One priced line as a person reads it: a label and an amount in one block ("Delivery $4.99"), or
 * in two blocks side by side on one visual row (a table, a flex row, a definition list). */
export interface PricedRow {
  /** What the line is for, price taken out ("Delivery"). */
  label: string
  price: Price
  /** Label and amount as read together ("Delivery $4.99"). */
  text: string
  /** The block that names the line. */
  block: TextBlock
  /** The block that holds the amount (the same block for a one-block line). */
  priceBlock: TextBlock
}

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1

/** Controls whose text is no line of an order: fields and their labels, buttons ("Continue 28.20 €"),
 * and div or span controls. A link is left alone: carts link item names to the product. */
const isControl = (e: SnapshotElement): boolean =>
  e.visible && (e.tag === 'input' || e.tag === 'select' || e.tag === 'textarea' || e.tag === 'button' || e.role === 'button' || e.role === 'switch' || Boolean(e.clickable))

/** Every priced line the page shows, whatever the markup: a block with a label and an amount, or an
 * amount alone with the nearest label to its left on its row. A form field's label is never paired
 * with an amount, nor is text inside a button. */
export function pricedRows(snapshot: PageSnapshot): PricedRow[] {
  const controlLabels = new Set(snapshot.elements.flatMap((e) => [e.labelText].filter(Boolean)))
  const controls = snapshot.elements.filter(isControl)
  const blocks = snapshot.texts.filter(
    (b) =>
      b.visible &&
      LINE_KINDS.has(b.kind) &&
      !controlLabels.has(b.text) &&
      !controls.some((c) => c.box.width * c.box.height > 0 && inside(b.box, c.box)),
  )
  const rows: PricedRow[] = []
  for (const block of blocks) {
    const price = costIn(block.text)
    if (!price) continue
    const item = itemOf(block.text)
    // "$89.99 each" under a line is the unit price of the line, not a line: a line names first.
    if (item && !block.text.trimStart().startsWith(price.text)) {
      rows.push({ label: item, price, text: block.text, block, priceBlock: block })
      continue
    }
    if (item || withoutPrices(block.text).length > 0) continue
    const right = block.box.x
    const name = blocks
      .filter(
        (b) =>
          b !== block &&
          b.region === block.region &&
          b.box.x + b.box.width <= right + 2 &&
          !costIn(b.text) &&
          itemOf(b.text) &&
          sameRow(b, block) &&
          // A stepper or field between them makes the label the control's ("Quantity: − 1 +  $89.99").
          !controls.some((c) => sameRow(c, block) && c.box.x >= b.box.x + b.box.width - 2 && c.box.x + c.box.width <= right + 2) &&
          !blocks.some((o) => o !== b && o !== block && inside(o.box, b.box) && o.text !== b.text && costIn(o.text)),
      )
      .sort((a, b) => right - (a.box.x + a.box.width) - (right - (b.box.x + b.box.width)))[0]
    if (name) rows.push({ label: itemOf(name.text) as string, price, text: `${name.text} ${block.text}`, block: name, priceBlock: block })
  }
  return rows
}

/** Two rows of one list: one under the other, aligned on the labels' left edge or the amounts'
 * right edge, with no more than a couple of lines' space between them. */
const stacked = (a: PricedRow, b: PricedRow): boolean => {
  const left = Math.abs(a.block.box.x - b.block.box.x) <= 6
  const right = Math.abs(a.priceBlock.box.x + a.priceBlock.box.width - (b.priceBlock.box.x + b.priceBlock.box.width)) <= 6
  const height = Math.max(a.block.box.height, b.block.box.height, 20)
  const gap = Math.abs(b.block.box.y + b.block.box.height / 2 - (a.block.box.y + a.block.box.height / 2))
  return (left || right) && gap > 0 && gap <= 3 * height
}

/** The priced rows that make up order summaries: rows in a region named as one (id, class, label or
 * heading), and rows that stand in a list of two or more aligned priced rows, whatever the page
 * calls it ("Order items", "Récapitulatif", "Warenkorb" or nothing). A lone price beside a product
 * name is a product page, not a summary. */
export function summaryRows(snapshot: PageSnapshot): PricedRow[] {
  const rows = pricedRows(snapshot)
  const regions = summaryRegions(snapshot)
  const keep = new Set<PricedRow>()
  for (const row of rows) {
    if (row.block.region && regions.has(row.block.region)) keep.add(row)
    for (const other of rows) if (other !== row && stacked(row, other)) keep.add(row)
  }
  return rows.filter((r) => keep.has(r))
}

/** The priced lines of every order summary on the page, totals, taxes and discounts left out (the
 * site computes those; no one chooses them). */
export function summaryLines(snapshot: PageSnapshot): SummaryLine[] {
  const lang = snapshot.lang || undefined
  const lines: SummaryLine[] = []
  for (const row of summaryRows(snapshot)) {
    if (mentions(row.label, 'computedLines') || isComputedLine(row.label, lang)) continue
    if (lines.some((l) => itemKey(l.item) === itemKey(row.label))) continue
    lines.push({ item: row.label, price: row.price, text: row.text, block: row.block })
  }
  return lines
}

// Words that say what kind of line it is rather than which item: they do not tell two items apart.
const GENERIC = new Set([
  'a', 'an', 'the', 'and', 'of', 'for', 'per', 'with', 'your', 'my', 'plan', 'month', 'monthly', 'mo', 'year',
  'yearly', 'annual', 'yr', 'subscription', 'membership', 'add', 'addon', 'add-on', 'fee', 'service', 'der', 'die',
  'das', 'und', 'mit', 'pro', 'monat', 'jahr', 'abo', 'tarif',
])

/** Lines the site computes from the others (totals, subtotals, taxes), in the page's language. */
export const isComputedLine = (label: string, lang: string | undefined): boolean =>
  saysSubtotalLoosely(label, lang) || saysCheckoutTermLoosely(label, 'totals', lang) || saysCheckoutTermLoosely(label, 'taxes', lang)

export const tokensOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)

/** The words that name the item itself ("priority", "support"); all words when none is specific. */
export function itemWords(item: string): string[] {
  // A quantity ("1x", "× 2", "12") says how many, not what.
  const all = tokensOf(item).filter((t) => !/^(?:x?\d+x?)$/.test(t))
  const specific = all.filter((t) => !GENERIC.has(t))
  return specific.length ? specific : all
}

export const itemKey = (item: string): string => tokensOf(item).join(' ')

/** Whether `text` (a step's target, an option, a label) names `item`: all of its specific words
 * when it has one or two, two thirds of them when it has more. */
export function namesItem(text: string, item: string): boolean {
  const words = itemWords(item)
  if (words.length === 0) return false
  const have = new Set(tokensOf(text))
  const hits = words.filter((w) => have.has(w)).length
  return words.length <= 2 ? hits === words.length : hits / words.length >= 2 / 3
}

/** Two summary lines for the same item, however each page words it ("Standard" / "Standard plan"). */
export function sameItem(a: string, b: string): boolean {
  if (itemKey(a) === itemKey(b)) return true
  const wa = itemWords(a)
  const wb = new Set(itemWords(b))
  if (wa.length === 0 || wb.size === 0) return false
  return wa.every((w) => wb.has(w)) || [...wb].every((w) => wa.includes(w))
}
