import type { Locator, Page } from 'playwright'
import type { ActionKind } from '../artifacts/site-trace.js'
import { describeElement, type DescribedElement } from '../capture/take-snapshot.js'
import { parseTextMatch, toLocator } from '../scenario/locator.js'
import type { Step, Target } from '../scenario/schema.js'

export interface StepOutcome {
  kind: ActionKind
  target?: DescribedElement
  /** `expect` steps: whether the text was visible. */
  passed?: boolean
  captureName?: string
}

export function kindOf(step: Step): ActionKind {
  return Object.keys(step)[0] as ActionKind
}

/** Performs one scenario step. Throws when the step cannot be done (element missing, timeout);
 * an `expect` that is not met is a fact, not an error. */
export async function performStep(page: Page, step: Step, baseUrl: string, timeoutMs: number): Promise<StepOutcome> {
  const options = { timeout: timeoutMs }
  const locate = async (target: Target): Promise<{ locator: Locator; described?: DescribedElement }> => {
    const locator = toLocator(page, target)
    // Resolve before acting, so the record names the element the user would have touched.
    await locator.first().waitFor({ state: 'attached', timeout: timeoutMs })
    return { locator: locator.first(), described: await describeElement(locator, timeoutMs) }
  }

  if ('goto' in step) {
    await page.goto(new URL(step.goto, baseUrl).href, { ...options, waitUntil: 'load' })
    return { kind: 'goto' }
  }
  if ('click' in step) {
    const { locator, described } = await locate(step.click)
    await locator.click(options)
    return { kind: 'click', target: described }
  }
  if ('fill' in step) {
    const { locator, described } = await locate(step.fill.target)
    await locator.fill(step.fill.value, options)
    return { kind: 'fill', target: described }
  }
  if ('check' in step) {
    const { locator, described } = await locate(step.check)
    await locator.check(options)
    return { kind: 'check', target: described }
  }
  if ('uncheck' in step) {
    const { locator, described } = await locate(step.uncheck)
    await locator.uncheck(options)
    return { kind: 'uncheck', target: described }
  }
  if ('select' in step) {
    const { locator, described } = await locate(step.select.target)
    await locator.selectOption({ label: step.select.option }, options).catch(() => locator.selectOption(step.select.option, options))
    return { kind: 'select', target: described }
  }
  if ('press' in step) {
    if (step.press.target) {
      const { locator, described } = await locate(step.press.target)
      await locator.press(step.press.key, options)
      return { kind: 'press', target: described }
    }
    await page.keyboard.press(step.press.key)
    return { kind: 'press' }
  }
  if ('wait' in step) {
    const w = step.wait
    if ('ms' in w) await page.waitForTimeout(w.ms)
    else if ('selector' in w) await page.locator(w.selector).first().waitFor({ state: 'visible', ...options })
    else if ('url' in w) {
      const match = parseTextMatch(w.url)
      await page.waitForURL(typeof match === 'string' ? (url) => url.href.includes(match) : match, options)
    } else await page.getByText(parseTextMatch(w.text)).first().waitFor({ state: 'visible', ...options })
    return { kind: 'wait' }
  }
  if ('expect' in step) {
    const passed = await page
      .getByText(parseTextMatch(step.expect.text))
      .first()
      .waitFor({ state: 'visible', timeout: Math.min(timeoutMs, 5_000) })
      .then(() => true, () => false)
    return { kind: 'expect', passed }
  }
  return { kind: 'capture', captureName: step.capture }
}
