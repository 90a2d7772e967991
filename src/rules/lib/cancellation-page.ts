import type { FlowTrace, SiteTrace, StepRecord } from '../../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'
import { cancellationButtonLabelIn, confirmationLabelIn } from '../../text/cancellation-button.js'
import { choiceWording } from '../../text/choice-wording.js'
import { mentions } from '../../text/match-topic.js'
import { type Click, clicksOf, controlLabel } from './clicks.js'
import { chainOf, isClickLike, pagePath, pathOf, type SeenStep, seenSteps } from './flows.js'
import { isCancelControl } from './choice-options.js'
import { ownElements } from './own-elements.js'
import { pageLabelLanguages } from './site-language.js'

const isPressable = (el: SnapshotElement): boolean =>
  el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button' || (el.tag === 'input' && ['submit', 'button'].includes(el.type ?? ''))

/** Whether a click chose to cancel: its label says so ("Mitgliedschaft beenden", "Cancel
 * subscription", "Résilier mon abonnement"), in the language of the page it was made on or the one the
 * page declares, or the link leads to a cancellation address (/kuendigen, /cancel). A "Cancel" that
 * closes a form says only "Cancel", which names no contract; "Abbrechen" is not about contracts. */
export function isCancelClick(click: Click): boolean {
  return choosesToCancel(controlLabel(click), click.element?.href, click.before.snapshot)
}

/** Whether a control labelled `label` (leading to `href`, on `page`) chooses to cancel: the test of
 * `isCancelClick`, for a control not pressed. */
export function choosesToCancel(label: string, href: string | undefined, page: PageSnapshot): boolean {
  if (cancellationButtonLabelIn(label) || confirmationLabelIn(label)) return true
  if (mentions(label, 'cancel') && label.trim().split(/\s+/).length > 1) return true
  if (pageLabelLanguages(page).some((lang) => choiceWording(label, lang ? { lang } : {}).kind === 'leave')) return true
  return href !== undefined && mentions(pathOf(href).replace(/[/_-]/g, ' '), 'cancel')
}

/** A visible control of the page's own that offers to cancel, if there is one. */
export function cancelControlOn(page: PageSnapshot): SnapshotElement | undefined {
  const langs = pageLabelLanguages(page)
  return ownElements(page).find((el) => el.visible && langs.some((lang) => isCancelControl(el, lang)))
}

/** The step that sent the cancellation: the click the scenario marks `submits-cancellation`, else the
 * flow's last click on a control that mentions cancelling. */
export function cancellationStep(flow: FlowTrace): StepRecord | undefined {
  const clicks = flow.steps.filter((s) => isClickLike(s) && s.status === 'ok')
  return clicks.findLast((s) => s.mark === 'submits-cancellation') ?? clicks.findLast((s) => mentions(s.target?.text ?? s.action, 'cancel'))
}

/** The page where the consumer declares the cancellation, in a cancel flow. */
export interface ConfirmationPage {
  seen: SeenStep
  /** The visible control labelled "jetzt kündigen" or an equivalent, if the page has one. */
  confirmButton?: SnapshotElement
  /** The click that left the page for the next one, if the flow went on. */
  leftBy?: Click
}

/** The confirmation page of a cancel flow: the first page that shows a "jetzt kündigen" control;
 * else the last page the flow left with a click (the page the final button was pressed on). */
export function confirmationPageOf(site: SiteTrace, flow: FlowTrace): ConfirmationPage | undefined {
  const clicks = clicksOf(chainOf(site, flow)).filter((c) => c.flow === flow)
  // The first click, on this page or a later reading of it, that moved on to another page.
  const leaving = (seen: SeenStep): Click | undefined =>
    clicks.find((c) => c.navigated && c.step.index > seen.step.index && pagePath(c.before.snapshot.url) === pagePath(seen.snapshot.url))
  for (const seen of seenSteps(flow)) {
    const confirmButton = seen.snapshot.elements.find((el) => isPressable(el) && confirmationLabelIn(el.text || el.name))
    if (confirmButton) return { seen, confirmButton, leftBy: leaving(seen) }
  }
  const last = clicks.filter((c) => c.navigated && c.flow === flow).at(-1)
  if (!last) return undefined
  // The page as it was first shown, before any field on it was filled.
  const shown = seenSteps(flow).find((s) => s.step.index <= last.before.step.index && pagePath(s.snapshot.url) === pagePath(last.before.snapshot.url))
  return { seen: shown ?? last.before, leftBy: last }
}

/** In a cancel flow, the first click that chose to cancel and the form that then asks to confirm the
 * cancellation (the confirmation page, when the flow reached it at or after that click). A scan sends
 * nothing: the page its last link left is only where it stopped looking, so there the form is a page
 * that shows a confirmation control. */
export function cancellationChoiceOf(site: SiteTrace, flow: FlowTrace): { chose?: Click; form?: ConfirmationPage } {
  const chose = clicksOf(chainOf(site, flow)).find((c) => c.flow === flow && isCancelClick(c))
  if (!chose) return {}
  const found = confirmationPageOf(site, flow)
  const form = found && found.seen.step.index >= chose.step.index && (site.mode !== 'scan' || found.confirmButton) ? found : undefined
  return { chose, form }
}
