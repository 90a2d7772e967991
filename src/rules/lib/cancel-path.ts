import type { FlowTrace, SiteTrace, StepRecord } from '../../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'
import { isCancelControl } from './choice-options.js'
import { fillsPassword } from './contact-routes.js'
import { isClickLike, pagePath, type SeenStep, seenSteps } from './flows.js'
import { ownElements } from './own-elements.js'
import { labelLanguages } from './site-language.js'

/** A click of the cancel flow, with the page it was made on and the element it pressed there. */
export interface PathClick {
  step: StepRecord
  /** The page as it was just before the click: the snapshot of the step before. */
  on: SeenStep
  element: SnapshotElement
}

/** The way a cancel flow took from where the member starts (the page reached after signing in, or
 * the flow's first page) through the first cancel control it pressed to the last one. */
export interface CancelPath {
  flow: FlowTrace
  /** The page the way starts from; undefined when no page of the flow was read. */
  start?: SeenStep
  /** The first click on a control that asks to cancel ("Cancel membership"). */
  entry?: PathClick
  /** The last such click: the one that sends the cancellation (may be the entry itself). */
  final?: PathClick
  /** Pages shown after the entry click up to the page the final click was made on, in order; with
   * a single cancel click, up to the page before the flow's last. */
  between: SeenStep[]
}

export const seenAt = (flow: FlowTrace, index: number): SeenStep | undefined => {
  const step = flow.steps[index]
  return step?.snapshot ? { flow, step, snapshot: step.snapshot } : undefined
}

/** The element a click pressed, found among the page's own on the page it was made on. */
export const pressedOn = (snapshot: PageSnapshot, step: StepRecord): SnapshotElement | undefined =>
  step.target ? ownElements(snapshot).find((e) => e.selector === step.target?.selector) : undefined

function cancelClicks(site: SiteTrace, flow: FlowTrace): PathClick[] {
  const clicks: PathClick[] = []
  flow.steps.forEach((step, i) => {
    if (step.status !== 'ok' || !isClickLike(step) || i === 0) return
    const on = seenAt(flow, i - 1)
    const element = on && pressedOn(on.snapshot, step)
    // A template's lang="en" over French text must not hide "Résilier mon abonnement".
    const pressed = on && element && labelLanguages(site, on.snapshot).some((lang) => isCancelControl(element, lang))
    if (on && element && pressed) clicks.push({ step, on, element })
  })
  return clicks
}

/** Where a member's way to a step of the flow (`until`, an index into its steps) starts: the last page
 * opened by address before it, or the page a sign-in led to. Signing in is not part of the way. */
export function wayStartOf(flow: FlowTrace, until: number): SeenStep | undefined {
  let startIndex = flow.steps.findIndex((s) => s.snapshot)
  let before: PageSnapshot | undefined
  for (let i = 0; i < until; i++) {
    const step = flow.steps[i] as StepRecord
    if (step.kind === 'goto' && step.snapshot) startIndex = i
    if (fillsPassword(step, before)) {
      const submit = flow.steps.findIndex((s, j) => j > i && j < until && (s.kind === 'click' || s.kind === 'press'))
      if (submit >= 0) startIndex = submit
    }
    if (step.snapshot) before = step.snapshot
  }
  return startIndex >= 0 ? seenAt(flow, startIndex) : undefined
}

export function cancelPathOf(site: SiteTrace, flow: FlowTrace): CancelPath {
  const clicks = cancelClicks(site, flow)
  const entry = clicks[0]
  const final = clicks.at(-1)
  const until = entry ? flow.steps.indexOf(entry.step) : flow.steps.length
  // With one cancel click only, the cancellation was sent by a control worded otherwise ("Submit
  // request"): the way runs to the flow's last page, which shows where cancelling ended, not the way.
  const after = entry ? seenSteps(flow).filter((s) => s.step.index >= entry.step.index) : []
  const between = !entry || !final ? [] : final !== entry ? after.filter((s) => s.step.index < final.step.index) : after.slice(0, -1)
  return { flow, start: wayStartOf(flow, until), entry, final, between }
}

/** The pages of `steps`, each once, by path, at its first showing. */
export function distinctPages(steps: readonly SeenStep[]): SeenStep[] {
  const seen = new Map<string, SeenStep>()
  for (const s of steps) if (!seen.has(pagePath(s.snapshot.url))) seen.set(pagePath(s.snapshot.url), s)
  return [...seen.values()]
}
