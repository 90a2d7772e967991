import { z } from 'zod'
import { Box, PageSnapshot } from '../capture/page-snapshot.js'
import { StepMark } from '../scenario/step-mark.js'
import { FlowRole } from './flow-role.js'

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

/** A countdown's text at one moment. */
export const TimerReading = z.object({
  text: z.string(),
  capturedAt: z.string(),
})
export type TimerReading = z.infer<typeof TimerReading>

/** A countdown read on the walked page and on the same URL opened in a fresh browser context: a
 * timer that counts to a real deadline shows the same deadline in both. */
export const TimerProbe = z.object({
  /** Selector of the text block holding the countdown on the walked page. */
  selector: z.string(),
  /** As the step's snapshot showed it. */
  first: TimerReading,
  /** The same block (by selector; for a page with one timer, else its only countdown) on the fresh
   * page; absent when the fresh page showed no countdown. */
  fresh: TimerReading.optional(),
  /** The fresh page read again about a second later: a countdown with seconds has changed by then,
   * a date or a time of day has not. */
  freshAgain: TimerReading.optional(),
})
export type TimerProbe = z.infer<typeof TimerProbe>

export const UrgencyProbe = z.object({
  /** The URL opened in a new browser context (no cookies, no storage) of the same browser. */
  freshUrl: z.string(),
  /** The fresh page's URL after any redirect. */
  freshLandedUrl: z.string().optional(),
  timers: z.array(TimerProbe),
  /** Why the fresh reading could not be taken. */
  error: z.string().optional(),
})
export type UrgencyProbe = z.infer<typeof UrgencyProbe>

/** Why `cancelcheck scan` went to a page: the link it followed scored highest for a kind of page. */
export const DiscoveryReason = z.object({
  /** The kind of page looked for: pricing, signup, help, contact, account, cancel, terms. */
  category: z.string(),
  score: z.number(),
  /** The words and signals that scored, e.g. `text:"cancel"`, `href:/help`, `region:footer`. */
  matched: z.array(z.string()),
  /** The page the link was on. */
  from: z.string(),
})
export type DiscoveryReason = z.infer<typeof DiscoveryReason>

export const StepRecord = z.object({
  index: z.number().int(),
  kind: ActionKind,
  /** The step as written in the scenario, secrets replaced by `${env.NAME}`. */
  action: z.string(),
  /** 1-based line of the step in the scenario file, when known. */
  line: z.number().int().optional(),
  /** What the scenario says the step is: rules judge a marked step instead of guessing one. */
  mark: StepMark.optional(),
  target: StepTarget.optional(),
  /** For `expect` steps: whether the expected text was visible. */
  passed: z.boolean().optional(),
  /** For `capture` steps: the name given. */
  captureName: z.string().optional(),
  /** For steps a scan chose: why this page. */
  discovery: DiscoveryReason.optional(),
  url: z.string(),
  title: z.string(),
  startedAt: z.string(),
  /** From the start of the step until its action was done and the page had settled (load, a quiet
   * network up to 3 s, finite animations up to 1.5 s); the walker's evidence taking comes after. */
  durationMs: z.number(),
  /** For steps that act on an element or wait for something on the page: ms from the step's start
   * until the element was there and visible (or the awaited text, selector or URL showed up).
   * Playwright waits for it, so a page still loading its form shows here. */
  targetWaitMs: z.number().optional(),
  /** `skipped`: an optional step whose target did not show; nothing was done and the page was not
   * read again. */
  status: z.enum(['ok', 'failed', 'skipped']),
  error: z.string().optional(),
  /** Absent only when the page could not be read at all (e.g. the site never answered). */
  snapshot: PageSnapshot.optional(),
  /** Relative to the report folder. */
  screenshot: z.string().optional(),
  /** The top of the page, a quarter of its size, for filmstrips. */
  thumbnail: z.string().optional(),
  html: z.string().optional(),
  /** Set when the step's page showed a countdown: the same timer read again in a fresh context. */
  urgencyProbe: UrgencyProbe.optional(),
  /** The HTTP status of the document the step navigated to, when it navigated. */
  httpStatus: z.number().int().optional(),
  /** Requests still loading when the page was recorded (a pixel or script that never answers). */
  pendingRequests: z.array(z.string()).optional(),
  /** Set when the page was taller than a screenshot may be: its full height; the screenshot shows
   * its top. */
  screenshotCutAt: z.number().optional(),
  /** The address of a tab or popup the step opened; the walk went on there. */
  openedPage: z.string().optional(),
  /** Files the step made the browser download (a mail-in cancellation form). */
  downloads: z.array(z.object({ fileName: z.string(), type: z.string(), url: z.string() })).optional(),
  /** alert, confirm, prompt and beforeunload dialogs the page showed, and how they were answered. */
  dialogs: z.array(z.object({ type: z.string(), message: z.string(), response: z.enum(['accept', 'dismiss']) })).optional(),
})
export type StepRecord = z.infer<typeof StepRecord>

/** A block of a rendered e-mail (a heading, paragraph, list item, table cell) and where it sits in
 * the message's image, so a finding can outline it. */
export const MailBlock = z.object({ selector: z.string(), text: z.string(), box: Box })
export type MailBlock = z.infer<typeof MailBlock>

/** One e-mail the site sent to the scenario's address, as read from its mailbox. */
export const MailMessage = z.object({
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  /** The message's own Date header. */
  sentAt: z.string().optional(),
  /** When the mailbox received it: the order messages are judged in. */
  receivedAt: z.string(),
  /** The plain-text part, or the text of the HTML part when there is none. */
  text: z.string(),
  links: z.array(z.object({ text: z.string(), href: z.string() })),
  /** The HTML part rendered in the browser (scripts and remote content blocked), relative to the
   * report folder. */
  image: z.string().optional(),
  /** The text blocks of the rendered HTML, or of the text part when there is no HTML. */
  blocks: z.array(MailBlock),
})
export type MailMessage = z.infer<typeof MailMessage>

/** The messages that reached the scenario's address while a flow ran and in the wait after it. */
export const FlowMail = z.object({
  /** How long the walk waited after the flow; a wait cut short by quiet is shorter than the limit. */
  waitedMs: z.number(),
  messages: z.array(MailMessage),
  /** Why the mailbox could not be read (messages then are those read before the failure). */
  error: z.string().optional(),
})
export type FlowMail = z.infer<typeof FlowMail>

export const FlowTrace = z.object({
  name: z.string(),
  /** What the flow is for, when the scenario named it; else its name says it. */
  role: FlowRole.optional(),
  status: z.enum(['completed', 'failed', 'skipped']),
  error: z.string().optional(),
  /** The flow opened a browser context of its own instead of continuing the previous flow's. */
  fresh: z.boolean(),
  /** The name of the browser context the flow ran in, when the scenario named it: flows of one name
   * shared cookies, login and page, wherever they stand in the scenario. */
  context: z.string().optional(),
  durationMs: z.number(),
  steps: z.array(StepRecord),
  /** A Playwright trace of the flow (`--trace`), for `npx playwright show-trace`. */
  playwrightTrace: z.string().optional(),
  /** Set when the scenario names a mailbox: what arrived for its address during and after the flow. */
  mail: FlowMail.optional(),
  /** The last page again, a few seconds after the last step: what is still there is persistent
   * (a confirmation in a toast that has gone by then is not). */
  settled: z
    .object({
      afterMs: z.number(),
      snapshot: PageSnapshot,
      screenshot: z.string().optional(),
      thumbnail: z.string().optional(),
      html: z.string().optional(),
    })
    .optional(),
})
export type FlowTrace = z.infer<typeof FlowTrace>

/** The cookie banner a scan met on the home page, and what became of rejecting it. */
export const CookieBannerRecord = z.object({
  /** The consent platform recognised, by the name of its autoconsent rule. */
  cmp: z.string().optional(),
  found: z.boolean(),
  outcome: z.enum(['no-banner', 'rejected', 'reject-failed', 'not-handled']),
  /** The step that recorded the page with the banner as shown, before anything was clicked. */
  shownAt: z.object({ flow: z.string(), step: z.number().int().nonnegative() }).optional(),
  error: z.string().optional(),
})
export type CookieBannerRecord = z.infer<typeof CookieBannerRecord>

/** The jurisdictions a scan read off a site's own pages, with what it read them from ("prices in
 * EUR", ".de domain", "German text"). */
export const InferredJurisdictions = z.object({ tags: z.array(z.string()), because: z.array(z.string()) })
export type InferredJurisdictions = z.infer<typeof InferredJurisdictions>

export const SiteTrace = z.object({
  site: z.string(),
  baseUrl: z.string(),
  scenarioFile: z.string().optional(),
  /** `scan` when the pages were found by `cancelcheck scan` rather than walked from a scenario: no
   * account, nothing submitted, so only rules marked `scan` apply. */
  mode: z.enum(['scenario', 'scan']).optional(),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Set when the site as a whole could not be walked (browser crash, context creation). */
  error: z.string().optional(),
  /** Scans only: the cookie banner on the home page. */
  cookieBanner: CookieBannerRecord.optional(),
  /** The site's own jurisdictions, as its scenario names them: only their law (and their parents')
   * is applied to it. */
  jurisdictions: z.array(z.string()).optional(),
  /** Scans only: the jurisdictions read off the site's pages; applied as a scenario's would be. */
  jurisdictionsInferred: InferredJurisdictions.optional(),
  flows: z.array(FlowTrace),
})
export type SiteTrace = z.infer<typeof SiteTrace>

/** The trace of a site that could not be walked at all (a refusal by robots.txt, a browser that
 * would not open a context): still a line of the report, saying why. */
export function unwalkedSite(about: Pick<SiteTrace, 'site' | 'baseUrl' | 'mode' | 'scenarioFile' | 'jurisdictions'>, error: string): SiteTrace {
  return { ...about, startedAt: new Date().toISOString(), durationMs: 0, error, flows: [] }
}
