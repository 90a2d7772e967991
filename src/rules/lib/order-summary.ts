import type { PageSnapshot, TextBlock } from '../../capture/page-snapshot.js'
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
  // Longer text in a summary is a sentence about the order, not a line of it.
  if (item.split(/\s+/).length > MAX_LINE_WORDS) return undefined
  return item
}

const sameRow = (a: TextBlock, b: TextBlock): boolean => {
  const ca = a.box.y + a.box.height / 2
  const cb = b.box.y + b.box.height / 2
  return Math.abs(ca - cb) <= Math.max(a.box.height, b.box.height) / 2
}

/** The priced lines of every order summary on the page, totals, taxes and discounts left out (the
 * site computes those; no one chooses them). A name and a price in separate blocks of one row
 * (`<span>Item</span><span>$1</span>`) make one line. */
export function summaryLines(snapshot: PageSnapshot): SummaryLine[] {
  const regions = summaryRegions(snapshot)
  if (regions.size === 0) return []
  const controlLabels = new Set(snapshot.elements.flatMap((e) => [e.labelText, e.contextText].filter(Boolean)))
  const blocks = snapshot.texts.filter(
    (b) => b.visible && b.region && regions.has(b.region) && LINE_KINDS.has(b.kind) && !controlLabels.has(b.text),
  )

  const lines: SummaryLine[] = []
  const add = (item: string, price: Price, text: string, block: TextBlock) => {
    if (mentions(item, 'computedLines')) return
    if (lines.some((l) => itemKey(l.item) === itemKey(item))) return
    lines.push({ item, price, text, block })
  }
  for (const block of blocks) {
    const price = costIn(block.text)
    if (!price) continue
    const item = itemOf(block.text)
    if (item) {
      add(item, price, block.text, block)
      continue
    }
    if (withoutPrices(block.text).length > 0) continue
    const name = blocks.find((b) => b !== block && b.region === block.region && !costIn(b.text) && itemOf(b.text) && sameRow(b, block))
    if (name) add(itemOf(name.text) as string, price, `${name.text} ${block.text}`, name)
  }
  return lines
}

// Words that say what kind of line it is rather than which item: they do not tell two items apart.
const GENERIC = new Set([
  'a', 'an', 'the', 'and', 'of', 'for', 'per', 'with', 'your', 'my', 'plan', 'month', 'monthly', 'mo', 'year',
  'yearly', 'annual', 'yr', 'subscription', 'membership', 'add', 'addon', 'add-on', 'fee', 'service', 'der', 'die',
  'das', 'und', 'mit', 'pro', 'monat', 'jahr', 'abo', 'tarif',
])

export const tokensOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)

/** The words that name the item itself ("priority", "support"); all words when none is specific. */
export function itemWords(item: string): string[] {
  const all = tokensOf(item)
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
