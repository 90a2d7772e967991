import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { bgbCancellationConfirmationPage, californiaArlCancellation, ftcNegativeOptionPolicy } from './data/legal-references.js'
import { cancellationChoiceOf } from './lib/cancellation-page.js'
import { controlLabel } from './lib/clicks.js'
import { labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { pagePath, pathOf, ranFlows, seenSteps } from './lib/flows.js'

const isPasswordField = (el: SnapshotElement): boolean =>
  el.visible && el.tag === 'input' && (el.type === 'password' || (el.type !== 'hidden' && mentions(labelOf(el), 'password')))

export default defineRule({
  meta: {
    id: 'cancel-login-wall',
    title: 'The way to cancel leads to a login first',
    category: 'obstruction',
    severity: 'info',
    severityByJurisdiction: { de: 'serious' },
    requires: [{ flows: ['cancel'], needs: 'cancellation-form' }],
    scan: true,
    references: [bgbCancellationConfirmationPage, californiaArlCancellation, ftcNegativeOptionPolicy],
    help: 'A cancellation button that opens a login form instead of the cancellation stops everyone who has forgotten a password or never set one, at the moment they have decided to leave. German law lets the confirmation page ask only for what identifies the consumer and the contract, so a login in between is an obstacle the law does not provide for.',
    fix: 'Let the cancellation button lead straight to the cancellation form, identifying the consumer by name, e-mail address or contract number instead of a login.',
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let chosen = 0
    for (const flow of ranFlows(site)) {
      // Only a login met after choosing to cancel stands in the way: one passed before (a scenario
      // that signs in first, then looks for the button) is how any account page is reached.
      const { chose, form } = cancellationChoiceOf(site, flow)
      if (!chose) continue
      chosen++
      const wall = seenSteps(flow).find(
        (s) =>
          s.step.index >= chose.step.index &&
          (!form || (s.step.index < form.seen.step.index && pagePath(s.snapshot.url) !== pagePath(form.seen.snapshot.url))) &&
          s.snapshot.elements.some(isPasswordField),
      )
      if (!wall) continue
      const password = wall.snapshot.elements.find(isPasswordField) as SnapshotElement
      const label = controlLabel(chose)
      const onPage = `${pathOf(chose.before.snapshot.url)} (${flow.name} flow, step ${chose.step.index})`
      const reached = form ? ` before the cancellation form on ${pathOf(form.seen.snapshot.url)} (step ${form.seen.step.index})` : ''
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: wall.step.index,
          message: `Pressing ${quote(label)} on ${onPage} led to a login form on ${pathOf(wall.snapshot.url)} (step ${wall.step.index}), which asks for a password (${quote(labelOf(password), 40)})${reached}.`,
          evidence: evidenceAt(wall, password, labelOf(password), {
            cancelControl: label,
            cancelControlStep: chose.step.index,
            loginPage: pathOf(wall.snapshot.url),
            cancellationForm: form ? pathOf(form.seen.snapshot.url) : null,
          }),
        }),
      )
    }
    if (chosen === 0) return notApplicable('no cancel flow pressed a control that chose to cancel')
    return failIfAny(findings)
  },
})
