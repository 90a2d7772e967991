import type { SiteTrace } from '../../artifacts/site-trace.js'
import { controlKind, type ControlKind, isChoiceControl } from './controls.js'
import { actedOnBefore, type Appearance, chainsOf, firstAppearances } from './flows.js'

export interface TickedControl extends Appearance {
  kind: ControlKind
}

/** The choice controls the site itself had ticked: each control where it first appears in a browser
 * context, visible and ticked, with no step having touched it yet. `seen` counts every control
 * found, ticked or not, so a rule can tell "nothing ticked" from "no control at all". */
export function tickedByDefault(site: SiteTrace): { seen: number; ticked: TickedControl[] } {
  let seen = 0
  const ticked: TickedControl[] = []
  for (const chain of chainsOf(site)) {
    for (const appearance of firstAppearances(chain, isChoiceControl)) {
      seen++
      const { element: el, step, flow } = appearance
      const kind = controlKind(el)
      if (!kind || !el.visible || el.checked !== true) continue
      if (actedOnBefore(site, flow, step, el.selector)) continue
      ticked.push({ ...appearance, kind })
    }
  }
  return { seen, ticked }
}
