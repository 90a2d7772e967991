import { z } from 'zod'
import { isJurisdiction, JURISDICTION_TAGS } from '../rules/jurisdictions.js'
import { ariaRoleProblem } from './aria-roles.js'
import { textMatchProblem } from './text-match.js'

/** Text or a name to match: a plain string matches as a substring (case-insensitive in Playwright's
 * default); `/pattern/flags` is a regular expression. */
export const TextMatch = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const problem = textMatchProblem(s)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const AriaRoleName = z
  .string()
  .min(1)
  .superRefine((role, ctx) => {
    const problem = ariaRoleProblem(role)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** A Playwright locator, written as data. Exactly one kind per target. */
export const Target = z.union([
  z.strictObject({ role: AriaRoleName, name: TextMatch.optional(), exact: z.boolean().optional() }),
  z.strictObject({ label: TextMatch, exact: z.boolean().optional() }),
  z.strictObject({ text: TextMatch, exact: z.boolean().optional() }),
  z.strictObject({ placeholder: TextMatch, exact: z.boolean().optional() }),
  z.strictObject({ testId: z.string().min(1) }),
  z.strictObject({ css: z.string().min(1) }),
])
export type Target = z.infer<typeof Target>

export const WaitFor = z.union([
  z.strictObject({ text: TextMatch }),
  z.strictObject({ selector: z.string().min(1) }),
  z.strictObject({ url: TextMatch }),
  z.strictObject({ ms: z.number().int().positive().max(60_000) }),
])

/** Each step is a one-key object: the key is the action. */
export const Step = z.union([
  z.strictObject({ goto: z.string().min(1) }),
  z.strictObject({ click: Target }),
  z.strictObject({ fill: z.strictObject({ target: Target, value: z.string() }) }),
  z.strictObject({ check: Target }),
  z.strictObject({ uncheck: Target }),
  z.strictObject({ select: z.strictObject({ target: Target, option: z.string() }) }),
  z.strictObject({ press: z.strictObject({ target: Target.optional(), key: z.string().min(1) }) }),
  z.strictObject({ wait: WaitFor }),
  z.strictObject({ expect: z.strictObject({ text: TextMatch }) }),
  z.strictObject({ capture: z.string().min(1) }),
])
export type Step = z.infer<typeof Step>
export const ACTIONS = ['goto', 'click', 'fill', 'check', 'uncheck', 'select', 'press', 'wait', 'expect', 'capture'] as const

export const Flow = z.strictObject({
  name: z.string().min(1),
  /** Start this flow in a new browser context (a visitor not logged in) instead of continuing the
   * previous flows' one; the flows after it continue in the new context. */
  fresh: z.boolean().default(false).meta({ description: 'Start in a new browser context, one no later flow can return to; the flows after it continue in it.' }),
  /** The browser context this flow runs in, by a name of the author's choosing (`signed-in`): the
   * first flow that names it opens it, and a later flow that names it returns to it as it was left
   * (cookies, login, the page it showed). A flow without `context` continues the previous flow's. */
  context: z
    .string()
    .min(1)
    .optional()
    .meta({
      description:
        'The browser context to run in, by name: the first flow that names it opens it; a later flow that names it returns to it as it was left. Without it, a flow continues the previous flow’s context.',
    }),
  steps: z.array(Step).min(1),
}).meta({
  // For editors: the loader refuses `fresh: true` beside `context` (validate-scenario.ts says why).
  if: { properties: { fresh: { const: true } }, required: ['fresh'] },
  then: { properties: { context: false } },
})
export type Flow = z.infer<typeof Flow>

/** A jurisdiction tag the rules know (src/rules/jurisdictions.ts). */
export const KnownJurisdiction = z
  .string()
  .superRefine((tag, ctx) => {
    if (!isJurisdiction(tag)) ctx.addIssue({ code: 'custom', message: `unknown jurisdiction "${tag}" (expected one of ${JURISDICTION_TAGS.join(', ')})` })
  })
  // The check above as the JSON Schema says it, so that editors offer the tags.
  .meta({ enum: [...JURISDICTION_TAGS] })

export const ScenarioFile = z.strictObject({
  /** Where an editor finds this file's JSON Schema (src/schemas/scenario.schema.json); not read. */
  $schema: z.string().optional(),
  site: z.string().min(1),
  baseUrl: z.string().min(1),
  /** Per-step timeout in ms (default 10 s; `--timeout` overrides). */
  timeoutMs: z.number().int().positive().optional(),
  /** How confirm and prompt dialogs are answered (default dismiss); alerts are acknowledged and a
   * page's "leave this page?" question always lets the walk leave. Each dialog is recorded. */
  dialogs: z.enum(['accept', 'dismiss']).optional(),
  /** Where the site's consumers are (`[us-ca, de]`): only the law of these and of their parents (EU
   * law in `de`, federal law in `us-ca`) is applied to this site, within what `--jurisdiction`
   * allows. Absent: every jurisdiction of the run. */
  jurisdictions: z.array(KnownJurisdiction).min(1).optional(),
  flows: z.array(Flow).min(1),
})
export type ScenarioFile = z.infer<typeof ScenarioFile>
