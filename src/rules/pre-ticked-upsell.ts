import type { Finding } from '../report/model.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, notApplicable } from './define-rule.js'
import {
  californiaArlConsent,
  crdAdditionalPayments,
  roscaNegativeOption,
  ukAdditionalPayments,
} from './data/legal-references.js'
import type { SnapshotElement } from '../capture/page-snapshot.js'
import { costOfControl, isChoiceControl, labelOf, NOUN, radioGroup, TICKED } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { actedOnBefore, chainsOf, firstAppearances, pathOf } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { type TickedControl, tickedByDefault } from './lib/ticked-by-default.js'

/** Controls drawn without a control's markup (a div switch, a pill, a card) that the page shows as
 * on or selected, where they first appear and before any step touched them. One of several alike in
 * its region (same size, within a fifth) is an option of a choice, like a radio button; one alone is
 * a toggle, like a switch. */
function tickedLookalikes(site: Parameters<typeof tickedByDefault>[0]): { seen: number; ticked: (TickedControl & { group: SnapshotElement[] })[] } {
  let seen = 0
  const ticked: (TickedControl & { group: SnapshotElement[] })[] = []
  for (const chain of chainsOf(site)) {
    for (const appearance of firstAppearances(chain, (e) => Boolean(e.clickable) && e.checked === true && !isChoiceControl(e))) {
      seen++
      const { element: el, snapshot, step, flow } = appearance
      if (!el.visible || actedOnBefore(site, flow, step, el.selector)) continue
      const alike = (o: SnapshotElement) =>
        o !== el &&
        Boolean(o.clickable) &&
        o.visible &&
        o.region === el.region &&
        Math.abs(o.box.width - el.box.width) <= el.box.width / 5 &&
        Math.abs(o.box.height - el.box.height) <= el.box.height / 5
      const group = snapshot.elements.filter(alike)
      ticked.push({ ...appearance, kind: group.length > 0 ? 'radio' : 'switch', group })
    }
  }
  return { seen, ticked }
}

export default defineRule({
  meta: {
    id: 'pre-ticked-upsell',
    title: 'Paid add-on is selected before the user chooses it',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [crdAdditionalPayments, ukAdditionalPayments, roscaNegativeOption, californiaArlConsent],
    help: 'A paid extra that is already ticked when the page loads is bought by everyone who does not notice and untick it. Consent to an extra payment has to be given by the consumer, not inferred from a default the consumer had to reject.',
    fix: 'Show every paid extra unticked, so that it is added only when the user ticks it.',
    decides: {
      how: [
        'Takes every checkbox, radio button and switch of the signup and checkout flows where it first appears in a browser context, native or ARIA, and every control drawn without a control\'s markup (a div toggle, a pill, a card) that the page shows as on or selected (an aria state or a selected/active class). One that a step already touched shows the user\'s choice and is left out.',
        'A control is a paid add-on when its own label carries a price above zero, or its line does with the price within 40 characters of the label.',
        'A ticked checkbox or switch with a price is reported. A pre-selected radio option is reported only over a free or "No thanks" option of its group; among priced options only (plans) it is the plan choice, left to review when it does not read as an add-on. For a div control, its group is the controls alike in its region (same size within a fifth); one alone is a toggle.',
      ],
      flagged: 'A basket opens with a div toggle "Breakage cover +2,50 €" already shown as on.',
      notFlagged: '"Billing address same as shipping" ticked by default, and a "Premium" plan card pre-selected among priced plan cards.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reviews: Finding[] = []
    const native = tickedByDefault(site)
    const lookalikes = tickedLookalikes(site)
    const controls = native.seen + lookalikes.seen
    const ticked = [...native.ticked.map((t) => ({ ...t, group: undefined as SnapshotElement[] | undefined })), ...lookalikes.ticked]
    for (const seen of ticked) {
      const { element: el, step, snapshot, flow, kind } = seen
      const price = costOfControl(el)
      if (!price) continue

      const label = labelOf(el)
      const facts = {
        price: price.amount,
        currency: price.currency,
        priceText: price.text,
        recurring: price.recurring,
        control: kind,
        checked: true,
        firstSeenStep: step.index,
      }
      const shown = label.includes(price.text) ? quote(label) : `${quote(label)} (${price.text})`
      const where = `${pathOf(snapshot.url)} first showed it (${flow.name} flow, step ${step.index})`

      if (kind === 'radio') {
        // A pre-selected plan among paid plans is a default, not an extra; only an add-on chosen
        // over a free or "no thanks" option is the sneaking this rule is about.
        const group = seen.group ?? radioGroup(snapshot, el)
        const free = group.find((o) => !costOfControl(o) || mentions(labelOf(o), 'decline'))
        if (!free) continue
        const isAddOn = price.text.startsWith('+') || mentions(label, 'addOn')
        const message = `The ${NOUN[kind]} ${shown} was already ${TICKED[kind]} over ${quote(labelOf(free))} when ${where}, before any step touched it.`
        const finding = ctx.finding({
          flow: flow.name,
          step: step.index,
          message: isAddOn ? message : `${message} It may be the plan choice rather than an add-on.`,
          evidence: evidenceAt(seen, el, label, { ...facts, freeOption: labelOf(free) }),
        })
        ;(isAddOn ? findings : reviews).push(finding)
        continue
      }

      findings.push(
        ctx.finding({
          flow: flow.name,
          step: step.index,
          message: `The ${NOUN[kind]} ${shown} was already ${TICKED[kind]} when ${where}, before any step touched it.`,
          evidence: evidenceAt(seen, el, label, facts),
        }),
      )
    }

    if (controls === 0) return notApplicable('no checkbox, radio button or switch on any page of the signup or checkout flows')
    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length ? 'a paid option was pre-selected over a free one; it may be the plan choice rather than an add-on' : undefined,
    })
  },
})
