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
  fresh: z.boolean().default(false),
  steps: z.array(Step).min(1),
})
export type Flow = z.infer<typeof Flow>

/** A jurisdiction tag the rules know (src/rules/jurisdictions.ts). */
const Jurisdiction = z.string().superRefine((tag, ctx) => {
  if (!isJurisdiction(tag)) ctx.addIssue({ code: 'custom', message: `unknown jurisdiction "${tag}" (expected one of ${JURISDICTION_TAGS.join(', ')})` })
})

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
  jurisdictions: z.array(Jurisdiction).min(1).optional(),
  /** The inbox of the scenario's address: after each flow the messages that arrived are recorded. */
  mailbox: Mailbox.optional(),
  flows: z.array(Flow).min(1),
})
export type ScenarioFile = z.infer<typeof ScenarioFile>
