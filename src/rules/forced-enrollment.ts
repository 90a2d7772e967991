import type { Finding } from '../report/model.js'
import { checkoutTerms, saysCheckoutTerm } from '../text/checkout-terms.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { ccpaConsent, gdprFreelyGivenConsent, ucpdAggressivePractices } from './data/legal-references.js'
import { controlKind, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainsOf, firstAppearances, pathOf, type SeenStep } from './lib/flows.js'
import { distinctPages } from './lib/pages.js'

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'forced-enrollment',
    title: 'The form cannot be sent without accepting something optional',
    category: 'forced-action',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [gdprFreelyGivenConsent, ccpaConsent, ucpdAggressivePractices],
    help: 'A newsletter or partner-offers box that must be ticked, or an account that must be created to buy a single item, makes the purchase hostage to something the user may not want. Consent given because there is no other way to buy is not freely given.',
    fix: 'Make marketing, partner and account options optional, so that the purchase goes through without them.',
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let forms = 0
    for (const chain of chainsOf(site)) {
      // A required box about newsletters, offers or partners.
      for (const seen of firstAppearances(chain, (el) => controlKind(el) === 'checkbox' && el.visible)) {
        forms++
        const { element: el, snapshot } = seen
        if (el.required !== true) continue
        const label = labelOf(el)
        const lang = snapshot.lang || undefined
        const optional = checkoutTerms(label, 'optionalConsents', { lang })
        if (optional.length === 0 || mentions(label.slice(0, 40), 'decline')) continue
        const necessary = checkoutTerms(label, 'necessaryConsents', { lang })
        const bundled = necessary.length > 0 ? `, bundled with ${necessary.map((w) => quote(w)).join(', ')}` : ''
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The checkbox ${quote(label)} at ${where(seen)} is required: the form cannot be sent unless the user accepts ${optional.map((w) => quote(w)).join(', ')}${bundled}.`,
            evidence: evidenceAt(seen, el, label, {
              required: true,
              checked: el.checked ?? false,
              optionalWords: optional.join(' | '),
              necessaryWords: necessary.join(' | ') || null,
            }),
          }),
        )
      }

      // An account forced on a one-off purchase: a required password where the page sells once.
      for (const seen of distinctPages(chain, 'first')) {
        const { snapshot } = seen
        const lang = snapshot.lang || undefined
        const oneOff = snapshot.texts.find((t) => t.visible && saysCheckoutTerm(t.text, 'oneOff', { lang }))
        if (!oneOff) continue
        forms++
        const password = snapshot.elements.find((e) => e.visible && e.type === 'password' && e.required === true)
        if (!password) continue
        const label = labelOf(password)
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The one-off purchase at ${where(seen)} (${quote(oneOff.text)}) cannot be completed without creating an account: the password field ${quote(label)} is required.`,
            evidence: evidenceAt(seen, password, label, {
              required: true,
              oneOffWording: checkoutTerms(oneOff.text, 'oneOff', { lang }).join(' | '),
              oneOffText: oneOff.text,
            }),
          }),
        )
      }
    }

    if (forms === 0) return notApplicable('no checkbox and no one-off purchase on any page of the signup or checkout flows')
    return failIfAny(findings)
  },
})
