import { z } from 'zod'
import { FlowRole } from '../artifacts/flow-role.js'
import { CookieBannerRecord, InferredJurisdictions } from '../artifacts/site-trace.js'
import { Box } from '../capture/page-snapshot.js'
import { StepMark } from '../scenario/step-mark.js'

export const SCHEMA_VERSION = 1

export const Severity = z.enum(['critical', 'serious', 'moderate', 'minor', 'info'])
export type Severity = z.infer<typeof Severity>
/** Most severe first; `--fail-on X` fails on X and everything before it. */
export const SEVERITY_ORDER: readonly Severity[] = Severity.options

/** The OECD's dark-pattern categories (OECD 2022, "Dark commercial patterns"). */
export const OecdCategory = z.enum([
  'forced-action',
  'interface-interference',
  'nagging',
  'obstruction',
  'sneaking',
  'social-proof',
  'urgency',
])

/** A jurisdiction tag in the form axe-style tags take: a country or bloc (`us`, `eu`, `de`, `uk`),
 * optionally with a state (`us-ca`). The known tags live in src/rules/jurisdictions.ts. */
export const JurisdictionTag = z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/)

export const LegalReference = z.object({
  /** Short name of the instrument, e.g. "EU CRD", "ROSCA", "CA ARL". */
  law: z.string(),
  /** Precise citation, e.g. "Directive 2011/83/EU, Art. 22". */
  cite: z.string(),
  /** Jurisdiction tag: us, us-ca, us-ma, eu, de, uk... */
  jurisdiction: JurisdictionTag,
  url: z.url({ protocol: /^https?$/ }),
  /** ISO date from which the provision applies. Absent for provisions with no single date (a
   * directive applied by each member state on its own timetable, a case-law rule): those count as
   * in force. Before this date a reference is informational. */
  effectiveFrom: z.iso.date().optional(),
  /** `false` for a provision that is enacted but whose commencement date is not yet set: it stays
   * informational until it gets its `effectiveFrom`. */
  commenced: z.literal(false).optional(),
  note: z.string().optional(),
})
export type LegalReference = z.infer<typeof LegalReference>

export { FlowRole } from '../artifacts/flow-role.js'

/** What a rule needs of a flow it reads. A flow that stopped before it leaves the rule unable to
 * conclude; src/rules/lib/requirements.ts says when each is reached:
 * - `every-page`: every page of the flow, to its end (what a stopped flow showed is still read);
 * - `final-page`: the page the flow ended on;
 * - `any-page`: the pages the flow reached, whatever became of it after;
 * - `cancel-entry`: the press on the control that leads into cancelling ("Cancel membership");
 * - `cancellation-form`: the form that asks to confirm the cancellation, after choosing to cancel;
 * - `contact-page`: the first page showing an e-mail address, phone number or contact form. */
export const FlowNeed = z.enum(['every-page', 'final-page', 'any-page', 'cancel-entry', 'cancellation-form', 'contact-page'])
export type FlowNeed = z.infer<typeof FlowNeed>

/** One kind of flow a rule reads (Lighthouse's `requiredArtifacts`): the runner hands the rule only
 * those flows, and decides `not-applicable` and `error` from what was walked. */
export const Requirement = z.object({
  /** A flow of any of these roles meets the requirement; `any` is every flow walked, whatever its name. */
  flows: z.array(z.union([FlowRole, z.literal('any')])).min(1),
  needs: FlowNeed,
  /** Read when walked; the rule applies without such a flow. */
  optional: z.literal(true).optional(),
})
export type Requirement = z.infer<typeof Requirement>

/** How a rule decides, for its documentation page: its thresholds and why they are where they are,
 * as points, with one case it reports and one look-alike it leaves alone, a sentence each. */
export const RuleDecides = z.object({
  how: z.array(z.string().min(1)).min(1),
  flagged: z.string().min(1),
  notFlagged: z.string().min(1),
})
export type RuleDecides = z.infer<typeof RuleDecides>

export const RuleMeta = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string(),
  category: OecdCategory,
  severity: Severity,
  /** The flows the rule reads and what it needs of them; every requirement not `optional` must be met
   * by a walked flow for the rule to apply. */
  requires: z.array(Requirement).min(1),
  /** The rule reads pages anyone can open (help, pricing, signup forms before sending): `cancelcheck
   * scan` runs it on the pages it discovers. Rules that need an account or a finished flow do not. */
  scan: z.boolean().optional(),
  references: z.array(LegalReference).min(1),
  /** Where a jurisdiction weighs the pattern differently from the default `severity`, e.g. a rule
   * resting on German law alone is `critical` for `de` and `info` elsewhere. In a profile, the
   * highest override wins among the chosen jurisdictions where one of the rule's own provisions is
   * in force; each key needs a reference in that jurisdiction. */
  severityByJurisdiction: z.record(JurisdictionTag, Severity).optional(),
  help: z.string(),
  fix: z.string(),
  decides: RuleDecides,
})
export type RuleMeta = z.infer<typeof RuleMeta>

/** Facts a rule measured, shown beside the finding (e.g. clicksToCancel: 7). */
export const Facts = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))

export const Evidence = z.object({
  url: z.string().optional(),
  selector: z.string().optional(),
  text: z.string().optional(),
  /** In page coordinates on the step's full-page screenshot. */
  box: Box.optional(),
  screenshot: z.string().optional(),
  facts: Facts.default({}),
})
export type Evidence = z.infer<typeof Evidence>

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  site: z.string(),
  flow: z.string(),
  /** Index of the step whose page shows the evidence; null when the finding is about a whole flow. */
  step: z.number().int().nullable(),
  message: z.string(),
  evidence: Evidence,
  references: z.array(LegalReference),
  /** Stable across runs: rule, site, flow and the element's normalised text (src/report/fingerprint.ts),
   * so a baseline can tell a finding seen before from a new one. */
  fingerprint: z.string().optional(),
  /** Set when the run was compared with a baseline report. */
  baseline: z.enum(['new', 'unchanged']).optional(),
})
export type Finding = z.infer<typeof Finding>

export const Outcome = z.enum(['fail', 'needs-review', 'pass', 'not-applicable', 'error'])
export type Outcome = z.infer<typeof Outcome>

export const RuleResult = z.object({
  ruleId: z.string(),
  outcome: Outcome,
  /** Why: required for every outcome but `fail` and `pass`. */
  reason: z.string().optional(),
  findings: z.array(Finding),
})
export type RuleResult = z.infer<typeof RuleResult>

export const ReportStep = z.object({
  index: z.number().int(),
  kind: z.string(),
  action: z.string(),
  line: z.number().int().optional(),
  url: z.string(),
  title: z.string(),
  durationMs: z.number(),
  /** `skipped`: an optional step whose target did not show. */
  status: z.enum(['ok', 'failed', 'skipped']),
  error: z.string().optional(),
  /** What the scenario says the step is (`places-order`, `confirms-cancellation`, ...). */
  mark: StepMark.optional(),
  passed: z.boolean().optional(),
  screenshot: z.string().optional(),
  /** A small JPEG of the top of the page, for filmstrips. */
  thumbnail: z.string().optional(),
  /** For a scan: why this page was chosen (the kind of page, the score, what matched). */
  discovery: z.object({ category: z.string(), score: z.number(), matched: z.array(z.string()), from: z.string() }).optional(),
})

export const ReportFlow = z.object({
  name: z.string(),
  /** What the flow is for, when its scenario named it. */
  role: FlowRole.optional(),
  status: z.enum(['completed', 'failed', 'skipped']),
  error: z.string().optional(),
  /** The browser context the flow ran in, when the scenario named it: flows of one name shared
   * cookies, login and page. */
  context: z.string().optional(),
  durationMs: z.number(),
  steps: z.array(ReportStep),
  /** Relative path of the flow's Playwright trace, when `--trace` kept one. */
  playwrightTrace: z.string().optional(),
  /** The e-mails that reached the scenario's address during and after the flow, when it names a
   * mailbox; their text and links stay in the trace. */
  mail: z
    .object({
      waitedMs: z.number(),
      error: z.string().optional(),
      messages: z.array(z.object({ from: z.string(), subject: z.string(), receivedAt: z.string(), image: z.string().optional() })),
    })
    .optional(),
})
export type ReportFlow = z.infer<typeof ReportFlow>

export const SiteReport = z.object({
  site: z.string(),
  baseUrl: z.string(),
  scenarioFile: z.string().optional(),
  /** `scan` when the pages were found by `cancelcheck scan`, not walked from a scenario. */
  mode: z.enum(['scenario', 'scan']).optional(),
  /** Scans of a `--urls` list: the list file (relative to the folder the scan ran in) and the 1-based
   * line of this site's URL, so that code scanning can show a site's findings in the repository. */
  listedAt: z.object({ file: z.string(), line: z.number().int().positive() }).optional(),
  /** `incomplete` when a flow failed or the site could not be walked. */
  status: z.enum(['complete', 'incomplete']),
  error: z.string().optional(),
  durationMs: z.number(),
  /** Scans only: the cookie banner met on the home page, and whether declining it worked. */
  cookieBanner: CookieBannerRecord.optional(),
  /** The legal systems this site was judged under, parents included, when it has its own (named by
   * its scenario, or inferred by a scan): those of the report that are its own. Absent: the report's. */
  jurisdictions: z.array(JurisdictionTag).optional(),
  /** Scans only: the jurisdictions read off the site's pages, and from what. */
  jurisdictionsInferred: InferredJurisdictions.optional(),
  /** Relative path of the full trace (snapshots included) in the report folder. */
  trace: z.string().optional(),
  flows: z.array(ReportFlow),
  results: z.array(RuleResult),
})
export type SiteReport = z.infer<typeof SiteReport>

/** A rule as reports written before `requires` list it, with the flows it read by name (`*` for all):
 * read as a requirement of every page of those flows, so that such a report still serves as a
 * baseline or a shard to merge. */
function requirementsFromFlows(rule: unknown): unknown {
  if (typeof rule !== 'object' || rule === null || 'requires' in rule || !('flows' in rule) || !Array.isArray(rule.flows)) return rule
  const { flows, ...rest } = rule
  const roles = flows.includes('*') ? [] : flows.filter((f) => FlowRole.safeParse(f).success)
  return { ...rest, requires: [{ flows: roles.length > 0 ? roles : ['any'], needs: 'every-page' }] }
}

/** A rule as a report lists it. Reports written before every rule said how it decides in points lack
 * `decides`, or hold Markdown there with `examples` beside it: such a report still serves as a
 * baseline or a shard to merge, its Markdown kept as one point. */
export const ReportedRule = RuleMeta.extend({ decides: RuleDecides.optional() })
export type ReportedRule = z.infer<typeof ReportedRule>

const OlderExamples = RuleDecides.pick({ flagged: true, notFlagged: true })

function decidesAsPoints(rule: unknown): unknown {
  if (typeof rule !== 'object' || rule === null || !('decides' in rule) || typeof rule.decides !== 'string') return rule
  const { decides, examples, ...rest } = rule as { decides: string; examples?: unknown }
  const cases = OlderExamples.safeParse(examples)
  return cases.success && decides.trim() ? { ...rest, decides: { how: [decides], ...cases.data } } : rest
}

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('cancelcheck'), version: z.string() }),
  generatedAt: z.string(),
  failOn: Severity,
  /** The legal systems the report speaks for, parents included (choosing `de` brings in `eu`). */
  jurisdictions: z.array(JurisdictionTag),
  /** The day the law is read as of: references that start after it are informational. */
  auditDate: z.iso.date(),
  rules: z.array(z.preprocess((rule) => decidesAsPoints(requirementsFromFlows(rule)), ReportedRule)),
  /** Rules set to `warn` in the config file: shown, never failing the build. */
  warnOnly: z.array(z.string()).optional(),
  /** Present when the run was compared with an earlier report (`--baseline`). */
  baseline: z
    .object({
      /** The baseline file as given on the command line. */
      file: z.string(),
      generatedAt: z.string(),
      newCount: z.number().int(),
      unchangedCount: z.number().int(),
      /** Findings of the baseline that this run no longer shows. */
      fixed: z.array(Finding),
    })
    .optional(),
  /** Present when SIGINT or SIGTERM ended the audit early: the report holds the sites finished
   * before it, and names those it does not hold. */
  interrupted: z
    .object({
      signal: z.enum(['SIGINT', 'SIGTERM']),
      /** Sites not audited: not started, or cut off by the signal. */
      notAudited: z.array(z.string()),
    })
    .optional(),
  sites: z.array(SiteReport),
})
export type Report = z.infer<typeof Report>
