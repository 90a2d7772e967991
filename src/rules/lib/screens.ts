import type { PageSnapshot } from '../../capture/page-snapshot.js'
import { pressableText } from './choice-options.js'
import { pagePath } from './flows.js'

/** What tells one screen of a flow from another: the address, the headings and the buttons (without
 * the digits of a ticking timer or a step counter). A single-page app shows step after step at one
 * address; filling a field on a screen does not make it another. */
export function screenKey(snapshot: PageSnapshot): string {
  const headings = snapshot.texts.filter((t) => t.visible && t.kind === 'heading').map((t) => t.text)
  const buttons = snapshot.elements.filter((el) => el.visible && pressableText(el) !== undefined).map((el) => pressableText(el) ?? '')
  return [pagePath(snapshot.url), ...headings, '|', ...[...new Set(buttons)].sort()].join('\n').replace(/\d+/g, '#')
}
