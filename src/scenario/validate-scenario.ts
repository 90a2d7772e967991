import { z } from 'zod'
import type { FlowRole } from '../artifacts/flow-role.js'
import { diagnoseStep } from './diagnose-step.js'
import { describeValue, explainZodIssue } from './explain-zod-issue.js'
import { formatPath, isPlainObject, type PathIssue, type PathSegment, valueAt } from './issue-path.js'
import type { FlowScript } from './loaded-scenario.js'
import { ACTIONS, Flow, type Mailbox, ScenarioFile, type Step } from './schema.js'

interface ValidatedFlowHead {
  name: string
  fresh: boolean
  role?: FlowRole
  context?: string
}
export type ValidatedFlow = (ValidatedFlowHead & { steps: Step[] }) | (ValidatedFlowHead & { run: FlowScript })

export interface ValidatedScenario {
  site: string
  baseUrl: string
  timeoutMs?: number
  dialogs?: 'accept' | 'dismiss'
  jurisdictions?: string[]
  mailbox?: Mailbox
  flows: ValidatedFlow[]
}

export const EMPTY_SCENARIO = 'the file is empty (expected a scenario with site, baseUrl and flows)'

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: PathIssue[] }

/** Validates a YAML or JSON scenario. `data` has `${env.NAME}` resolved; `written` is the same tree
 * as written, which messages quote from. */
export function validateScenarioFile(data: unknown, written: unknown): Validation<ScenarioFile> {
  if (data === null || data === undefined) {
    // A YAML file of comments only.
    return { ok: false, issues: [{ path: [], message: EMPTY_SCENARIO }] }
  }
  const result = ScenarioFile.safeParse(data)
  const issues = result.success ? [] : explainIssues(ScenarioFile, data, [], result.error.issues, written)
  issues.push(...crossCheck(data, written))
  if (issues.length || !result.success) return { ok: false, issues }
  return { ok: true, value: result.data }
}

/** A TypeScript scenario's top level: flows are checked one by one, each against the schema its
 * form calls for (data steps or a script). */
const DefinitionTop = ScenarioFile.extend({ flows: z.array(z.unknown()).min(1) })
const FlowHead = Flow.omit({ steps: true })
const ScriptFlow = FlowHead.extend({
  run: z.custom<FlowScript>((run) => typeof run === 'function', 'expected a function (page, tools) => Promise<void>'),
})

/** Validates a TypeScript scenario's export (see `defineScenario`). */
export function validateScenarioDefinition(definition: unknown, written: unknown): Validation<ValidatedScenario> {
  if (!isPlainObject(definition)) {
    return {
      ok: false,
      issues: [{ path: [], message: `expected a scenario object with site, baseUrl and flows, got ${describeValue(written)}` }],
    }
  }
  const top = DefinitionTop.safeParse(definition)
  const issues = top.success ? [] : explainIssues(DefinitionTop, definition, [], top.error.issues, written)
  const flows: ValidatedFlow[] = []
  const rawFlows = Array.isArray(definition.flows) ? (definition.flows as unknown[]) : []
  rawFlows.forEach((flow, index) => {
    const path = ['flows', index]
    const hasSteps = isPlainObject(flow) && flow.steps !== undefined
    const hasRun = isPlainObject(flow) && flow.run !== undefined
    if (hasSteps && hasRun) issues.push({ path, message: 'a flow has either steps or run, not both' })
    if (isPlainObject(flow) && !hasSteps && !hasRun) {
      issues.push({ path, message: 'missing steps (a list of steps) or run (a function that drives the page)' })
    }
    if (hasSteps === hasRun) {
      // Reported above; the rest of the flow can still be checked.
      const { steps: _steps, run: _run, ...head } = flow as Record<string, unknown>
      const result = FlowHead.safeParse(head)
      if (!result.success) issues.push(...explainIssues(FlowHead, head, path, result.error.issues, written))
      return
    }
    const schema: z.ZodType = hasRun ? ScriptFlow : Flow
    const result = schema.safeParse(flow)
    if (result.success) flows.push(result.data as ValidatedFlow)
    else issues.push(...explainIssues(schema, flow, path, result.error.issues, written))
  })
  issues.push(...crossCheck(definition, written))
  if (issues.length || !top.success) return { ok: false, issues }
  const { flows: _flows, ...rest } = top.data
  return { ok: true, value: { ...rest, flows } }
}

/** zod's issues as messages. Issues inside a step are replaced by the step's own diagnosis (see
 * `diagnose-step.ts`), once per step. */
function explainIssues(
  schema: z.ZodType,
  value: unknown,
  base: PathSegment[],
  zodIssues: z.core.$ZodIssue[],
  written: unknown,
): PathIssue[] {
  const issues: PathIssue[] = []
  const stepIssues = new Map<string, { stepPath: PathSegment[]; zodIssues: z.core.$ZodIssue[] }>()
  for (const issue of zodIssues) {
    const path = [...base, ...issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol')]
    const stepPath = stepPathOf(path)
    if (!stepPath) {
      issues.push(...explainZodIssue(issue, schema, value, base, written))
      continue
    }
    const key = formatPath(stepPath)
    const entry = stepIssues.get(key) ?? { stepPath, zodIssues: [] }
    entry.zodIssues.push(issue)
    stepIssues.set(key, entry)
  }
  for (const { stepPath, zodIssues: issuesInStep } of stepIssues.values()) {
    const diagnosis = diagnoseStep(valueAt(value, stepPath.slice(base.length)), stepPath, written)
    // Should the diagnosis miss what zod saw, zod's own words are better than silence.
    issues.push(...(diagnosis.length ? diagnosis : issuesInStep.flatMap((issue) => explainZodIssue(issue, schema, value, base, written))))
  }
  return issues
}

/** `flows[i].steps[j]` when `path` is inside a step. */
function stepPathOf(path: PathSegment[]): PathSegment[] | undefined {
  const [flows, flow, steps, step] = path
  if (flows === 'flows' && typeof flow === 'number' && steps === 'steps' && typeof step === 'number') return [flows, flow, steps, step]
  return undefined
}

/** What the schema cannot say about one field alone. */
function crossCheck(data: unknown, written: unknown): PathIssue[] {
  if (!isPlainObject(data)) return []
  const issues: PathIssue[] = []
  if (typeof data.baseUrl === 'string' && data.baseUrl !== '' && !isHttpUrl(data.baseUrl)) {
    issues.push({
      path: ['baseUrl'],
      message: `expected an http(s) URL such as https://example.com, got ${describeValue(valueAt(written, ['baseUrl']))}`,
    })
  }
  const firstUse = new Map<string, number>()
  if (Array.isArray(data.flows)) {
    data.flows.forEach((flow: unknown, index) => {
      if (!isPlainObject(flow) || typeof flow.name !== 'string') return
      const earlier = firstUse.get(flow.name)
      if (earlier === undefined) firstUse.set(flow.name, index)
      else issues.push({ path: ['flows', index, 'name'], message: `duplicate flow name "${flow.name}" (already used by flows[${earlier}])` })
      if (flow.fresh === true && typeof flow.context === 'string') {
        issues.push({
          path: ['flows', index, 'fresh'],
          message: `fresh and context together: a context is new the first time a flow names it, so context: ${flow.context} alone opens it (or drop context for a context no flow returns to)`,
        })
      }
    })
  }
  issues.push(...optionalWithoutTarget(data))
  return issues
}

/** Only a step that acts on an element can find it absent and be skipped. */
const TARGETLESS = new Set(['goto', 'wait', 'expect', 'capture'])

function optionalWithoutTarget(data: Record<string, unknown>): PathIssue[] {
  if (!Array.isArray(data.flows)) return []
  return data.flows.flatMap((flow: unknown, flowIndex) => {
    if (!isPlainObject(flow) || !Array.isArray(flow.steps)) return []
    return flow.steps.flatMap((step: unknown, stepIndex): PathIssue[] => {
      if (!isPlainObject(step) || step.optional !== true) return []
      const action = ACTIONS.find((a) => a in step)
      const pressWithoutTarget = action === 'press' && !(isPlainObject(step.press) && step.press.target !== undefined)
      if (!action || !(TARGETLESS.has(action) || pressWithoutTarget)) return []
      return [
        {
          path: ['flows', flowIndex, 'steps', stepIndex, 'optional'],
          message: `optional is for steps that act on an element (click, fill, check, uncheck, select, press with a target), which are skipped when it does not show; a ${action} step${pressWithoutTarget ? ' without a target' : ''} always runs`,
        },
      ]
    })
  })
}

function isHttpUrl(s: string): boolean {
  try {
    const { protocol } = new URL(s)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
