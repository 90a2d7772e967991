import { z } from 'zod'
import { isJurisdiction, JURISDICTION_TAGS } from '../rules/jurisdictions.js'
import { FlowRole } from '../artifacts/flow-role.js'
import { ariaRoleProblem } from './aria-roles.js'
import { StepMark } from './step-mark.js'
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

/** What may stand beside a step's action key: they say something about the step, not what to do. */
const StepModifiers = {
  mark: StepMark.optional(),
  optional: z
    .boolean()
    .optional()
    .describe('Skip the step, and record it as skipped, when its target does not show within a short wait (a cookie banner that shows only on a first visit).'),
}
export const MODIFIERS = Object.keys(StepModifiers)

/** Each step is an object with one action key (the action) and, beside it, optional modifiers. */
export const Step = z.union([
  z.strictObject({ goto: z.string().min(1), ...StepModifiers }),
  z.strictObject({ click: Target, ...StepModifiers }),
  z.strictObject({ fill: z.strictObject({ target: Target, value: z.string() }), ...StepModifiers }),
  z.strictObject({ check: Target, ...StepModifiers }),
  z.strictObject({ uncheck: Target, ...StepModifiers }),
  z.strictObject({ select: z.strictObject({ target: Target, option: z.string() }), ...StepModifiers }),
  z.strictObject({ press: z.strictObject({ target: Target.optional(), key: z.string().min(1) }), ...StepModifiers }),
  z.strictObject({ wait: WaitFor, ...StepModifiers }),
  z.strictObject({ expect: z.strictObject({ text: TextMatch }), ...StepModifiers }),
  z.strictObject({ capture: z.string().min(1), ...StepModifiers }),
])
export type Step = z.infer<typeof Step>
export const ACTIONS = ['goto', 'click', 'fill', 'check', 'uncheck', 'select', 'press', 'wait', 'expect', 'capture'] as const
export type Action = (typeof ACTIONS)[number]

/** The action of a step: its one key that is not a modifier, wherever it stands. */
export const actionOf = (step: Step): Action => ACTIONS.find((action) => action in step) ?? 'capture'

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
  role: FlowRole.optional().meta({ description: 'What the flow is for, when its name does not say it (a flow named "goodbye" that cancels): the rules read flows by role.' }),
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

/** A mailbox read over IMAP: the staging inbox the site's e-mails land in. */
export const ImapMailbox = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65_535),
  /** TLS from the first byte (port 993); without it the connection upgrades with STARTTLS when the
   * server offers it. */
  secure: z.boolean().default(false),
  user: z.string().min(1),
  password: z.string().min(1),
  folder: z.string().min(1).default('INBOX'),
})

/** A staging mail catcher's HTTP API (Mailpit), which keeps every message the site sent. */
export const MailpitMailbox = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  user: z.string().min(1).optional(),
  password: z.string().min(1).optional(),
})

/** Where the e-mails the site sends to the scenario's address can be read. */
export const Mailbox = z
  .strictObject({
    /** The address the scenario signs up with: only messages to it are collected. */
    address: z.string().regex(/^[^@\s]+@[^@\s]+$/, 'expected an e-mail address'),
    /** How long to wait after each flow for its messages (default 10 s). */
    waitMs: z.number().int().nonnegative().max(600_000).default(10_000),
    imap: ImapMailbox.optional(),
    mailpit: MailpitMailbox.optional(),
  })
  .superRefine((mailbox, ctx) => {
    if (Boolean(mailbox.imap) === Boolean(mailbox.mailpit)) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of imap or mailpit' })
    }
  })
export type Mailbox = z.infer<typeof Mailbox>

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
  /** The inbox of the scenario's address: after each flow the messages that arrived are recorded. */
  mailbox: Mailbox.optional(),
  flows: z.array(Flow).min(1),
})
export type ScenarioFile = z.infer<typeof ScenarioFile>
