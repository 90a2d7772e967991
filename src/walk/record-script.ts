import type { Locator, Page } from 'playwright'
import type { ActionKind } from '../artifacts/site-trace.js'
import { describeElement, type DescribedElement } from '../capture/take-snapshot.js'

/** One action a code-written flow took, handed to the walker to run and record like a data step. */
export interface ScriptAction {
  kind: ActionKind
  written: string
  run(): Promise<unknown>
  describeTarget?(): Promise<DescribedElement | undefined>
  /** What a fill types, and into which field: the walker learns secrets from it. */
  typed?: { value: string; field: Locator }
}

const PAGE_ACTIONS: Record<string, ActionKind> = {
  goto: 'goto',
  click: 'click',
  dblclick: 'click',
  tap: 'click',
  fill: 'fill',
  type: 'fill',
  check: 'check',
  uncheck: 'uncheck',
  setChecked: 'check',
  selectOption: 'select',
  press: 'press',
}
const LOCATOR_ACTIONS: Record<string, ActionKind> = { ...PAGE_ACTIONS, pressSequentially: 'fill' }
delete LOCATOR_ACTIONS.goto
const LOCATOR_FACTORIES = new Set([
  'locator',
  'getByRole',
  'getByText',
  'getByLabel',
  'getByPlaceholder',
  'getByTestId',
  'getByAltText',
  'getByTitle',
  'first',
  'last',
  'nth',
  'filter',
  'and',
  'or',
])

// Typed values stay out of the step's description: they may be secrets.
const shownArgs = (kind: ActionKind, args: unknown[], onPage: boolean): string =>
  args
    .slice(0, kind === 'fill' ? (onPage ? 1 : 0) : undefined)
    .filter((a) => typeof a !== 'object' && typeof a !== 'function')
    .map(short)
    .join(', ')

const short = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** Wraps Playwright's page so that every action a pasted codegen script takes (page.goto,
 * getByRole(...).click(), locator(...).fill(...)) becomes a recorded step with a snapshot after it.
 * Everything else passes straight through to the real page. */
export function recordingPage(page: Page, onAction: (action: ScriptAction) => Promise<unknown>, timeoutMs: number): Page {
  const wrapLocator = (locator: Locator): Locator =>
    new Proxy(locator, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver)
        if (typeof prop !== 'string' || typeof value !== 'function') return value
        if (LOCATOR_FACTORIES.has(prop)) return (...args: unknown[]) => wrapLocator(value.apply(target, args) as Locator)
        const kind = LOCATOR_ACTIONS[prop]
        if (!kind) return value.bind(target)
        return (...args: unknown[]) =>
          onAction({
            kind,
            written: `${String(target)}.${prop}(${shownArgs(kind, args, false)})`,
            run: () => value.apply(target, args),
            describeTarget: () => describeElement(target, timeoutMs),
            typed: kind === 'fill' && typeof args[0] === 'string' ? { value: args[0], field: target } : undefined,
          })
      },
    })

  return new Proxy(page, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof prop !== 'string' || typeof value !== 'function') return value
      if (LOCATOR_FACTORIES.has(prop)) return (...args: unknown[]) => wrapLocator(value.apply(target, args) as Locator)
      const kind = PAGE_ACTIONS[prop]
      if (!kind) return value.bind(target)
      return (...args: unknown[]) =>
        onAction({
          kind,
          written: `page.${prop}(${shownArgs(kind, args, true)})`,
          run: () => value.apply(target, args),
          describeTarget:
            kind === 'goto' || typeof args[0] !== 'string' ? undefined : () => describeElement(target.locator(args[0] as string), timeoutMs),
          typed: kind === 'fill' && typeof args[0] === 'string' && typeof args[1] === 'string' ? { value: args[1], field: target.locator(args[0]) } : undefined,
        })
    },
  })
}
