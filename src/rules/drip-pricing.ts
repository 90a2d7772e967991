import type { StepRecord } from '../artifacts/site-trace.js'
import type { PageSnapshot, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { markedAs } from '../scenario/step-mark.js'
import { checkoutTerms, saysCheckoutTermLoosely, saysSubtotalLoosely } from '../text/checkout-terms.js'
import { splitSentences } from '../text/split-sentences.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import {
  ftcActDeception,
  ftcFeesRule,
  massachusettsFeesAndRenewals,
  ucpdPriceIndication,
  ukDmccDripPricing,
} from './data/legal-references.js'
import { isChoiceControl, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainsOf, pagePath, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { orderSteps } from './lib/order-step.js'
import { namesItem, summaryRows } from './lib/order-summary.js'
import { costIn, type Price, pricesIn } from './lib/price.js'

type LineKind = 'item' | 'fee' | 'tax' | 'total'

/** A priced line of an order summary, by what it charges for. */
interface Charge {
  kind: LineKind
  /** What the line is for, price taken out ("Service fee"). */
  label: string
  price: Price
  block: TextBlock
}

const round = (n: number): number => Math.round(n * 100) / 100
const money = (amount: number, like: Price): string => `${like.text.match(/^[^\d]*/)?.[0]?.replace(/[+\-\s]/g, '') || ''}${amount.toFixed(2)}`

/** The charges of the page's order summaries, by kind; subtotals are kept apart (they add up the
 * items and are no charge of their own). Lines are read by visual row, whatever the summary is called. */
function chargesOn(seen: SeenStep): { charges: Charge[]; subtotal?: Charge } {
  // Every page is judged against the pages before and after it: read each summary once.
  const read = summaryCharges.get(seen.snapshot) ?? readCharges(seen.snapshot)
  summaryCharges.set(seen.snapshot, read)
  return read
}
const summaryCharges = new WeakMap<PageSnapshot, { charges: Charge[]; subtotal?: Charge }>()

function readCharges(snapshot: PageSnapshot): { charges: Charge[]; subtotal?: Charge } {
  const lang = snapshot.lang || undefined
  const charges: Charge[] = []
  let subtotal: Charge | undefined
  for (const row of summaryRows(snapshot)) {
    const { label, price, block } = row
    if (saysSubtotalLoosely(label, lang)) {
      subtotal ??= { kind: 'item', label, price, block }
      continue
    }
    const kind: LineKind = saysCheckoutTermLoosely(label, 'totals', lang)
      ? 'total'
      : saysCheckoutTermLoosely(label, 'taxes', lang)
        ? 'tax'
        : saysCheckoutTermLoosely(label, 'fees', lang)
          ? 'fee'
          : 'item'
    if (charges.some((c) => c.label === label)) continue
    charges.push({ kind, label, price, block })
  }
  return { charges, subtotal }
}

/** What earlier pages said of tax, sentence by sentence: that it comes on top ("Sales tax calculated
 * at checkout") or that the prices shown already hold it ("All prices include applicable taxes").
 * A notice counts only in a sentence about tax: "Shipping is calculated at checkout" says nothing of it. */
function taxNotices(earlier: readonly SeenStep[], lang: string | undefined): { announced: boolean; included: boolean } {
  let announced = false
  let included = false
  for (const s of earlier) {
    for (const t of s.snapshot.texts) {
      if (!t.visible) continue
      for (const sentence of splitSentences(t.text)) {
        const notice = checkoutTerms(sentence, 'taxNotices', { lang })
        if (notice.length && (saysCheckoutTermLoosely(sentence, 'taxes', lang) || notice.some((n) => saysCheckoutTermLoosely(n, 'taxes', lang)))) announced = true
        else if (saysCheckoutTermLoosely(sentence, 'taxIncluded', lang)) included = true
      }
    }
  }
  return { announced, included: included && !announced }
}

const CHOOSING = new Set<StepRecord['kind']>(['click', 'check', 'select'])

/** Whether the user chose the line: a step up to `seen` acted on something naming it, or a box on
 * the page that names it is ticked. */
function chosen(steps: readonly SeenStep[], seen: SeenStep, label: string): boolean {
  const upTo = steps.slice(0, steps.indexOf(seen) + 1)
  if (upTo.some((s) => CHOOSING.has(s.step.kind) && namesItem(`${s.step.target?.text ?? ''} ${s.step.action}`, label))) return true
  return seen.snapshot.elements.some((e) => isChoiceControl(e) && e.checked && namesItem(labelOf(e), label))
}

/** Whether a page before `seen` showed the fee with a price: a line or sentence that names it. */
function shownBefore(earlier: readonly SeenStep[], fee: Charge, lang: string | undefined): boolean {
  const declared = checkoutTerms(fee.label, 'fees', { lang })
  const words = declared.length > 0 ? declared : checkoutTerms(fee.label, 'fees')
  const names = (text: string): boolean => words.some((w) => text.toLowerCase().includes(w.toLowerCase()))
  return earlier.some(
    (s) =>
      s.snapshot.texts.some((t) => t.visible && costIn(t.text) && names(t.text)) ||
      // A summary draws the label and its amount apart, in two blocks of one row.
      chargesOn(s).charges.some((c) => c.kind === 'fee' && names(c.label)),
  )
}

function hasSummary(seen: SeenStep): boolean {
  const { charges, subtotal } = chargesOn(seen)
  return charges.length > 0 || subtotal !== undefined
}

/** Whether a page before `seen` said delivery costs nothing ("Free shipping", "livraison offerte"). */
function freeDeliveryPromised(earlier: readonly SeenStep[], lang: string | undefined): boolean {
  return earlier.some((s) => s.snapshot.texts.some((t) => t.visible && saysCheckoutTermLoosely(t.text, 'freeDelivery', lang)))
}

/** Where the price of `item` was first shown: a text or a control's label naming it with that price. */
function firstShown(steps: readonly SeenStep[], item: Charge): { seen: SeenStep; text: string } | undefined {
  for (const seen of steps) {
    const texts = [
      ...seen.snapshot.elements.filter((e) => e.visible).map(labelOf),
      ...seen.snapshot.texts.filter((t) => t.visible).map((t) => t.text),
    ]
    const text = texts.find((t) => namesItem(t, item.label) && costIn(t)?.amount === item.price.amount)
    if (text) return { seen, text }
  }
  return undefined
}

/** A fee stated in words with its amount: "+ 7 € de frais de dossier", "A $2.50 service fee applies". */
interface FeeMention {
  seen: SeenStep
  block: TextBlock
  sentence: string
  fee: Price
  /** How the page kept it out of sight: in a notice that comes and goes, or in type smaller than the
   * page's text; undefined when it was stated in the page's ordinary type. */
  hidden?: 'notice' | 'fine print'
}

/** Type under this share of the page's body size (and under 13 px) is fine print. */
const FINE_PRINT_RATIO = 0.85

function feeMentions(seen: SeenStep): FeeMention[] {
  const { snapshot } = seen
  const lang = snapshot.lang || undefined
  // A priced option's own label is an offer the user may take, not a charge of the order.
  const offers = snapshot.elements.flatMap((e) => (isChoiceControl(e) ? [e.labelText, e.contextText].filter(Boolean) : []))
  const mentions: FeeMention[] = []
  for (const block of snapshot.texts) {
    if (!block.visible || block.kind === 'label' || block.kind === 'dialog' || offers.includes(block.text)) continue
    for (const sentence of splitSentences(block.text)) {
      const costs = pricesIn(sentence).filter((p) => p.amount > 0 && !p.negative)
      if (costs.length === 0 || !saysCheckoutTermLoosely(sentence, 'fees', lang)) continue
      // Beside another price, the fee is the amount added to it ("12,99 €/mois + 7 €").
      const fee = costs.length === 1 ? costs[0] : costs.find((c) => c.text.startsWith('+'))
      if (!fee) continue
      const fine = block.fontSizePx > 0 && block.fontSizePx < 13 && block.fontSizePx < snapshot.bodyFontSizePx * FINE_PRINT_RATIO
      const hidden = block.live || block.kind === 'status' || block.kind === 'alert' ? 'notice' : fine ? 'fine print' : undefined
      if (mentions.some((m) => m.sentence === sentence)) continue
      mentions.push({ seen, block, sentence, fee, hidden })
    }
  }
  return mentions
}

/** Fees the walk saw stated only where people do not read before paying: in fine print, or in a
 * notice shown after the click. A fee stated once in the page's ordinary type (or in a summary's
 * rows) was shown. */
function hiddenFees(mentions: readonly FeeMention[]): FeeMention[][] {
  const byAmount = new Map<string, FeeMention[]>()
  for (const m of mentions) {
    const key = `${m.fee.amount}|${m.fee.currency}`
    byAmount.set(key, [...(byAmount.get(key) ?? []), m])
  }
  return [...byAmount.values()].filter((ms) => ms.every((m) => m.hidden))
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'drip-pricing',
    title: 'Mandatory fees appear only after the first price',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [ucpdPriceIndication, ukDmccDripPricing, ftcFeesRule, ftcActDeception, massachusettsFeesAndRenewals],
    help: 'A price that grows on the way to payment, through service, delivery or processing fees nobody could avoid, makes the first price a bait: users compare and decide on a number they will not pay. The total that everyone must pay has to be the price shown from the start.',
    fix: 'Show every mandatory fee in the first price the user sees, and let the total grow only with what the user adds.',
    decides: {
      how: [
        'Reads the order summaries of every signup and checkout page by visual row: a label and an amount in one block, or in two blocks side by side on one row, never a form field\'s label or text inside a button, and never across a stepper or field between them. Rows count as a summary when two or more stand aligned one under the other (same left edge of the labels or right edge of the amounts, at most three line heights apart) or when they sit in a region named as a summary. A lone price beside a product name is a product page.',
        'Sorts the rows into items, fees (delivery, service, handling, processing, dossier... in en, de, fr, es, nl), tax, subtotal and total; a label is also read in the language it is written in when the page\'s `lang` attribute says otherwise.',
        'On the last page of each kind before the user moves on, a fee line is dripped when no earlier page stated that fee with an amount and no step chose it. Delivery and sales tax are the exception on the first page that sums up an order (usually the basket), when another page sums it up again before the order is placed: they depend on where the order goes, so that is where a shop can first price them; a shipping line there is stated in time unless an earlier page said delivery is free, a tax line unless an earlier page said prices include tax. A tax line priced on an earlier summary counts as announced. A tax line is dripped when an earlier page said the prices include tax ("prices include all taxes", "inkl. MwSt.", "TTC") and none said it comes on top. A tax notice counts only in a sentence about tax.',
        'Where the scenario marks the step that places the order (`mark: places-order`), pages after it are not judged (a receipt lists what was already agreed), and a finding on the page where the marked click was made says it was marked.',
        'A total higher than the subtotal (or the items), the fees shown before and the announced tax by more than one cent is reported as unexplained.',
        'Separately, a fee stated with its amount in a sentence ("+ 7 € de frais de dossier", "a set-up fee of €9 applies") is reported when every such sentence the walk saw was fine print (under 13 px and under 0.85 of the page\'s body size) or a notice (toast, live region, alert): the page never stated it where people read before paying.',
        'Not charges: discount and saving lines ("You\'re saving $100.00 on this order!" is a sentence), a price for a later period, an option the user ticked, and the unit price under a line ("$89.99 each").',
      ],
      flagged:
        'The product card says "Free delivery"; basket and checkout show a total equal to the item; the last page lists "Shipping $9.99" and "Handling $2.50" in two-span rows and a total $12.49 higher.',
      notFlagged:
        'The plan page says "Sales tax is calculated at checkout" and "Delivery $9.99 on every plan"; the checkout summary adds exactly those lines to the plan\'s price. Or a product list without delivery prices, then a basket whose first summary lists "Shipping $5.99" and the total with it.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let summaries = 0
    const markedOrders = orderSteps(site).filter((order) => order.how === 'marked')
    for (const chain of chainsOf(site)) {
      const walked = chain.flatMap(seenSteps)
      // With the order step marked, the page it was pressed on is the last that can drip a charge:
      // a receipt after it lists what was already agreed.
      const orderPage = markedOrders.filter((order) => chain.includes(order.click.flow)).at(-1)?.click.before.step
      const lastJudged = orderPage ? walked.findIndex((s) => s.step === orderPage) : -1
      const steps = lastJudged >= 0 ? walked.slice(0, lastJudged + 1) : walked
      const reported = new Set<string>()
      const firstSummary = steps.find(hasSummary)
      for (const seen of steps) {
        // The page as it stood when the user moved on: the next step is on another page.
        const next = steps[steps.indexOf(seen) + 1]
        if (next && pagePath(next.snapshot.url) === pagePath(seen.snapshot.url)) continue
        const { charges, subtotal } = chargesOn(seen)
        if (charges.length === 0 && !subtotal) continue
        summaries++
        const page = pagePath(seen.snapshot.url)
        if (reported.has(page)) continue
        const firstOfPage = steps.find((s) => pagePath(s.snapshot.url) === page) ?? seen
        const earlier = steps.slice(0, steps.indexOf(firstOfPage))
        const lang = seen.snapshot.lang || undefined

        const items = charges.filter((c) => c.kind === 'item')
        const main = items[0] ?? subtotal
        const fees = charges.filter((c) => c.kind === 'fee' && !chosen(steps, seen, c.label))
        const taxes = charges.filter((c) => c.kind === 'tax')
        const { announced: taxAnnounced, included: taxIncluded } = taxNotices(earlier, lang)
        // Delivery and sales tax depend on where the order goes, so a product list cannot price them:
        // the first page that sums the order up (the basket) states them in time, when another page
        // sums it up again before it is placed, and no earlier page said delivery is free or tax included.
        const summedUpLater = steps.slice(steps.indexOf(seen) + 1).some((s) => pagePath(s.snapshot.url) !== page && hasSummary(s))
        const firstSummaryHere = firstSummary !== undefined && pagePath(firstSummary.snapshot.url) === page && summedUpLater
        const deliveryInTime = firstSummaryHere && !freeDeliveryPromised(earlier, lang)
        const statedInTime = (fee: Charge): boolean =>
          shownBefore(earlier, fee, lang) || (deliveryInTime && saysCheckoutTermLoosely(fee.label, 'delivery', lang))
        const taxPricedBefore = earlier.some((s) => chargesOn(s).charges.some((c) => c.kind === 'tax'))
        const taxInTime = taxAnnounced || (!taxIncluded && (taxPricedBefore || firstSummaryHere))
        // Tax added on top of prices said to include it is as unavoidable a surprise as any fee.
        const dripped = [...fees.filter((f) => !statedInTime(f)), ...(taxIncluded ? taxes : [])]
        const total = charges.filter((c) => c.kind === 'total').at(-1)
        const itemsSum = subtotal ? subtotal.price.amount : items.reduce((sum, c) => sum + c.price.amount, 0)
        const explained = round(
          itemsSum + [...fees.filter((f) => !dripped.includes(f)), ...(taxInTime ? taxes : [])].reduce((sum, c) => sum + c.price.amount, 0),
        )
        const gap = total ? round(total.price.amount - explained) : 0
        if (dripped.length === 0 && gap <= 0.01) continue
        reported.add(page)

        const headline = main ? firstShown(earlier, main) : undefined
        const first = headline
          ? `The first price shown for ${quote(main?.label ?? '')} was ${main?.price.text} at ${where(headline.seen)}`
          : main
            ? `${quote(main.label)} is priced ${main.price.text}`
            : 'The order summary lists no item'
        const added = items.slice(1).map((c) => `${c.label} ${c.price.text}`)
        const totalText = total ? `; at ${where(seen)} the total is ${total.price.text}${main ? `, ${money(round(total.price.amount - main.price.amount), total.price)} more` : ''}` : ` at ${where(seen)}`
        const because = [
          added.length ? `other items in the order: ${added.join(', ')}` : 'no other item in the order',
          taxes.length
            ? `${taxAnnounced ? 'tax announced earlier' : taxIncluded ? 'prices said earlier to include tax' : taxInTime ? 'tax priced in time' : 'tax not announced earlier'}: ${taxes.map((t) => `${t.label} ${t.price.text}`).join(', ')}`
            : '',
        ].filter(Boolean)
        const feeText = dripped.length
          ? `mandatory charges not shown before: ${dripped.map((f) => quote(`${f.label} ${f.price.text}`)).join(', ')}`
          : `${money(gap, total?.price ?? (main ?? (subtotal as Charge)).price)} of it explained by no line the user chose or saw before`
        const target = dripped[0] ?? total ?? main ?? (subtotal as Charge)
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `${first}${totalText} (${because.join('; ')}), with ${feeText}${seen.step === orderPage ? `, on the page where the order was placed ${markedAs('places-order')}` : ''}.`,
            evidence: evidenceAt(seen, target.block, target.block.text, {
              firstPrice: main?.price.text ?? null,
              firstPriceUrl: headline?.seen.snapshot.url ?? null,
              firstPriceStep: headline ? headline.seen.step.index : null,
              firstPriceFlow: headline?.seen.flow.name ?? null,
              total: total?.price.text ?? null,
              totalAmount: total?.price.amount ?? null,
              feeLines: dripped.map((f) => `${f.label} ${f.price.text}`).join(' | ') || null,
              feeTotal: round(dripped.reduce((sum, f) => sum + f.price.amount, 0)),
              unexplained: gap > 0.01 ? gap : 0,
              taxAnnounced,
              taxIncluded,
              ...(seen.step === orderPage ? { marked: 'places-order' } : {}),
            }),
          }),
        )
      }
    }

    for (const chain of chainsOf(site)) {
      const stated = chain.flatMap(seenSteps).flatMap(feeMentions)
      summaries += stated.length
      for (const mentions of hiddenFees(stated)) {
        const first = mentions[0] as FeeMention
        // Each way it was kept out of sight, once per page, where it was first seen so.
        const firstPer = mentions.filter((m, i) => mentions.findIndex((o) => o.hidden === m.hidden && pagePath(o.seen.snapshot.url) === pagePath(m.seen.snapshot.url)) === i)
        const places = firstPer.map((m) => `${m.hidden === 'notice' ? 'a notice' : `fine print (${m.block.fontSizePx}px against the page's ${m.seen.snapshot.bodyFontSizePx}px)`} at ${where(m.seen)}`)
        const notice = mentions.find((m) => m.hidden === 'notice')
        findings.push(
          ctx.finding({
            flow: first.seen.flow.name,
            step: first.seen.step.index,
            message: `The charge ${quote(first.fee.text.replace(/^\+\s?/, ''))} (${quote(first.sentence)}) was stated only in ${places.join(' and ')}; no page showed it in ordinary type beside the price.`,
            evidence: evidenceAt(first.seen, first.block, first.sentence, {
              fee: first.fee.text,
              feeAmount: first.fee.amount,
              currency: first.fee.currency,
              shownAs: [...new Set(mentions.map((m) => m.hidden))].join(' | '),
              noticeText: notice?.sentence ?? null,
              noticeStep: notice?.seen.step.index ?? null,
            }),
          }),
        )
      }
    }

    if (summaries === 0) return notApplicable('no order summary with priced lines and no fee stated with an amount on any page of the signup or checkout flows')
    return failIfAny(findings)
  },
})
