import type { Box, SnapshotElement, TextBlock } from '../../capture/page-snapshot.js'
import type { Evidence } from '../../report/model.js'
import { fullSelector, type SeenStep } from './flows.js'

type EvidenceInput = Omit<Evidence, 'facts'> & { facts?: Evidence['facts'] }

/** Evidence pointing at one element or text block on a step's page: where to find it, what it says,
 * where to draw its outline on the step's screenshot. */
export function evidenceAt(
  seen: SeenStep,
  target: Pick<SnapshotElement | TextBlock, 'selector' | 'box' | 'context'> & { text?: string },
  text: string,
  facts: Evidence['facts'] = {},
): EvidenceInput {
  return {
    url: seen.snapshot.url,
    selector: fullSelector(target),
    text,
    box: hasArea(target.box) ? target.box : undefined,
    screenshot: seen.step.screenshot,
    facts,
  }
}

/** Evidence about a whole page (nothing on it to outline). */
export function evidenceOfPage(seen: SeenStep, facts: Evidence['facts'] = {}, text?: string): EvidenceInput {
  return { url: seen.snapshot.url, screenshot: seen.step.screenshot, text, facts }
}

const hasArea = (box: Box): boolean => box.width > 0 && box.height > 0

/** Shortens text for a message; the evidence keeps the full text. */
export function quote(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`
}
