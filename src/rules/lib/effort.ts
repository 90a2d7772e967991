import type { FlowTrace, StepRecord } from '../../artifacts/site-trace.js'
import type { PageSnapshot } from '../../capture/page-snapshot.js'
import { mentions } from '../../text/match-topic.js'
import { fillsPassword } from './contact-routes.js'
import { pagePath } from './flows.js'

/** What a flow asked of the user, counted from its steps. */
export interface Effort {
  clicks: number
  fields: number
  /** Navigations typed after the flow's start (a `goto` other than the first). */
  gotos: number
  /** Distinct pages (origin and path) the flow showed. */
  pages: number
  paths: readonly string[]
  /** Steps that identified the user (an e-mail and password typed, and when signing in, the click
   * that submits them): left out of `actions`. */
  credentialSteps: number
  /** Payment and delivery fields (card, expiry, address) typed to pay: left out of `actions`. */
  paymentFields: number
  actions: number
}

const CLICKS = new Set<StepRecord['kind']>(['click', 'check', 'uncheck', 'select', 'press'])

/** The steps that identify the user: each password typed, the field typed right before it (the
 * e-mail or user name) and, when `withSubmit`, the click or key that sends them (signing in; when
 * joining, that click also chooses to join and stays counted). */
function credentialSteps(flow: FlowTrace, withSubmit: boolean): Set<StepRecord> {
  const found = new Set<StepRecord>()
  let before: PageSnapshot | undefined
  flow.steps.forEach((step, i) => {
    if (fillsPassword(step, before)) {
      found.add(step)
      const previous = flow.steps[i - 1]
      if (previous?.kind === 'fill') found.add(previous)
      const next = flow.steps[i + 1]
      if (withSubmit && next && (next.kind === 'click' || next.kind === 'press')) found.add(next)
    }
    if (step.snapshot) before = step.snapshot
  })
  return found
}

const isPaymentField = (step: StepRecord): boolean => step.kind === 'fill' && mentions(step.target?.text, 'paymentDetails')

/** Clicks, fields, typed navigations and distinct pages of a flow, as the user experiences deciding
 * and navigating. Not counted: the first `goto` (it only opens the flow); waits, expectations and
 * captures (the scenario's, not the user's); the steps that identify the user, which joining and
 * leaving both need; and, when joining, the payment and delivery details that paying needs and
 * leaving has no counterpart for. */
export function effortOf(flow: FlowTrace, side: 'join' | 'leave'): Effort {
  const credentials = credentialSteps(flow, side === 'leave')
  const firstGoto = flow.steps.find((s) => s.kind === 'goto')
  let clicks = 0
  let fields = 0
  let gotos = 0
  let paymentFields = 0
  const pages = new Set<string>()
  for (const step of flow.steps) {
    if (step.status !== 'ok') continue
    pages.add(pagePath(step.snapshot?.url ?? step.url))
    if (credentials.has(step)) continue
    if (side === 'join' && isPaymentField(step)) {
      paymentFields++
      continue
    }
    if (CLICKS.has(step.kind)) clicks++
    else if (step.kind === 'fill') fields++
    else if (step.kind === 'goto' && step !== firstGoto) gotos++
  }
  return {
    clicks,
    fields,
    gotos,
    pages: pages.size,
    paths: [...pages],
    credentialSteps: credentials.size,
    paymentFields,
    actions: clicks + fields + gotos,
  }
}

/** The effort of two flows taken one after the other; a page both show counts once. */
export function addEfforts(a: Effort, b: Effort): Effort {
  const paths = [...new Set([...a.paths, ...b.paths])]
  return {
    clicks: a.clicks + b.clicks,
    fields: a.fields + b.fields,
    gotos: a.gotos + b.gotos,
    pages: paths.length,
    paths,
    credentialSteps: a.credentialSteps + b.credentialSteps,
    paymentFields: a.paymentFields + b.paymentFields,
    actions: a.actions + b.actions,
  }
}
