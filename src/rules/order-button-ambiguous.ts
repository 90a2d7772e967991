import type { Finding } from '../report/model.js'
import { mentionOf } from '../text/match-topic.js'
import { isPaymentField, statesObligationToPay } from '../text/order-button.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { bgbOrderButton, crdOrderButton, roscaNegativeOption, ukOrderButton } from './data/legal-references.js'
import { type Click, clicksOf, controlLabel } from './lib/clicks.js'
import { labelOf } from './lib/controls.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { isPageChrome } from './lib/final-page.js'
import { chainsOf, pathOf, type SeenStep } from './lib/flows.js'
import { costIn } from './lib/price.js'

const paymentFieldsOn = (seen: SeenStep) =>
  seen.snapshot.elements.filter((el) => el.visible && ['input', 'select'].includes(el.tag) && isPaymentField(labelOf(el), { lang: seen.snapshot.lang || undefined }))

const confirmationOn = (seen: SeenStep) =>
  seen.snapshot.texts.find((t) => t.visible && !isPageChrome(t) && mentionOf(t.text, 'orderConfirmation'))

/** The click that placed the order: the last one that left a page taking payment details, or else
 * the last one that led from a page without an order confirmation to a page with one. A "Weiter"
 * between the steps of a checkout does neither. */
function orderClick(clicks: readonly Click[]): Click | undefined {
  const leftPayment = clicks.filter((c) => c.navigated && paymentFieldsOn(c.before).length > 0).at(-1)
  if (leftPayment) return leftPayment
  return clicks.filter((c) => c.after && confirmationOn(c.after) && !confirmationOn(c.before)).at(-1)
}

export default defineRule({
  meta: {
    id: 'order-button-ambiguous',
    title: 'The order button does not say that it commits to pay',
    category: 'sneaking',
    severity: 'serious',
    severityByJurisdiction: { de: 'critical' },
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [crdOrderButton, bgbOrderButton, ukOrderButton, roscaNegativeOption],
    help: 'EU, German and UK law require the button that places a paid order to say that pressing it creates an obligation to pay, as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do. A button labelled "Continue", "Jetzt starten" or "Start my trial" lets people pay without knowing that this was the click that cost money, and in Germany no contract is concluded at all.',
    fix: 'Label the final button "zahlungspflichtig bestellen", "Buy now", "Subscribe and pay" or with an equally unambiguous wording that says the click costs money.',
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let judged = 0
    for (const chain of chainsOf(site)) {
      const click = orderClick(clicksOf(chain))
      if (!click) continue
      const { before } = click
      const fields = paymentFieldsOn(before)
      const price = before.snapshot.texts.map((t) => (t.visible ? costIn(t.text) : undefined)).find(Boolean)
      // A free sign-up owes nothing: its button need not say it does.
      if (fields.length === 0 && !price) continue
      judged++
      const label = controlLabel(click)
      const lang = before.snapshot.lang || undefined
      const result = statesObligationToPay(label, { lang })
      if (result.match) continue
      const where = `${pathOf(before.snapshot.url)} (${click.flow.name} flow, step ${click.step.index})`
      const confirmation = click.after ? confirmationOn(click.after) : undefined
      const led = click.after ? `; it led to ${pathOf(click.after.snapshot.url)}${confirmation ? `, which says ${quote(confirmation.text, 60)}` : ''}` : ''
      const why = result.paymentMethod
        ? `names only the means of payment (${quote(result.paymentMethod)}), not the obligation to pay`
        : 'does not say that pressing it commits to pay (as "zahlungspflichtig bestellen", "Buy now" or "Subscribe and pay" do)'
      const facts = {
        label,
        lang: lang ?? null,
        price: price?.text ?? null,
        paymentFields: fields.map(labelOf).join(' | ') || null,
        paymentMethod: result.paymentMethod ?? null,
      }
      findings.push(
        ctx.finding({
          flow: click.flow.name,
          step: click.step.index,
          message: `The button that placed the order, ${quote(label)} on ${where}, ${why}${led}.`,
          evidence: click.element ? evidenceAt(before, click.element, label, facts) : evidenceOfPage(before, facts, label),
        }),
      )
    }
    if (judged === 0) return notApplicable('no click placed a paid order: no page taking payment details was left and no order confirmation followed a priced page')
    return failIfAny(findings)
  },
})
