import type { SiteTrace } from '../../artifacts/site-trace.js'
import { controlKind, type ControlKind, isChoiceControl } from './controls.js'
import type { FlowTrace } from '../../artifacts/site-trace.js'
import { actedOnBefore, type Appearance, chainsOf, elementKey, firstAppearances, seenSteps } from './flows.js'

export interface TickedControl extends Appearance {
  kind: ControlKind
}

/** Steps that cannot tick a box on their own: a control that turns ticked over them was ticked by the
 * page's script (a moment after load, or on a timer), not by the user. Clicks, key presses and
 * selects can tick boxes they do not target (a label, "select all"), so they end the watch. */
const HANDS_OFF = new Set(['goto', 'wait', 'fill', 'expect', 'capture'])

/** The first snapshot after `first` in which the control is ticked although only hands-off steps, none
 * of them on it, came between. */
function tickedLater(chain: readonly FlowTrace[], first: Appearance): Appearance | undefined {
  const key = elementKey(first.snapshot, first.element)
  const later = chain.flatMap(seenSteps)
  const from = later.findIndex((s) => s.step === first.step && s.flow === first.flow)
  for (const seen of later.slice(from + 1)) {
    if (!HANDS_OFF.has(seen.step.kind) || seen.step.target?.selector === first.element.selector) return undefined
    const now = seen.snapshot.elements.find((el) => elementKey(seen.snapshot, el) === key)
    if (!now) return undefined
    if (now.visible && now.checked === true) return { ...seen, element: now }
  }
  return undefined
}

/** The choice controls the site itself had ticked: each control where it first appears in a browser
 * context, visible and ticked, with no step having touched it yet; or ticked a moment later by the
 * page's own script, with only steps that could not tick it in between. `seen` counts every control
 * found, ticked or not, so a rule can tell "nothing ticked" from "no control at all". */
export function tickedByDefault(site: SiteTrace): { seen: number; ticked: TickedControl[] } {
  let seen = 0
  const ticked: TickedControl[] = []
  for (const chain of chainsOf(site)) {
    for (const appearance of firstAppearances(chain, isChoiceControl)) {
      seen++
      const { element: el, step, flow } = appearance
      const kind = controlKind(el)
      if (!kind) continue
      if (el.checked !== true || !el.visible) {
        const late = tickedLater(chain, appearance)
        if (late) ticked.push({ ...late, kind })
        continue
      }
      if (actedOnBefore(site, flow, step, el.selector)) continue
      ticked.push({ ...appearance, kind })
    }
  }
  return { seen, ticked }
}
