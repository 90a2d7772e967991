import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml'
import type { FlowTrace, SiteTrace, StepRecord } from '../artifacts/site-trace.js'
import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Step, Target } from '../scenario/schema.js'

/** The environment variables a starter scenario reads the account's credentials from. */
export const STARTER_SECRETS = { email: 'CANCELCHECK_EMAIL', password: 'CANCELCHECK_PASSWORD' } as const

/** A step of the starter and what a person must do about it, said in comments above it. */
interface Line {
  step?: Step
  todo?: string[]
}

interface StarterFlow {
  name: string
  lines: Line[]
}

/** What a scan cannot walk for a flow, since it never sends a form: said at the flow's end. */
const WHAT_COMES_NEXT: Readonly<Record<string, string>> = {
  signup: 'TODO: choose a plan and sign up as a visitor would; a `checkout` flow after it goes on to the order button.',
  support: 'TODO: the way to reach a person a visitor would take (form, chat, e-mail or phone).',
  cancel: 'TODO: the clicks that cancel, up to the page that confirms it, e.g. - expect: { text: … }',
}

/** Input types a scenario fills with text; the others (boxes, files, dates) need a person's choice. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'password', 'tel', 'search', 'url', 'number'])

/** A scenario to start from, as YAML: one flow per kind of page a scan of the site found (plans and
 * signup, help and contact, cancellation, terms), each reaching its page with the clicks the scan
 * made, targets written as role and name. What a browser cannot decide for the site's owner (what
 * to type, which box to tick, whether to send a form) is left as TODO comments; credentials are read
 * from the environment, so the file can be committed. `startUrl` is the address the scan began at. */
export function starterScenario(trace: SiteTrace, startUrl: string): string {
  const start = new URL(startUrl)
  const flows = trace.flows.filter((f) => f.name !== 'home' && f.steps.length > 0).map((f) => starterFlow(f, start.origin))
  const doc = new Document({
    site: start.host,
    baseUrl: start.origin,
    flows: flows.length > 0 ? flows.map((f) => ({ name: f.name, steps: f.lines.map((l) => l.step ?? null) })) : [{ name: 'home', steps: [{ goto: relativeUrl(startUrl, start.origin) }] }],
  })
  doc.commentBefore = [
    ` Starter scenario written by \`cancelcheck init ${startUrl}\` from the pages it found there.`,
    ' Check each flow against the site and resolve the TODOs: what to type, which boxes to tick and',
    ' which button sends a form are for a person to decide. Credentials come from the environment:',
    ` export ${STARTER_SECRETS.email}=… ${STARTER_SECRETS.password}=… before \`cancelcheck run\`.`,
    ' TODO: name the jurisdictions the site sells in, e.g. `jurisdictions: [us-ca, de]`.',
  ].join('\n')
  const flowSeq = seqAt(doc.contents, 'flows')
  if (flows.length === 0) flowSeq.commentBefore = ' TODO: no plans, signup, help or cancel page was found from the home page; write the flows by hand.'
  for (const [f, flow] of flows.entries()) {
    const steps = seqAt(flowSeq.items[f], 'steps')
    // Steps that are only TODOs hold no item of their own: their comment goes before the next step,
    // or after the last.
    const kept: unknown[] = []
    let pending: string[] = []
    for (const [i, line] of flow.lines.entries()) {
      const item = steps.items[i]
      if (!line.step) {
        pending.push(...(line.todo ?? []))
        continue
      }
      const node = item as YAMLMap
      for (const value of node.items) if (isMap(value.value) || isSeq(value.value)) flowStyle(value.value)
      const comment = [...pending, ...(line.todo ?? [])]
      if (comment.length > 0) node.commentBefore = comment.map((c) => ` ${c}`).join('\n')
      pending = []
      kept.push(item)
    }
    steps.items = kept as typeof steps.items
    if (pending.length > 0) steps.comment = pending.map((c) => ` ${c}`).join('\n')
  }
  return doc.toString({ lineWidth: 0 })
}

function seqAt(map: unknown, key: string): YAMLSeq {
  const seq = isMap(map) ? map.get(key, true) : undefined
  if (!isSeq(seq)) throw new Error(`the starter scenario has no ${key} list`)
  return seq
}

function flowStyle(node: YAMLMap | YAMLSeq): void {
  node.flow = true
}

function starterFlow(flow: FlowTrace, origin: string): StarterFlow {
  const lines: Line[] = []
  for (const [i, step] of flow.steps.entries()) {
    if (step.kind === 'goto') {
      lines.push({ step: { goto: relativeUrl(step.url, origin) } })
      continue
    }
    if (!step.discovery) {
      // The cookie banner the scan declined on arrival.
      lines.push({ todo: [`TODO: ${step.action.replace(/^reject the cookie banner/, 'a cookie banner showed here')}; add the click that declines it.`] })
      continue
    }
    const before = flow.steps[i - 1]
    const opened = /opened by its address\)$/.test(step.action)
    const target = opened ? undefined : clickTarget(step, before)
    const failed = step.status === 'failed' ? [`TODO: this step failed when the site was scanned (${step.error ?? 'no reason given'}); check it.`] : []
    if (target) lines.push({ step: { click: target }, todo: failed })
    else lines.push({ step: { goto: relativeUrl(step.url, origin) }, todo: [`TODO: the link "${step.target?.text ?? ''}" was not clicked but opened by its address; write the click a visitor makes.`, ...failed] })
  }
  const last = flow.steps.at(-1)
  if (last?.snapshot && last.status === 'ok') lines.push(...formLines(last.snapshot.elements))
  const next = WHAT_COMES_NEXT[flow.name]
  if (next) lines.push({ todo: [next] })
  return { name: flow.name, lines }
}

/** Tags whose role Playwright reads as the snapshot does; a `<summary>` or a `<div>` with a click
 * handler is found by its text instead, whatever role the page gives it. */
const ROLE_OF_TAG: Readonly<Record<string, string>> = { a: 'link', button: 'button' }

/** The element clicked, as role and name from the page it was on; by its text when its role is
 * uncertain, by the scan's selector when it has neither. */
function clickTarget(step: StepRecord, before: StepRecord | undefined): Target | undefined {
  const selector = step.target?.selector
  if (!selector) return undefined
  const element = before?.snapshot?.elements.find((e) => e.selector === selector && !e.context)
  const tag = element?.tag ?? step.target?.tag ?? ''
  const name = (element?.name || step.target?.text || '').trim()
  const role = ROLE_OF_TAG[tag]
  if (!name) return { css: selector }
  if (!role || (element?.role !== undefined && element.role !== role)) return { text: name }
  return { role, name, exact: true }
}

/** The form on the page a flow ends on: its text fields filled (credentials from the environment,
 * the rest TODO), its boxes and its send button left to a person. */
function formLines(elements: readonly SnapshotElement[]): Line[] {
  // A site search is no form a flow is about.
  const fields = elements.filter(
    (e) => e.visible && !e.context && !e.disabled && ['input', 'textarea', 'select'].includes(e.tag) && e.type !== 'search' && e.role !== 'searchbox' && !/search/i.test(e.labelText || e.name),
  )
  if (fields.length === 0) return []
  const lines: Line[] = []
  const needsCredentials = fields.some((e) => e.type === 'password')
  for (const field of fields) {
    const label = (field.labelText || field.name).trim()
    const target: Target = label ? { label, exact: true } : { css: field.selector }
    const type = field.type ?? ''
    if (field.tag === 'select') {
      lines.push({ todo: [`TODO: choose in "${label || field.selector}": - select: { target: ${inline(target)}, option: … }`] })
    } else if (type === 'radio') {
      continue
    } else if (type === 'checkbox') {
      if (field.required || /agree|terms|consent|18/i.test(label)) lines.push({ todo: [`TODO: tick "${label || field.selector}" if a visitor must: - check: ${inline(target)}`] })
    } else if (field.tag === 'textarea' || TEXT_INPUT_TYPES.has(type)) {
      const isEmail = type === 'email' || /e-?mail/i.test(label) || field.autocomplete === 'email' || field.autocomplete === 'username'
      if (type === 'password') lines.push({ step: { fill: { target, value: `\${env.${STARTER_SECRETS.password}}` } } })
      else if (isEmail && needsCredentials) lines.push({ step: { fill: { target, value: `\${env.${STARTER_SECRETS.email}}` } } })
      else lines.push({ step: { fill: { target, value: 'TODO' } }, todo: ['TODO: the value to type'] })
    }
  }
  const choices = fields.filter((e) => e.type === 'radio').map((e) => (e.labelText || e.name).trim()).filter(Boolean)
  if (choices.length > 0) lines.unshift({ todo: [`TODO: choose one of ${choices.map((c) => `"${c}"`).join(', ')}: - check: { label: … }`] })
  const send = elements.find((e) => e.visible && !e.context && (e.type === 'submit' || (e.tag === 'button' && e.type !== 'button' && e.form !== undefined)) && e.name.trim())
  const sendTarget: Target | undefined = send ? { role: 'button', name: send.name.trim(), exact: true } : undefined
  lines.push({
    todo: [sendTarget ? `TODO: send the form once the values are right: - click: ${inline(sendTarget)}` : 'TODO: the click that sends the form'],
  })
  return lines
}

/** A target as it reads in a YAML flow mapping, for a commented-out step. */
function inline(target: Target): string {
  const doc = new Document(target)
  flowStyle(doc.contents as YAMLMap)
  return doc.toString({ lineWidth: 0 }).trim()
}

/** The address as the scenario writes it: a path on the site, or whole when it is elsewhere. */
function relativeUrl(url: string, origin: string): string {
  const parsed = new URL(url)
  return parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : url
}
