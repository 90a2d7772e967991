import type { Locator, Page } from 'playwright'
import { inPageFunction } from './in-page-source.js'
import { PageSnapshot } from './page-snapshot.js'

const IN_PAGE_FUNCTION = inPageFunction('in-page-snapshot.js')
const SNAPSHOT_EXPRESSION = `(${IN_PAGE_FUNCTION})()`
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- kept as source text, see in-page-source.ts
const describeInPage = new Function('element', `return (${IN_PAGE_FUNCTION})(element)`) as (el: Element) => DescribedElement

export async function takeSnapshot(page: Page): Promise<PageSnapshot> {
  const raw = await page.evaluate(SNAPSHOT_EXPRESSION)
  return PageSnapshot.parse(raw)
}

export interface DescribedElement {
  selector: string
  text: string
  tag: string
}

/** The selector and text of the element a locator points at, as the snapshot would name it. */
export async function describeElement(locator: Locator, timeoutMs: number): Promise<DescribedElement | undefined> {
  try {
    return (await locator.first().evaluate(describeInPage, undefined, { timeout: timeoutMs }))
  } catch {
    return undefined
  }
}
