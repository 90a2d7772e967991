import type { Locator, Page } from 'playwright'
import type { ActionKind } from '../artifacts/site-trace.js'
import { describeElement, type DescribedElement } from '../capture/take-snapshot.js'
import { parseTextMatch, toLocator } from '../scenario/locator.js'
import { actionOf, type Step, type Target } from '../scenario/schema.js'
import { clickAndConfirm } from './confirm-click.js'
import { gotoPage } from './navigate.js'
import { ensureSingleMatch, explainMissing } from './explain-target.js'

export interface StepOutcome {
  kind: ActionKind
  target?: DescribedElement
  /** `expect` steps: whether the text was visible. */
  passed?: boolean
  captureName?: string
  /** Ms from the step's start until its element was visible, or what it awaited showed up. */
  targetWaitMs?: number
}

/** Whether the element is there and visible right now, without waiting for it. */
async function visibleNow(locator: Locator): Promise<boolean> {
  return (await locator.count().catch(() => 0)) > 0 && (await locator.isVisible().catch(() => false))
}

export function kindOf(step: Step): ActionKind {
  return actionOf(step)
}

/** How long an optional step waits for its target before it is skipped: a cookie banner that will
 * show has shown by then. */
export const OPTIONAL_WAIT_MS = 3_000

/** The element a step acts on, when it acts on one. */
export function targetOf(step: Step): Target | undefined {
  if ('click' in step) return step.click
  if ('check' in step) return step.check
  if ('uncheck' in step) return step.uncheck
  if ('fill' in step) return step.fill.target
  if ('select' in step) return step.select.target
  if ('press' in step) return step.press.target
  return undefined
}

/** Whether an optional step's target shows within `waitMs`; a step without a target always runs. */
export async function optionalTargetShows(page: Page, step: Step, waitMs: number): Promise<boolean> {
  const target = targetOf(step)
  if (!target) return true
  return toLocator(page, target)
    .filter({ visible: true })
    .first()
    .waitFor({ state: 'visible', timeout: waitMs })
    .then(() => true, () => false)
}

/** Performs one scenario step. Throws when the step cannot be done (element missing, timeout);
 * an `expect` that is not met is a fact, not an error. */
export async function performStep(page: Page, step: Step, baseUrl: string, timeoutMs: number): Promise<StepOutcome> {
  const started = Date.now()
  const options = { timeout: timeoutMs }
  const waited = () => Date.now() - started
  const locate = async (target: Target): Promise<{ locator: Locator; described?: DescribedElement; targetWaitMs: number }> => {
    const matches = toLocator(page, target)
    // A hidden copy (a collapsed mobile menu) must not stand in for the element a user sees.
    const locator = matches.filter({ visible: true }).first()
    // An element there at the first look kept nobody waiting, however long the look itself took on
    // a busy machine.
    const atOnce = await visibleNow(locator)
    if (!atOnce) {
      // Resolve before acting, so the record names the element the user would have touched.
      await matches.first().waitFor({ state: 'attached', timeout: timeoutMs }).catch((err) => explainMissing(page, target, err, timeoutMs))
      // How long the page kept the element from the user (a form behind a spinner) is evidence; the
      // action waits for visibility anyway, so this wait changes nothing but when it is measured.
      await locator.waitFor({ state: 'visible', timeout: Math.max(1, timeoutMs - waited()) }).catch(() => undefined)
    }
    await ensureSingleMatch(matches, target)
    const targetWaitMs = atOnce ? 0 : waited()
    return { locator, described: await describeElement(locator, timeoutMs), targetWaitMs }
  }

  if ('goto' in step) {
    await gotoPage(page, new URL(step.goto, baseUrl).href, timeoutMs)
    return { kind: 'goto' }
  }
  if ('click' in step) {
    const { locator, described, targetWaitMs } = await locate(step.click)
    await clickAndConfirm(locator, timeoutMs)
    return { kind: 'click', target: described, targetWaitMs }
  }
  if ('fill' in step) {
    const { locator, described, targetWaitMs } = await locate(step.fill.target)
    await locator.fill(step.fill.value, options)
    return { kind: 'fill', target: described, targetWaitMs }
  }
  if ('check' in step) {
    const { locator, described, targetWaitMs } = await locate(step.check)
    await locator.check(options)
    return { kind: 'check', target: described, targetWaitMs }
  }
  if ('uncheck' in step) {
    const { locator, described, targetWaitMs } = await locate(step.uncheck)
    await locator.uncheck(options)
    return { kind: 'uncheck', target: described, targetWaitMs }
  }
  if ('select' in step) {
    const { locator, described, targetWaitMs } = await locate(step.select.target)
    await locator.selectOption({ label: step.select.option }, options).catch(() => locator.selectOption(step.select.option, options))
    return { kind: 'select', target: described, targetWaitMs }
  }
  if ('press' in step) {
    if (step.press.target) {
      const { locator, described, targetWaitMs } = await locate(step.press.target)
      await locator.press(step.press.key, options)
      return { kind: 'press', target: described, targetWaitMs }
    }
    await page.keyboard.press(step.press.key)
    return { kind: 'press' }
  }
  if ('wait' in step) {
    const w = step.wait
    // A fixed pause is the scenario's own waiting, not the page's: it has no target to wait for.
    if ('ms' in w) {
      await page.waitForTimeout(w.ms)
      return { kind: 'wait' }
    }
    if ('url' in w) {
      const match = parseTextMatch(w.url)
      await page.waitForURL(typeof match === 'string' ? (url) => url.href.includes(match) : match, options)
      return { kind: 'wait', targetWaitMs: waited() }
    }
    // The first visible match: pages often keep a hidden copy (a mobile menu, a closed drawer) of the
    // same text earlier in the document.
    const awaited = ('selector' in w ? page.locator(w.selector) : page.getByText(parseTextMatch(w.text))).filter({ visible: true }).first()
    if (await visibleNow(awaited)) return { kind: 'wait', targetWaitMs: 0 }
    await awaited.waitFor({ state: 'visible', ...options })
    return { kind: 'wait', targetWaitMs: waited() }
  }
  if ('expect' in step) {
    const expected = page.getByText(parseTextMatch(step.expect.text)).filter({ visible: true }).first()
    if (await visibleNow(expected)) return { kind: 'expect', passed: true, targetWaitMs: 0 }
    const passed = await expected
      .waitFor({ state: 'visible', timeout: Math.min(timeoutMs, 5_000) })
      .then(() => true, () => false)
    return passed ? { kind: 'expect', passed, targetWaitMs: waited() } : { kind: 'expect', passed }
  }
  return { kind: 'capture', captureName: step.capture }
}
