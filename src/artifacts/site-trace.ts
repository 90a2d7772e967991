import { z } from 'zod'
import { PageSnapshot } from '../capture/page-snapshot.js'

/** What kind of user action a step was: rules count these, e.g. clicks to cancel vs to sign up. */
export const ActionKind = z.enum([
  'goto',
  'click',
  'fill',
  'check',
  'uncheck',
  'select',
  'press',
  'wait',
  'expect',
  'capture',
])
export type ActionKind = z.infer<typeof ActionKind>

/** The element a step acted on, read from the page just before acting. */
export const StepTarget = z.object({
  selector: z.string(),
  text: z.string(),
  tag: z.string().optional(),
})

export const StepRecord = z.object({
  index: z.number().int(),
  kind: ActionKind,
  /** The step as written in the scenario, secrets replaced by `${env.NAME}`. */
  action: z.string(),
  /** 1-based line of the step in the scenario file, when known. */
  line: z.number().int().optional(),
  target: StepTarget.optional(),
  /** For `expect` steps: whether the expected text was visible. */
  passed: z.boolean().optional(),
  /** For `capture` steps: the name given. */
  captureName: z.string().optional(),
  url: z.string(),
  title: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  status: z.enum(['ok', 'failed']),
  error: z.string().optional(),
  /** Absent only when the page could not be read at all (e.g. the site never answered). */
  snapshot: PageSnapshot.optional(),
  /** Relative to the report folder. */
  screenshot: z.string().optional(),
  html: z.string().optional(),
})
export type StepRecord = z.infer<typeof StepRecord>

export const FlowTrace = z.object({
  name: z.string(),
  status: z.enum(['completed', 'failed', 'skipped']),
  error: z.string().optional(),
  fresh: z.boolean(),
  durationMs: z.number(),
  steps: z.array(StepRecord),
  /** The last page again, a few seconds after the last step: what is still there is persistent
   * (a confirmation in a toast that has gone by then is not). */
  settled: z
    .object({
      afterMs: z.number(),
      snapshot: PageSnapshot,
      screenshot: z.string().optional(),
    })
    .optional(),
})
export type FlowTrace = z.infer<typeof FlowTrace>

export const SiteTrace = z.object({
  site: z.string(),
  baseUrl: z.string(),
  scenarioFile: z.string().optional(),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Set when the site as a whole could not be walked (browser crash, context creation). */
  error: z.string().optional(),
  flows: z.array(FlowTrace),
})
export type SiteTrace = z.infer<typeof SiteTrace>
