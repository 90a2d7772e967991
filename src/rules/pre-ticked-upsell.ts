import type { Finding } from '../report/model.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, notApplicable } from './define-rule.js'
import {
  californiaArlConsent,
  crdAdditionalPayments,
  roscaNegativeOption,
  ukAdditionalPayments,
} from './data/legal-references.js'
import { costOfControl, labelOf, NOUN, radioGroup, TICKED } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { pathOf } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { tickedByDefault } from './lib/ticked-by-default.js'

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
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reviews: Finding[] = []
    const { seen: controls, ticked } = tickedByDefault(site)
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
        const group = radioGroup(snapshot, el)
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
