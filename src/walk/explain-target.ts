import type { Locator, Page } from 'playwright'
import { describeElement } from '../capture/take-snapshot.js'
import type { Target } from '../scenario/schema.js'

// When a step's target names no element or several, the step fails with a message that says what
// the page offered instead, as Playwright's strict mode and its error hints do: the scenario's
// author should be able to fix the target from the report alone. The step's own description names
// the target, so the messages do not repeat it.

const LISTED = 5
const SUGGESTED = 3
/** How long the explaining may take: the step has already spent its timeout. */
const EXPLAIN_TIMEOUT_MS = 2_000

/** Fails the step when more than one visible element matches `target` (unless they are the same
 * link): acting on the first would record evidence of an element the author may not have meant. */
export async function ensureSingleMatch(matches: Locator, target: Target): Promise<void> {
  const count = await matches.count()
  if (count < 2) return
  const visible: Locator[] = []
  for (let i = 0; i < count; i++) {
    if (await matches.nth(i).isVisible().catch(() => false)) visible.push(matches.nth(i))
  }
  if (visible.length < 2 || (await sameDestination(visible))) return
  const listed = await Promise.all(visible.slice(0, LISTED).map((m) => describeElement(m, EXPLAIN_TIMEOUT_MS)))
  const names = listed.map((d) => (d ? `<${d.tag}> ${JSON.stringify(shorten(d.text))} (${d.selector.replace(/^html > body > /, '')})` : 'an element that could not be read'))
  const more = visible.length > LISTED ? `, and ${visible.length - LISTED} more` : ''
  throw new Error(`matches ${visible.length} visible elements: ${names.join(', ')}${more}; ${howToPick(target)}`)
}

/** Links with the same text to the same address (the header's and the footer's "Contact us") are one
 * choice to a user, whichever is clicked. Buttons are not: two "Cancel" buttons may do two things. */
async function sameDestination(visible: readonly Locator[]): Promise<boolean> {
  const keys = await Promise.all(
    visible.map((m) =>
      m
        .evaluate((el) => (el instanceof HTMLAnchorElement && el.href ? `${el.href} ${el.textContent?.replace(/\s+/g, ' ').trim()}` : ''), undefined, { timeout: EXPLAIN_TIMEOUT_MS })
        .catch(() => ''),
    ),
  )
  return keys[0] !== '' && keys.every((k) => k === keys[0])
}

/** Rethrows a timeout waiting for `target` as "not found" with the nearest names on the page. */
export async function explainMissing(page: Page, target: Target, err: unknown, timeoutMs: number): Promise<never> {
  if (!(err instanceof Error) || err.name !== 'TimeoutError') throw err
  const wanted = wantedText(target)
  const nearest = wanted === undefined ? [] : nearestNames(await accessibleNames(page), wanted, 'role' in target ? target.role : undefined)
  const hint = nearest.length > 0 ? `; did you mean ${nearest.join(', ')}?` : ''
  throw new Error(`nothing on the page matches it after ${timeoutMs} ms${hint}`)
}

function howToPick(target: Target): string {
  const ways = [
    wantedText(target) !== undefined && !('exact' in target && target.exact) ? 'exact: true to match the whole text' : '',
    'role' in target ? (target.name === undefined ? 'a name' : '') : 'a role with a name',
    'a css selector such as one above',
  ].filter(Boolean)
  return `pick one with ${ways.join(', or ')}`
}

const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
}

/** The text a target looks for, a regular expression by its source. */
function wantedText(target: Target): string | undefined {
  const text = 'role' in target ? target.name : 'label' in target ? target.label : 'text' in target ? target.text : 'placeholder' in target ? target.placeholder : undefined
  return text?.replace(/^\/(.*)\/[a-z]*$/, '$1')
}

interface Named {
  role: string
  name: string
}

/** Roles and accessible names as Playwright computes them, read from its ARIA snapshot. */
async function accessibleNames(page: Page): Promise<Named[]> {
  const snapshot = await page.locator('body').ariaSnapshot({ timeout: EXPLAIN_TIMEOUT_MS }).catch(() => '')
  const found: Named[] = []
  for (const line of snapshot.split('\n')) {
    const match = /^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)"|: (.+))/.exec(line)
    const name = match?.[2] ?? match?.[3]
    if (match && name && match[1] !== 'url') found.push({ role: match[1]!, name: name.replace(/\\(.)/g, '$1') })
  }
  return found
}

/** The names closest to `wanted` by shared letter pairs (Dice's coefficient), those of the role
 * asked for first. */
function nearestNames(names: readonly Named[], wanted: string, role: string | undefined): string[] {
  const scored = new Map<string, number>()
  for (const { role: r, name } of names) {
    const label = `${r} ${JSON.stringify(shorten(name))}`
    const score = similarity(wanted, name) + (role !== undefined && r === role ? 0.25 : 0)
    if (score > 0.3 && score > (scored.get(label) ?? 0)) scored.set(label, score)
  }
  return [...scored].sort((a, b) => b[1] - a[1]).slice(0, SUGGESTED).map(([label]) => label)
}

function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, ' ').trim()
    return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2))
  }
  const [x, y] = [pairs(a), pairs(b)]
  if (x.length === 0 || y.length === 0) return 0
  const left = [...y]
  let shared = 0
  for (const pair of x) {
    const i = left.indexOf(pair)
    if (i >= 0) {
      shared++
      left.splice(i, 1)
    }
  }
  return (2 * shared) / (x.length + y.length)
}
