import type { FlowTrace } from '../../artifacts/site-trace.js'
import { pagePath, type SeenStep, seenSteps } from './flows.js'

/** Each page the flows showed, once: the first snapshot of it (as the site presented it) or the last
 * (as it stood when the user left it, fields filled and boxes ticked). The flows should share one
 * browser context, as `chainsOf` groups them. */
export function distinctPages(flows: readonly FlowTrace[], which: 'first' | 'last'): SeenStep[] {
  const byPage = new Map<string, SeenStep>()
  for (const seen of flows.flatMap(seenSteps)) {
    const key = pagePath(seen.snapshot.url)
    if (which === 'last' || !byPage.has(key)) byPage.set(key, seen)
  }
  return [...byPage.values()]
}
