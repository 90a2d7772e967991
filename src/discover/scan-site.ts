import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright'
import type { CookieBannerRecord, FlowTrace, SiteTrace, StepRecord } from '../artifacts/site-trace.js'
import type { PageSnapshot } from '../capture/page-snapshot.js'
import { describeElement, takeSnapshot } from '../capture/take-snapshot.js'
import { bounded } from '../walk/bounded.js'
import { countdownProber } from '../walk/probe-countdown.js'
import { gotoPage } from '../walk/navigate.js'
import { errorMessage } from '../walk/error-message.js'
import { redactStrings } from '../walk/secret-encodings.js'
import { waitForSettled, watchDomChanges } from '../walk/settle.js'
import { type Tab, watchTab } from '../walk/page-events.js'
import { recordStep, VIEWPORT } from '../walk/record-step.js'
import { type CookieBannerSighting, type CookieBannerWatch, prepareCookieBanner } from './cookie-banner.js'
import type { LinkCategory } from './discovery-lexicon.js'
import { FOLLOW_SCORE, type LinkCandidate, scoreLinks } from './score-links.js'

export interface ScanSiteOptions {
  /** The report folder; evidence goes to `<outDir>/<siteDir>/`. */
  outDir: string
  /** Relative to outDir, e.g. `sites/0001-shop-example`. */
  siteDir: string
  /** For each page load, click and evidence capture. */
  timeoutMs: number
  /** Distinct pages opened, home included (default 12). */
  maxPages?: number
  /** Clicks from the home page (default 3). */
  maxDepth?: number
  /** For the whole site, from opening the home page to the last step (default 60 s). Once spent, no
   * further page is looked for; a path already chosen is walked to its end. */
  budgetMs?: number
  /** Sent with every request, so the site's operators can see who visits. */
  userAgent: string
  /** At least this long between two page loads on the site (default 500 ms), so a sweep never hammers
   * one host. */
  pageDelayMs?: number
  /** Whether the site lets a crawler open this address (its robots.txt); default: every address. */
  mayVisit?: (url: string) => boolean
  /** Called with each page's address the first time the scan opens it. */
  onPage?: (url: string) => void
  /** Values scrubbed from the trace and masked in screenshots, in every encoding (see url-secrets.ts). */
  secrets?: readonly string[]
}

export const SCAN_DEFAULTS = { maxPages: 12, maxDepth: 3, budgetMs: 60_000, pageDelayMs: 500 } as const

/** A link that navigates does so at once; a button that stays on the page should not cost a full
 * timeout before its address is opened directly. */
const NAVIGATION_WAIT_MS = 5_000

/** One hop of a path from the home page: the link followed and the page it was on. */
interface Hop {
  candidate: LinkCandidate
  from: string
}

/** A page and the clicks from home that reach it. */
interface Place {
  url: string
  hops: Hop[]
}

/** What one flow looks for, in order: each stage starts from the page the previous stage reached (and
 * from home, unless `fromLastOnly`), looking through `via` pages where the link is not in sight. */
interface Stage {
  find: LinkCategory[]
  via?: LinkCategory[]
  fromLastOnly?: boolean
  /** Keep following such links from each page reached, as long as depth and budget allow. */
  repeat?: boolean
}

const FLOWS: ReadonlyArray<{ name: string; stages: Stage[] }> = [
  { name: 'signup', stages: [{ find: ['pricing'] }, { find: ['signup'] }] },
  { name: 'support', stages: [{ find: ['help'] }, { find: ['contact'] }] },
  {
    name: 'cancel',
    stages: [
      { find: ['cancel'], via: ['help', 'account'] },
      // "Kündigen" pages lead on to a form or a login; that login is what a cancel link asks of people.
      { find: ['cancel', 'account'], fromLastOnly: true, repeat: true },
    ],
  },
  { name: 'terms', stages: [{ find: ['terms'], via: ['help'] }] },
]

/** Finds, on a site nobody wrote a scenario for, the pages that matter (plans and signup, help and
 * contact, cancellation, terms) by scoring its links, and walks to each from the home page in real
 * Chromium, keeping the same evidence as a scenario walk. Nothing is typed or submitted, and nothing
 * that pays, orders, signs out or deletes is ever clicked. A failing step ends its flow; a home page
 * that does not open ends the scan of the site with `error` and no flows. */
export async function scanSite(browser: Browser, startUrl: string, options: ScanSiteOptions): Promise<SiteTrace> {
  const started = Date.now()
  const start = new URL(startUrl)
  const trace: SiteTrace = {
    // By address, not host: two sites served from one host under different paths stay apart.
    site: `${start.host}${start.pathname.replace(/\/+$/, '')}`,
    baseUrl: `${start.origin}/`,
    mode: 'scan',
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    flows: [],
  }
  let context: BrowserContext | undefined
  const openContext = async (): Promise<BrowserContext> => {
    const opened = await browser.newContext({
      userAgent: options.userAgent,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'en-US',
      serviceWorkers: 'block',
    })
    await watchDomChanges(opened)
    opened.setDefaultTimeout(options.timeoutMs)
    opened.setDefaultNavigationTimeout(options.timeoutMs)
    return opened
  }
  // A countdown next to an offer is read again in a fresh context, as a scenario walk does: a timer
  // that starts over for every visitor is what fake-urgency looks for.
  const probes = countdownProber(openContext, options.timeoutMs)
  try {
    await mkdir(join(options.outDir, options.siteDir), { recursive: true })
    context = await openContext()
    const { flows, homeError, cookieBanner } = await scanPages(context, startUrl, options, started, probes.probe)
    trace.flows = flows
    if (cookieBanner) trace.cookieBanner = cookieBanner
    if (homeError) trace.error = homeError
  } catch (err) {
    trace.error = errorMessage(err)
  } finally {
    await probes.settled()
    await context?.close().catch(() => undefined)
  }
  trace.durationMs = Date.now() - started
  return redactStrings(trace, options.secrets ?? [])
}

interface FlowState {
  trace: FlowTrace
  number: number
  /** The hops walked since the flow last opened the home page; undefined before the first. */
  at: Hop[] | undefined
  /** Links already followed in this flow, by address (or page and selector for a button). */
  followed: Set<string>
}

class StepFailed extends Error {}

/** Finds and walks the flows of one site in `context`: pages seen, pages opened and time left are
 * shared by all flows. */
async function scanPages(
  context: BrowserContext,
  startUrl: string,
  options: ScanSiteOptions,
  started: number,
  /** Called with each step whose page was read, and when. */
  onRead: (entry: StepRecord, snapshotAt: number) => void,
): Promise<{ flows: FlowTrace[]; homeError?: string; cookieBanner?: CookieBannerRecord }> {
  const home = withoutHash(new URL(startUrl).href)
  const known = new Map<string, PageSnapshot>()
  const opened = new Set<string>()
  const deadline = started + (options.budgetMs ?? SCAN_DEFAULTS.budgetMs)
  const maxPages = options.maxPages ?? SCAN_DEFAULTS.maxPages
  const maxDepth = options.maxDepth ?? SCAN_DEFAULTS.maxDepth
  const pageDelayMs = options.pageDelayMs ?? SCAN_DEFAULTS.pageDelayMs
  let lastLoad = 0
  const politePause = async (): Promise<void> => {
    const wait = lastLoad + pageDelayMs - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    lastLoad = Date.now()
  }
  let origin = new URL(startUrl).origin
  let walkPage: Tab | undefined
  let peekPage: Tab | undefined

  // Met once, on the first page opened: rejected there, the banner stays away from every later page.
  let cookieBanner: CookieBannerRecord | undefined
  let meetCookieBanner = true
  const homeFlow = newFlow('home', 0)
  const homeStarted = Date.now()
  await walkTo(homeFlow, { url: home, hops: [] })
  homeFlow.trace.durationMs = Date.now() - homeStarted
  if (homeFlow.trace.status === 'failed') {
    return { flows: [], homeError: `could not open ${startUrl}: ${homeFlow.trace.steps[0]?.error ?? homeFlow.trace.error ?? 'no answer'}`, ...(cookieBanner ? { cookieBanner } : {}) }
  }
  const flows: FlowTrace[] = [homeFlow.trace]
  for (const [i, spec] of FLOWS.entries()) {
    const flow = newFlow(spec.name, i + 1)
    await runFlow(flow, spec.stages)
    if (flow.trace.steps.length > 0) flows.push(flow.trace)
  }
  return { flows, ...(cookieBanner ? { cookieBanner } : {}) }

  function newFlow(name: string, number: number): FlowState {
    return { trace: { name, status: 'completed', fresh: number === 0, durationMs: 0, steps: [] }, number, at: undefined, followed: new Set() }
  }

  async function runFlow(flow: FlowState, stages: readonly Stage[]): Promise<void> {
    const started = Date.now()
    const homePlace: Place = { url: home, hops: [] }
    let last: Place | undefined
    for (const stage of stages) {
      if (flow.trace.status === 'failed') break
      if (stage.fromLastOnly && !last) continue
      for (;;) {
        const starts = last ? (stage.fromLastOnly ? [last] : [last, homePlace]) : [homePlace]
        const found = await find(stage, starts, flow.followed)
        if (!found) break
        flow.followed.add(followKey(found.from, found.candidate))
        const reached = await walkTo(flow, {
          url: found.candidate.url ?? found.from.url,
          hops: [...found.from.hops, { candidate: found.candidate, from: found.from.url }],
        })
        if (!reached) break
        last = reached
        if (!stage.repeat) break
      }
    }
    flow.trace.durationMs = Date.now() - started
  }

  /** The best link for one of the stage's categories, breadth first from `starts`, through `via`
   * pages when the link is not in sight, within depth, pages and time. */
  async function find(stage: Stage, starts: Place[], followed: Set<string>): Promise<{ from: Place; candidate: LinkCandidate } | undefined> {
    const queue = [...starts]
    const queued = new Set(starts.map((p) => p.url))
    while (queue.length > 0 && Date.now() < deadline) {
      const place = queue.shift()
      if (!place || place.hops.length >= maxDepth) continue
      const snapshot = await look(place)
      if (!snapshot) continue
      const candidates = scoreLinks(snapshot, origin).filter((c) => c.score >= FOLLOW_SCORE)
      const hit = candidates.find(
        (c) =>
          stage.find.includes(c.category) &&
          !followed.has(followKey(place, c)) &&
          !(c.url && place.hops.some((h) => h.from === c.url)) &&
          mayOpen(c.url),
      )
      if (hit) return { from: place, candidate: hit }
      if (place.hops.length + 2 > maxDepth) continue
      for (const category of stage.via ?? []) {
        const via = candidates.find((c) => c.category === category && c.url && !queued.has(c.url))
        if (!via?.url) continue
        queued.add(via.url)
        queue.push({ url: via.url, hops: [...place.hops, { candidate: via, from: place.url }] })
      }
    }
    return undefined
  }

  /** A page's snapshot: as seen before, or read on a second tab without evidence (a page looked
   * through for a link, not one a flow is about). */
  async function look(place: Place): Promise<PageSnapshot | undefined> {
    const seen = known.get(place.url)
    if (seen) return seen
    if (!mayOpen(place.url)) return undefined
    try {
      peekPage ??= await openPage()
      const { page, network } = peekPage
      await politePause()
      const started = Date.now()
      noteOpened(place.url)
      const response = await gotoPage(page, place.url, options.timeoutMs)
      if (response && response.status() >= 400) return undefined
      await waitForSettled(page, network, started, options.timeoutMs)
      const snapshot = await bounded(takeSnapshot(page), options.timeoutMs, 'reading the page')
      known.set(place.url, snapshot)
      return snapshot
    } catch {
      return undefined
    }
  }

  function mayOpen(url: string | undefined): boolean {
    if (Date.now() >= deadline) return false
    if (url !== undefined && options.mayVisit && !options.mayVisit(url)) return false
    return (url !== undefined && opened.has(url)) || opened.size < maxPages
  }

  function noteOpened(url: string): void {
    if (opened.has(url)) return
    opened.add(url)
    options.onPage?.(url)
  }

  async function openPage(): Promise<Tab> {
    // A scan answers no question a page asks: confirm and prompt are dismissed, as a cautious visitor would.
    return watchTab(await context.newPage(), 'dismiss')
  }

  /** Walks the flow to `target`: on from where it stands when that is on the way, else from a fresh
   * look at the home page. Returns the place reached, or undefined when a step failed (the flow is
   * then marked failed). */
  async function walkTo(flow: FlowState, target: Place): Promise<Place | undefined> {
    try {
      walkPage ??= await openPage()
      let from = flow.at && isPrefix(flow.at, target.hops) ? flow.at.length : -1
      if (from < 0) {
        let banner: CookieBannerWatch | undefined
        let sighting: CookieBannerSighting | undefined
        const landed = await step(flow, 'goto', `goto ${JSON.stringify(startUrl)}`, undefined, home, async (page) => {
          banner = meetCookieBanner ? await prepareCookieBanner(page) : undefined
          meetCookieBanner = false
          const response = await gotoPage(page, startUrl, options.timeoutMs)
          // An error page is not the site: its links and texts would be judged as if they were.
          if (response && response.status() >= 400) throw new Error(`the page answered HTTP ${response.status()}`)
          // The page is recorded with the banner as a visitor first sees it; it is rejected after.
          sighting = await banner?.detect(options.timeoutMs)
          return sighting?.found ? { note: `${sighting.cmp} cookie banner shown` } : {}
        })
        if (banner) cookieBanner = await meetBanner(flow, banner, sighting?.found ? landed.index : undefined)
        // A site that moves its home to another host (example.com to www.example.com) links from there.
        origin = new URL(landed.url).origin
        flow.at = []
        from = 0
      }
      let url = target.hops.length === 0 ? home : target.url
      for (const hop of target.hops.slice(from)) {
        const element = hop.candidate.element
        const label = element.text || element.name || element.selector
        const record = await step(flow, 'click', `click ${JSON.stringify(label)}`, hop, hop.candidate.url, (page) =>
          follow(page, hop, options.timeoutMs),
        )
        flow.at?.push(hop)
        url = withoutHash(record.url)
      }
      return { url, hops: target.hops }
    } catch (err) {
      flow.trace.status = 'failed'
      const last = flow.trace.steps.at(-1)
      flow.trace.error = err instanceof StepFailed && last ? `step ${last.index} (${last.action}): ${err.message}` : errorMessage(err)
      return undefined
    }
  }

  /** Rejects the banner the home page showed, as a step of its own so that the report shows the page
   * before and after. */
  async function meetBanner(flow: FlowState, banner: CookieBannerWatch, shownStep: number | undefined): Promise<CookieBannerRecord> {
    if (shownStep === undefined) return banner.reject(options.timeoutMs)
    let record: CookieBannerRecord | undefined
    await step(flow, 'click', 'reject the cookie banner', undefined, undefined, async () => {
      record = await banner.reject(options.timeoutMs)
      if (record.outcome === 'rejected') return { note: `by ${record.cmp}'s reject option` }
      return { note: `${record.outcome === 'reject-failed' ? 'no way to decline found' : 'could not be declined'}; the banner stays` }
    })
    return { ...(record ?? { found: true, outcome: 'not-handled' }), shownAt: { flow: flow.trace.name, step: shownStep } }
  }

  /** One step with its evidence; the snapshot is remembered for the pages looked through later. */
  async function step(
    flow: FlowState,
    kind: 'goto' | 'click',
    action: string,
    hop: Hop | undefined,
    /** The address asked for, remembered beside the one landed on (a redirect to a login page). */
    requested: string | undefined,
    act: (page: Page) => Promise<{ target?: StepRecord['target']; note?: string }>,
  ): Promise<StepRecord> {
    const tab = (walkPage ??= await openPage())
    await politePause()
    const index = flow.trace.steps.length
    const entry: StepRecord = {
      index,
      kind,
      action,
      url: tab.page.url(),
      title: '',
      startedAt: new Date().toISOString(),
      durationMs: 0,
      status: 'ok',
      ...(hop ? { discovery: { category: hop.candidate.category, score: hop.candidate.score, matched: hop.candidate.matched, from: hop.from } } : {}),
    }
    flow.trace.steps.push(entry)
    const base = `${options.siteDir}/${String(flow.number + 1).padStart(2, '0')}-${flow.trace.name}-${String(index).padStart(2, '0')}`
    const recorded = await recordStep(
      tab,
      entry,
      base,
      async () => {
        const done = await act(tab.page)
        return { ...(done.target ? { target: done.target } : {}), ...(done.note ? { action: `${action} (${done.note})` } : {}) }
      },
      { outDir: options.outDir, timeoutMs: options.timeoutMs, secrets: options.secrets ?? [], onRead },
    )
    // The next step starts where a visitor would be looking: in the tab or popup this one opened.
    walkPage = recorded.tab
    const landed = withoutHash(entry.url)
    if (landed !== 'about:blank') noteOpened(landed)
    if (!recorded.failure && entry.snapshot) {
      known.set(landed, entry.snapshot)
      if (requested && !known.has(requested)) known.set(requested, entry.snapshot)
    }
    if (recorded.failure) throw new StepFailed(recorded.failure)
    return entry
  }
}

/** Clicks the link as a visitor would, opening the menu it hides in first; when the click does not
 * navigate (a link opening a new tab, a covered element, a menu that would not open), opens the
 * link's address instead. */
async function follow(page: Page, hop: Hop, timeoutMs: number): Promise<{ target?: StepRecord['target']; note?: string }> {
  const { element, url } = hop.candidate
  const recorded = { selector: element.selector, text: element.text || element.name, tag: element.tag }
  const before = withoutHash(page.url())
  // Elements inside shadow roots and frames have selectors relative to those; their address is enough.
  const locator = element.context ? undefined : page.locator(element.selector).first()
  let target: StepRecord['target'] = recorded
  let clicked = false
  if (locator && (await locator.count().catch(() => 0)) > 0) {
    // The page may have changed since its snapshot; what submits a form is never clicked.
    if (await submitsForm(locator)) throw new Error(`${element.selector} now submits a form; a scan never submits`)
    target = (await describeElement(locator, timeoutMs)) ?? recorded
    await reveal(locator)
    clicked = await locator.click({ timeout: Math.min(timeoutMs, NAVIGATION_WAIT_MS) }).then(
      () => true,
      () => false,
    )
    if (clicked && url) {
      await page.waitForURL((u) => withoutHash(u.href) !== before, { timeout: Math.min(timeoutMs, NAVIGATION_WAIT_MS), waitUntil: 'commit' }).catch(() => undefined)
    }
  }
  if (withoutHash(page.url()) === before && url && url !== before) {
    await gotoPage(page, url, timeoutMs)
    return { target, note: clicked ? 'the click did not navigate; opened by its address' : 'not clickable; opened by its address' }
  }
  if (!clicked) throw new Error(`could not click ${element.selector}`)
  return { target }
}

function submitsForm(locator: Locator): Promise<boolean> {
  return locator
    .evaluate((el) => (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.form !== null && (el.type === 'submit' || el.type === 'image'))
    .catch(() => true)
}

/** Opens what hides a link: the `<details>` it sits in (as clicking its summary would), or a menu
 * that shows on hover over one of its ancestors. */
async function reveal(locator: Locator): Promise<void> {
  if (await locator.isVisible().catch(() => false)) return
  const summaries = await locator
    .evaluate((el) => {
      let count = 0
      for (let node = el.parentElement; node; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement && !node.open) {
          node.setAttribute('data-cancelcheck-reveal', String(count++))
        }
      }
      return count
    })
    .catch(() => 0)
  // Outermost first, as a visitor opens nested menus.
  for (let i = summaries - 1; i >= 0; i--) {
    await locator
      .page()
      .locator(`details[data-cancelcheck-reveal="${i}"] > summary`)
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined)
  }
  if (summaries > 0) {
    await locator.page().evaluate(() => document.querySelectorAll('[data-cancelcheck-reveal]').forEach((n) => n.removeAttribute('data-cancelcheck-reveal'))).catch(() => undefined)
  }
  for (let level = 1; level <= 4 && !(await locator.isVisible().catch(() => false)); level++) {
    await locator
      .locator(`xpath=ancestor::*[${level}]`)
      .hover({ timeout: 1_000 })
      .catch(() => undefined)
  }
}

function isPrefix(walked: readonly Hop[], path: readonly Hop[]): boolean {
  return walked.length <= path.length && walked.every((hop, i) => path[i]?.candidate.element.selector === hop.candidate.element.selector && path[i]?.from === hop.from)
}

const followKey = (place: Place, candidate: LinkCandidate): string => candidate.url ?? `${place.url} ${candidate.element.selector}`

function withoutHash(url: string): string {
  const hash = url.indexOf('#')
  return hash < 0 ? url : url.slice(0, hash)
}

