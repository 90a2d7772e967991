import type { FlowTrace, SiteTrace, StepRecord } from '../../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'
import type { FlowOutcome } from '../../report/flow-failure.js'
import type { FlowRole } from '../../report/model.js'
import type { StepMark } from '../../scenario/step-mark.js'
import { containsEntry } from '../../text/phrase-pattern.js'
import { FLOW_ROLE_WORDS } from '../data/flow-roles.js'

/** What a flow is for. Scenario authors name flows freely, in their own language; the words in
 * src/rules/data/flow-roles.ts are the names rules understand. */
export type { FlowRole }

const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '')
const ROLE_WORDS = (Object.entries(FLOW_ROLE_WORDS) as [FlowRole, readonly string[]][]).map(
  ([role, words]) => [role, words.map(withoutAccents)] as const,
)

/** A flow's name as words: "cancelMembership", "cancel_membership-2" and "Cancel membership" alike. */
const nameWords = (name: string): string =>
  withoutAccents(name)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')

/** The role a step's mark says its flow has: a flow that places an order is a checkout. */
const ROLE_OF_MARK: Partial<Record<StepMark, FlowRole>> = {
  'places-order': 'checkout',
  'confirms-order': 'checkout',
  'submits-cancellation': 'cancel',
  'confirms-cancellation': 'cancel',
  'support-contact': 'support',
}

/** What a flow is for: the role its scenario gave it, else the role its name gives it ("sign-up",
 * "Signup", "signup-2", "inscription" and "registrering" are all signup flows; "kündigen",
 * "résiliation" and "meld av" all cancel flows), else the role its marks give it (a flow named
 * "account" with a step marked `submits-cancellation` cancels). */
export function roleOf(flow: { name: string; role?: FlowRole | undefined; steps?: ReadonlyArray<{ mark?: StepMark | undefined }> }): FlowRole | undefined {
  if (flow.role) return flow.role
  const words = nameWords(flow.name)
  const named = ROLE_WORDS.find(([, entries]) => containsEntry(words, entries))?.[0]
  if (named) return named
  for (const step of flow.steps ?? []) {
    const role = step.mark && ROLE_OF_MARK[step.mark]
    if (role) return role
  }
  return undefined
}

/** The flows of the given roles that ran (skipped flows show nothing), in trace order. */
export function flowsWithRole(site: SiteTrace, roles: readonly FlowRole[]): FlowTrace[] {
  return site.flows.filter((f) => f.status !== 'skipped' && roles.includes(roleOf(f) as FlowRole))
}

export function ranFlows(site: SiteTrace): FlowTrace[] {
  return site.flows.filter((f) => f.status !== 'skipped')
}

/** A step with the page it left behind. */
export interface SeenStep {
  flow: FlowTrace
  step: StepRecord
  snapshot: PageSnapshot
}

/** The steps of a flow whose page could be read, in order; in a failed flow, those up to the failure. */
export function seenSteps(flow: FlowTrace): SeenStep[] {
  return flow.steps.flatMap((step) => (step.snapshot ? [{ flow, step, snapshot: step.snapshot }] : []))
}

/** Flows that share one browser context (cookies, login, basket), in order: flows of one context
 * name share it wherever they stand (a `cancel` returning to the `signup` context after a logged-out
 * `support` flow); an unnamed flow continues the one before it unless it starts fresh. The first
 * flow always starts a new context. Chains are ordered by their first flow. */
export function contextChains(flows: readonly FlowTrace[]): FlowTrace[][] {
  const chains: FlowTrace[][] = []
  const named = new Map<string, FlowTrace[]>()
  let current: FlowTrace[] | undefined
  for (const flow of flows) {
    const returning = flow.context === undefined ? undefined : named.get(flow.context)
    if (returning) current = returning
    else if (!current || flow.fresh || flow.context !== undefined) {
      current = []
      chains.push(current)
      if (flow.context !== undefined) named.set(flow.context, current)
    }
    current.push(flow)
  }
  return chains
}

/** The chain of flows `flow` belongs to within the whole trace. */
export function chainOf(site: SiteTrace, flow: FlowTrace): FlowTrace[] {
  return contextChains(ranFlows(site)).find((chain) => chain.includes(flow)) ?? [flow]
}

/** The path of a URL, for messages ("/checkout"). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/** Path of a URL without query or hash: what makes two snapshots "the same page". */
export function pagePath(url: string): string {
  try {
    const u = new URL(url)
    return `${u.origin}${u.pathname}`
  } catch {
    return url.split(/[?#]/)[0] ?? url
  }
}

/** The selector as it can be used from the top document: shadow hosts joined by ">>>". */
export function fullSelector(el: { selector: string; context?: { shadowHost?: string; frameUrl?: string } }): string {
  return el.context?.shadowHost ? `${el.context.shadowHost} >>> ${el.selector}` : el.selector
}

export const elementKey = (snapshot: PageSnapshot, el: SnapshotElement): string =>
  `${pagePath(snapshot.url)}|${el.context?.frameUrl ?? ''}|${fullSelector(el)}`

/** An element on the first page of a flow where it shows up. */
export interface Appearance extends SeenStep {
  element: SnapshotElement
}

/** Each element that `keep` accepts, taken from the first snapshot in which it appears (by page
 * and selector) among `flows`, which share one browser context: its state there is the state the
 * site gave it, unless a step acted on it. A page carried from one flow into the next is one page. */
export function firstAppearances(flows: readonly FlowTrace[], keep: (el: SnapshotElement) => boolean): Appearance[] {
  const seen = new Set<string>()
  const found: Appearance[] = []
  for (const seenStep of flows.flatMap(seenSteps)) {
    for (const element of seenStep.snapshot.elements) {
      if (!keep(element)) continue
      const key = elementKey(seenStep.snapshot, element)
      if (seen.has(key)) continue
      seen.add(key)
      found.push({ ...seenStep, element })
    }
  }
  return found
}

/** The flows that ran, grouped by the browser context they share, in trace order. */
export const chainsOf = (site: SiteTrace): FlowTrace[][] => contextChains(ranFlows(site))

/** Whether a step of `site` up to `step` (in the same browser context) acted on the element with
 * `selector`: a snapshot taken after such a step shows the user's choice, not the site's default. */
export function actedOnBefore(site: SiteTrace, flow: FlowTrace, step: StepRecord, selector: string): boolean {
  for (const f of chainOf(site, flow)) {
    for (const s of f.steps) {
      if (f === flow && s.index > step.index) return false
      if (s.target?.selector === selector) return true
    }
    if (f === flow) return false
  }
  return false
}

/** The step at which a flow failed, or the flow's own error when no step carries it. */
export function failureOf(flow: FlowOutcome): string | undefined {
  if (flow.status !== 'failed') return undefined
  const failed = flow.steps.find((s) => s.status === 'failed')
  if (failed) return `the ${flow.name} flow failed at step ${failed.index} (${failed.action})${failed.error ? `: ${failed.error}` : ''}`
  return `the ${flow.name} flow failed${flow.error ? `: ${flow.error}` : ''}`
}

/** Why judging `flows` is incomplete: the failures among them, joined; undefined when all completed. */
export function failuresOf(flows: readonly FlowOutcome[]): string | undefined {
  const reasons = flows.map(failureOf).filter((r): r is string => Boolean(r))
  return reasons.length ? reasons.join('; ') : undefined
}

const INTERACTIVE_KINDS = new Set(['click', 'check', 'uncheck', 'select', 'press'])
/** Steps that are a user pressing, ticking or choosing something; an optional step skipped was not
 * done by anyone. */
export const isClickLike = (step: StepRecord): boolean => INTERACTIVE_KINDS.has(step.kind) && step.status !== 'skipped'
