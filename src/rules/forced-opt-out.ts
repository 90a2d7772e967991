import type { Finding } from '../report/model.js'
import { mentionOf } from '../text/match-topic.js'
import { defineRule, notApplicable, ruleError } from './define-rule.js'
import {
  ccpaConsent,
  ePrivacyUnsolicitedCommunications,
  gdprConditionsForConsent,
  gdprConsentDefinition,
  planet49,
} from './data/legal-references.js'
import { labelOf, NOUN, radioGroup, TICKED } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { failuresOf, flowsWithRole, pathOf, ranFlows, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { tickedByDefault } from './lib/ticked-by-default.js'

/** What the label asks the user to agree to, by topic; empty when it asks nothing of the kind. */
function consentTopics(label: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const topic of ['marketing', 'partners', 'dataSharing'] as const) {
    const words = mentionOf(label, topic)
    if (words) found[topic] = words
  }
  return found
}

const TOPIC_NAMES: Record<string, string> = { marketing: 'marketing', partners: 'third parties', dataSharing: 'data sharing' }

// "Don't send me offers" ticked is the user's protection, not an opt-in.
const isNegated = (label: string): boolean => mentionOf(label.slice(0, 40), 'decline') !== undefined

export default defineRule({
  meta: {
    id: 'forced-opt-out',
    title: 'Consent to marketing or data sharing is given by default',
    category: 'interface-interference',
    severity: 'serious',
    flows: ['signup', 'checkout', '*'],
    scan: true,
    references: [gdprConsentDefinition, gdprConditionsForConsent, planet49, ePrivacyUnsolicitedCommunications, ccpaConsent],
    help: 'A box for marketing, partner offers or data sharing that is already ticked turns silence into consent: users who do not notice it are signed up. Consent must be a clear affirmative act, and a pre-ticked box the user has to untick is not one.',
    fix: 'Leave every consent box for marketing, partners or data sharing unticked until the user ticks it.',
  },
  check(site, ctx) {
    const flows = ranFlows(site)
    // Consent boxes live where people join and pay: only those flows stopping early leave the
    // question open.
    const incomplete = failuresOf(flowsWithRole(site, ['signup', 'checkout']))
    if (flows.every((f) => seenSteps(f).length === 0)) {
      return ruleError(failuresOf(flows) ?? 'no page of the site could be read')
    }

    const findings: Finding[] = []
    const { seen: controls, ticked } = tickedByDefault(site, 'all')
    for (const seen of ticked) {
      const { element: el, step, snapshot, flow, kind } = seen
      const label = el.labelText || el.name || el.contextText || ''
      const topics = consentTopics(label)
      if (Object.keys(topics).length === 0 || isNegated(label)) continue
      // A lone radio button is a statement, not a choice; in a group it must be the "yes" one.
      if (kind === 'radio' && !radioGroup(snapshot, el).some((o) => isNegated(labelOf(o)))) continue

      const about = Object.entries(topics)
        .map(([topic, words]) => `${TOPIC_NAMES[topic]} (${quote(words)})`)
        .join(' and ')
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: step.index,
          message: `The ${NOUN[kind]} ${quote(label)} was already ${TICKED[kind]} when ${pathOf(snapshot.url)} first showed it (${flow.name} flow, step ${step.index}), before any step touched it: consent to ${about} was the default, not the user's choice.`,
          evidence: evidenceAt(seen, el, label, {
            control: kind,
            checked: true,
            firstSeenStep: step.index,
            ...Object.fromEntries(Object.entries(topics).map(([t, w]) => [`${t}Words`, w])),
          }),
        }),
      )
    }

    if (controls === 0 && !incomplete) return notApplicable('no checkbox, radio button or switch on any page seen')
    return conclude({ findings, incomplete })
  },
})
