import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright'
import { PageSnapshot } from './page-snapshot.js'

// Kept as source text: a function handed to evaluate() would be serialised from the transpiled
// module, where the loader may have added helpers that do not exist inside the page.
const IN_PAGE_SOURCE = readFileSync(new URL('./in-page-snapshot.js', import.meta.url), 'utf8')
const IN_PAGE_FUNCTION = IN_PAGE_SOURCE.replace(/^\s*\/\/.*$/gm, '')
const SNAPSHOT_EXPRESSION = `(${IN_PAGE_FUNCTION})()`
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- serialised into the page, see above
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
