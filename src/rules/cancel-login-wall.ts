import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { bgbCancellationConfirmationPage, californiaArlCancellation, ftcNegativeOptionPolicy } from './data/legal-references.js'
import { cancellationChoiceOf, isCancelClick } from './lib/cancellation-page.js'
import { type Click, clicksOf, controlLabel } from './lib/clicks.js'
import { labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainOf, pagePath, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'

const isPasswordField = (el: SnapshotElement): boolean =>
  el.visible && el.tag === 'input' && (el.type === 'password' || (el.type !== 'hidden' && mentions(labelOf(el), 'password')))

/** The pages met from the choice to cancel on, each with the press that chose to cancel before it. A
 * scenario's steps are the member's way, so every page after the choice is on it. A scan follows links
 * of its own choosing ("My account", to look for the cancel link): there a page is on the way only
 * when a control that chose to cancel opened it. */
function wayAfter(site: SiteTrace, flow: FlowTrace, chose: Click): Array<{ seen: SeenStep; by: Click }> {
  if (site.mode !== 'scan') return seenSteps(flow).filter((s) => s.step.index >= chose.step.index).map((seen) => ({ seen, by: chose }))
  return clicksOf(chainOf(site, flow)).flatMap((c) =>
    c.flow === flow && c.after && c.step.index >= chose.step.index && isCancelClick(c) ? [{ seen: c.after, by: c }] : [],
  )
}

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
    decides: {
      how: [
        'Finds the first press that chose to cancel: a control worded so in any supported language, read in the language of the page\'s text and the one it declares ("Mitgliedschaft beenden", "Cancel subscription", "Résilier mon abonnement", "Abonnement opzeggen"), or a link to a cancellation address (/kuendigen, /cancel). A "Cancel" that closes a form names no contract. A login passed before it (a scenario that signs in first, then looks for the button) is how any account page is reached, and does not count.',
        'Reports a page with a visible password field met after that press and before the cancellation form (the page with a "jetzt kündigen" control, else the page the final button was pressed on); a password asked on the form itself is not a login in front of it.',
        'In `cancelcheck scan` the links followed are the scan\'s own choice, not a member\'s way: a login counts only when a control that chose to cancel opened it, never one the scan reached through "My account" or "Anmelden" while looking for the cancel link. As a scan sends nothing, the cancellation form there is only a page that shows a confirmation control.',
      ],
      flagged: 'The footer link "Cancel subscription" (or "Verträge hier kündigen") opens a sign-in form asking for a password.',
      notFlagged: 'A scan follows a help article on cancelling, then the site\'s "My account" to a sign-in page that offers to cancel without signing in on a form with "Jetzt kündigen".',
    },
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
      const found = wayAfter(site, flow, chose).find(
        ({ seen: s }) =>
          (!form || (s.step.index < form.seen.step.index && pagePath(s.snapshot.url) !== pagePath(form.seen.snapshot.url))) &&
          s.snapshot.elements.some(isPasswordField),
      )
      if (!found) continue
      const { seen: wall, by } = found
      const password = wall.snapshot.elements.find(isPasswordField) as SnapshotElement
      const label = controlLabel(by)
      const onPage = `${pathOf(by.before.snapshot.url)} (${flow.name} flow, step ${by.step.index})`
      const reached = form ? ` before the cancellation form on ${pathOf(form.seen.snapshot.url)} (step ${form.seen.step.index})` : ''
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: wall.step.index,
          message: `Pressing ${quote(label)} on ${onPage} led to a login form on ${pathOf(wall.snapshot.url)} (step ${wall.step.index}), which asks for a password (${quote(labelOf(password), 40)})${reached}.`,
          evidence: evidenceAt(wall, password, labelOf(password), {
            cancelControl: label,
            cancelControlStep: by.step.index,
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
