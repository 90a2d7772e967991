import type { Locator, Page } from 'playwright'
import type { AriaRole } from './aria-roles.js'
import type { Target } from './schema.js'
import { parseTextMatch } from './text-match.js'

export { parseTextMatch } from './text-match.js'

/** Whatever can find elements the way a page does: a page, a frame, a frame locator, a locator. */
export type LocatorScope = Pick<Page, 'getByRole' | 'getByLabel' | 'getByText' | 'getByPlaceholder' | 'getByTestId' | 'locator'>

/** A scenario target as a Playwright locator, using the `getBy*` method of its kind. */
export function toLocator(scope: LocatorScope, target: Target): Locator {
  if ('role' in target) {
    return scope.getByRole(target.role as AriaRole, {
      ...(target.name === undefined ? {} : { name: parseTextMatch(target.name) }),
      ...(target.exact === undefined ? {} : { exact: target.exact }),
    })
  }
  const exact = 'exact' in target && target.exact !== undefined ? { exact: target.exact } : {}
  if ('label' in target) return scope.getByLabel(parseTextMatch(target.label), exact)
  if ('text' in target) return scope.getByText(parseTextMatch(target.text), exact)
  if ('placeholder' in target) return scope.getByPlaceholder(parseTextMatch(target.placeholder), exact)
  if ('testId' in target) return scope.getByTestId(target.testId)
  return scope.locator(target.css)
}
