import type { FlowTrace, StepRecord } from '../../artifacts/site-trace.js'
import type { SnapshotElement } from '../../capture/page-snapshot.js'
import { fullSelector, isClickLike, pagePath, type SeenStep } from './flows.js'
import { ownElements } from './own-elements.js'

/** A click (or key press, tick, choice) with the page it was made on and the page it left behind. */
export interface Click {
  flow: FlowTrace
  step: StepRecord
  /** The page the user acted on: the last page read before the step, in this flow or an earlier one
   * of the same browser context. */
  before: SeenStep
  /** The element acted on, as that page had it; undefined when the step's target is not in it. */
  element?: SnapshotElement
  /** The page after the step; undefined when it could not be read. */
  after?: SeenStep
  /** Whether the step moved to another page (origin and path). */
  navigated: boolean
}

/** What the user read on a control: its visible text, else its accessible name, else what the step
 * recorded. */
export const controlLabel = (click: Pick<Click, 'element' | 'step'>): string =>
  click.element?.text || click.element?.name || click.step.target?.text || ''

/** The clicks of `flows`, which share one browser context, in order. A flow's first step can act on
 * the page the flow before it ended on. */
export function clicksOf(flows: readonly FlowTrace[]): Click[] {
  const clicks: Click[] = []
  let before: SeenStep | undefined
  for (const flow of flows) {
    for (const step of flow.steps) {
      const after = step.snapshot ? { flow, step, snapshot: step.snapshot } : undefined
      if (before && isClickLike(step) && step.status === 'ok') {
        const selector = step.target?.selector
        // A frame's selectors are relative to its own document: a widget's "html > body > a" is not
        // the link of the page the step pressed.
        const element = selector ? ownElements(before.snapshot).find((e) => fullSelector(e) === selector || e.selector === selector) : undefined
        clicks.push({
          flow,
          step,
          before,
          element,
          after,
          navigated: after !== undefined && pagePath(after.snapshot.url) !== pagePath(before.snapshot.url),
        })
      }
      if (after) before = after
    }
  }
  return clicks
}
