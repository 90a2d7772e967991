import type { FlowTrace } from '../../artifacts/site-trace.js'
import type { TextBlock } from '../../capture/page-snapshot.js'
import { normalizeText } from '../../text/match-topic.js'
import { type SeenStep, seenSteps } from './flows.js'

/** A block of text on the page a flow ended on, and whether it stayed. */
export interface FinalText {
  block: TextBlock
  /** Still there on the settled page, or (without one) not a fixed live-region toast. */
  persistent: boolean
  /** On the settled page too, lasting or not (a toast still on its way out). */
  shownLater?: boolean
}

export interface FinalPage {
  seen: SeenStep
  texts: FinalText[]
  /** How long after the last step the settled snapshot was taken; undefined without one. */
  settledAfterMs?: number
}

const CHROME = /(^|>\s*)(footer|header|nav)([#.\s"]|$)/i

/** Site furniture (header, footer, navigation) says the same on every page: it confirms nothing. */
export const isPageChrome = (block: TextBlock): boolean => Boolean(block.region && CHROME.test(block.region))

/** The page a flow ended on, each text block marked persistent or transient; undefined for a flow
 * that stopped before its end, whose last page is no final one. With a settled snapshot (the same
 * page a few seconds later), text that is gone by then was transient, and text that only appeared by
 * then counts too; without one, a fixed live-region block (a toast) is taken as transient. */
export function finalPage(flow: FlowTrace): FinalPage | undefined {
  const seen = flow.status === 'completed' ? seenSteps(flow).at(-1) : undefined
  if (!seen) return undefined
  const visible = seen.snapshot.texts.filter((t) => t.visible && !isPageChrome(t))
  const settled = flow.settled?.snapshot
  const toast = toastOf([...visible, ...(settled?.texts ?? [])])
  if (!settled) return { seen, texts: visible.map((block) => ({ block, persistent: !toast(block) })) }

  // A toast still showing when the page is read again has not stayed: it is on its way out (toasts
  // last four or five seconds, longer than the wait before that reading).
  const later = settled.texts.filter((t) => t.visible && !isPageChrome(t))
  const laterText = later.map((t) => normalizeText(t.text))
  const texts: FinalText[] = visible.map((block) => {
    const text = normalizeText(block.text)
    const shownLater = laterText.some((l) => l === text || l.includes(text))
    return { block, persistent: !toast(block) && shownLater, shownLater }
  })
  const nowText = visible.map((t) => normalizeText(t.text))
  for (const block of later) {
    if (!nowText.includes(normalizeText(block.text))) texts.push({ block, persistent: !toast(block), shownLater: true })
  }
  return { seen, texts, settledAfterMs: flow.settled?.afterMs }
}

/** Whether a block is a toast: fixed in a live region, or the live region that holds such a block
 * with the same words (the notifications container a toast library mounts). */
function toastOf(blocks: readonly TextBlock[]): (block: TextBlock) => boolean {
  const toastTexts = new Set(blocks.filter((b) => b.fixed && b.live).map((b) => normalizeText(b.text)))
  return (block) => Boolean(block.live && (block.fixed || toastTexts.has(normalizeText(block.text))))
}
