import type { Locator } from 'playwright'
import { bounded } from './bounded.js'

/** Where the page keeps what a click did, keyed so no page script clashes with it: the elements a
 * click reached, and whether the click opened a tab or window. */
const KEYS = { received: 'cancelcheck.clickReceived', opened: 'cancelcheck.clickOpened' }
type ClickStore = Record<string, unknown>

/** Clicks and then checks that the element itself received the click. Playwright waits until
 * nothing covers the element before clicking, but a sticky box, a late overlay or an element that
 * moves between its check and the click can still take the click, and the step would pass having
 * done nothing. Such a click is tried once more after scrolling the element to the middle of the
 * view; if it still lands elsewhere the step fails, naming what took the click. A click that opened
 * a tab or popup returns once the new page exists, so the walk can go on there. */
export async function clickAndConfirm(locator: Locator, timeoutMs: number): Promise<void> {
  for (const attempt of [1, 2]) {
    // A handle, not the locator, is asked afterwards: after a click that navigated, a locator would
    // wait for the element to turn up on the next page.
    const handle = await locator.elementHandle({ timeout: timeoutMs }).catch(() => null)
    const watching = handle ? await bounded(handle.evaluate(listenForClick, KEYS), timeoutMs, 'watching the click').then(() => true, () => false) : false
    const popup = locator.page().waitForEvent('popup', { timeout: timeoutMs }).catch(() => undefined)
    await locator.click({ timeout: timeoutMs }).catch((err: unknown) => {
      throw coveredClickError(err) ?? err
    })
    if (!watching) {
      void handle?.dispose().catch(() => undefined)
      return
    }
    // An element gone with the page (a link that navigated) or detached by its own handler was
    // clicked: only an element still there and not reached is a click that went astray.
    // A page stuck in a navigation the click started holds the check: the click was made.
    const outcome = await bounded(
      handle!.evaluate((el, keys) => {
        const store = window as unknown as ClickStore
        return { received: (store[keys.received] as WeakSet<Element> | undefined)?.has(el) ?? true, opened: store[keys.opened] === true }
      }, KEYS),
      timeoutMs,
      'checking the click',
    ).catch(() => ({ received: true, opened: false }))
    // Not waited for: a stuck page holds it as long as it holds anything.
    void handle!.dispose().catch(() => undefined)
    if (outcome.opened) await popup
    if (outcome.received) return
    if (attempt === 1) {
      await bounded(locator.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }), undefined, { timeout: timeoutMs }), timeoutMs, 'scrolling to the element').catch(() => undefined)
      continue
    }
    const taker = await bounded(locator.evaluate(describeElementAtCentre, undefined, { timeout: timeoutMs }), timeoutMs, 'finding what took the click').catch(() => 'another element')
    throw new Error(`the click did not reach the element: ${taker} took it (the element is covered where it was clicked)`)
  }
}

/** Runs in the page: notes, in the capture phase of `window` (before any page handler can stop the
 * event), whether a click's path went through the element, and whether it opened a tab or window
 * (a link with a target, or `window.open` called while the click is handled). */
function listenForClick(el: Element, keys: { received: string; opened: string }): void {
  const store = window as unknown as ClickStore
  const reached = (store[keys.received] ??= new WeakSet<Element>()) as WeakSet<Element>
  reached.delete(el)
  store[keys.opened] = false
  if (!store[`${keys.opened}.watching`]) {
    const open = window.open
    window.open = function (...args: Parameters<typeof window.open>) {
      store[keys.opened] = true
      return open.apply(window, args)
    }
    store[`${keys.opened}.watching`] = true
  }
  window.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath()
      if (path.includes(el)) reached.add(el)
      const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement)
      const target = link?.getAttribute('target')?.toLowerCase()
      if (link?.hasAttribute('href') && target && !['_self', '_top', '_parent'].includes(target)) store[keys.opened] = true
    },
    { capture: true, once: true },
  )
}

/** Runs in the page: the element at the centre of `el`'s box, described for the step's error. */
function describeElementAtCentre(el: Element): string {
  const box = el.getBoundingClientRect()
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
  if (!top || top === el || el.contains(top)) return 'another element'
  const id = top.id ? `#${top.id}` : ''
  const classes = typeof top.className === 'string' && top.className.trim() ? `.${top.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
  const text = (top.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)
  return `<${top.tagName.toLowerCase()}${id}${classes}>${text ? ` "${text}"` : ''}`
}

/** Playwright's own check found the element covered on every try until the timeout: its call log
 * names the element in the way, which is the one thing a reader needs from it. */
function coveredClickError(err: unknown): Error | undefined {
  const log = (err instanceof Error ? err.message : String(err)).replace(/\u001b\[[0-9;]*m/g, '')
  const taker = /(<[^\n]*?>)(?: from <[^\n]*?> subtree)? intercepts pointer events/.exec(log)?.[1]
  if (!taker) return undefined
  return new Error(`the click did not reach the element: ${taker.length > 120 ? `${taker.slice(0, 119)}…` : taker} covers it where it would be clicked`)
}
