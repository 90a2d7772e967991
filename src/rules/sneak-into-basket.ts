import type { StepRecord } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { defineRule, notApplicable } from './define-rule.js'
import {
  crdAdditionalPayments,
  crdOrderInformation,
  massachusettsFeesAndRenewals,
  roscaNegativeOption,
  ucpdInertiaSelling,
  ukDmccUnfairPractices,
} from './data/legal-references.js'
import { isChoiceControl, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainsOf, pagePath, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { namesItem, sameItem, type SummaryLine, summaryLines, summaryRows } from './lib/order-summary.js'
import { costIn } from './lib/price.js'

const CHOOSING_KINDS = new Set<StepRecord['kind']>(['click', 'check', 'select', 'fill', 'press'])

/** Whether one of `steps` chose the item: acted on something that names it. For a select, the
 * option picked is in the step as written and in the field's selected text afterwards. */
function chosenByUser(steps: readonly StepRecord[], item: string): boolean {
  return steps.some((step) => {
    if (!CHOOSING_KINDS.has(step.kind)) return false
    const selected = step.target && step.snapshot?.elements.find((e) => e.selector === step.target?.selector)?.selectedText
    return namesItem(`${step.target?.text ?? ''} ${step.action} ${selected ?? ''}`, item)
  })
}

/** Whether a page before the summary named the item the way a basket or product page does: in a
 * heading, a line of text or a link, not in a notice that announces it was added (a toast), not in
 * the label of an offer's box and not in a sentence that prices it (an offer to add it). */
function namedBefore(earlier: readonly SeenStep[], item: string): boolean {
  return earlier.some(({ snapshot }) => {
    const offers = snapshot.elements.filter(isChoiceControl).flatMap((e) => [e.labelText, e.contextText].filter((t): t is string => Boolean(t)))
    const offered = (text: string) => offers.some((o) => o.includes(text))
    const texts = snapshot.texts.filter((t) => t.visible && t.kind !== 'dialog' && t.kind !== 'label' && !t.live && !costIn(t.text) && !offered(t.text))
    const links = snapshot.elements.filter((e) => e.visible && (e.tag === 'a' || e.role === 'link') && !costIn(e.name))
    return [...texts.map((t) => t.text), ...links.map((e) => e.name)].some((text) => namesItem(text, item))
  })
}

const where = (seen: SeenStep): string => `step ${seen.step.index} (${pathOf(seen.snapshot.url)}, ${seen.flow.name} flow)`

export default defineRule({
  meta: {
    id: 'sneak-into-basket',
    title: 'A paid item appears in the order summary without the user adding it',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [
      crdAdditionalPayments,
      crdOrderInformation,
      ucpdInertiaSelling,
      ukDmccUnfairPractices,
      roscaNegativeOption,
      massachusettsFeesAndRenewals,
    ],
    help: 'An item that joins the basket on the way to payment, without the user choosing it, is paid for by everyone who does not read the summary line by line. The price the user agreed to is no longer the price charged.',
    fix: 'Add items to the order only when the user chooses them, and show every charge from the first summary on.',
    decides: {
      how: [
        'Reads the order summaries of every signup and checkout page by visual row (see drip-pricing): a page whose aligned priced rows are only a subtotal and a total is a summary of a basket that holds nothing else. Totals, subtotals, taxes and discount lines are no items.',
        'Follows the summaries across flows that share a browser context. An item line that no earlier summary listed is reported unless a step up to that page acted on something naming it (a click, a tick, a selected option), a ticked box on the page names it (the pre-ticked-upsell rule\'s business), or an earlier page named it the way a basket or product page does: a heading, a line of text or a link without a price, not a toast announcing that it was added and not the label of an offer\'s box.',
        'In the first summary, the first line is what the user came to buy; the lines after it are judged the same way when pages were walked before it. A quantity ("1x", "× 2") does not count as part of an item\'s name.',
      ],
      flagged:
        'An "Extras for your order" dialog with "Gift wrapping +$3.00" and "Spare nibs +$2.50" ticked goes on by itself; basket and checkout list only the pen; the final page lists "Gift wrapping $3.00" and "Spare nibs $2.50" under "Items".',
      notFlagged:
        'The user opens a second product page and adds it; the first summary lists both products, each named by its own page before.',
    },
  },
  check(site, ctx) {
    // Only flows that join or pay are read, but they are followed across flows that continue the
    // same browser context: a basket filled during signup is the basket at checkout.
    const findings: Finding[] = []
    let summaries = 0
    const summaryPages = new Set<string>()
    for (const chain of chainsOf(site)) {
      const allSteps = chain.flatMap((f) => f.steps)
      const known: SummaryLine[] = []
      let lastSummary: SeenStep | undefined
      const seenAll = chain.flatMap(seenSteps)
      for (const seen of seenAll) {
        // A summary of only computed lines (subtotal, total) is a summary too: the basket it adds up
        // held nothing else.
        if (summaryRows(seen.snapshot).length === 0) continue
        const lines = summaryLines(seen.snapshot)
        summaries++
        summaryPages.add(pagePath(seen.snapshot.url))
        const before = lastSummary
        lastSummary = seen
        const earlier = seenAll.slice(0, seenAll.indexOf(seen))
        // Whether other pages were walked before: the same page read a moment earlier is not one.
        const cameThrough = earlier.some((s) => pagePath(s.snapshot.url) !== pagePath(seen.snapshot.url))
        for (const [i, line] of lines.entries()) {
          if (known.some((k) => sameItem(k.item, line.item))) continue
          known.push(line)
          // The first line of the first summary is what the user came to buy; when nothing was
          // walked before it, the whole summary is where the order starts.
          if (!before && (i === 0 || !cameThrough)) continue
          if (chosenByUser(allSteps.slice(0, allSteps.indexOf(seen.step) + 1), line.item)) continue
          // A ticked box that names the item put it there: the user's doing, or a pre-ticked box
          // (the pre-ticked-upsell rule's business).
          const ticked = seen.snapshot.elements.find((e) => isChoiceControl(e) && e.checked && namesItem(labelOf(e), line.item))
          if (ticked) continue
          // An item a page showed before (a product page, the basket's list) was put there by the
          // user's "add to basket".
          if (namedBefore(earlier, line.item)) continue

          findings.push(
            ctx.finding({
              flow: seen.flow.name,
              step: seen.step.index,
              message: before
                ? `The order summary gained ${quote(line.text)} at ${where(seen)}; it was not there at ${where(before)}, and no step in between chose it.`
                : `The order summary at ${where(seen)} lists ${quote(line.text)}, which no page before named and no step chose.`,
              evidence: evidenceAt(seen, line.block, line.text, {
                item: line.item,
                price: line.price.amount,
                currency: line.price.currency,
                priceText: line.price.text,
                appearedAtStep: seen.step.index,
                appearedInFlow: seen.flow.name,
                absentAtStep: before?.step.index ?? null,
                absentInFlow: before?.flow.name ?? null,
                absentUrl: before?.snapshot.url ?? null,
              }),
            }),
          )
        }
      }
    }

    if (summaries === 0) return notApplicable('no order summary with priced lines on any page of the signup or checkout flows')
    return conclude({ findings, passReason: summaryPages.size === 1 ? 'only one page showed an order summary' : undefined })
  },
})
