import type { TimerProbe, TimerReading } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { countdownBlocks, timerContext } from '../capture/countdown-blocks.js'
import type { TextBlock } from '../capture/page-snapshot.js'
import { offerWordsLoosely, readCountdown, readCountdownLoosely, type CountdownReading } from '../text/countdown.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import { ftcActDeception, ucpdFalseLimitedTime, ukDmccBannedPractices } from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { pagePath, pathOf, ranFlows, seenSteps, type SeenStep } from './lib/flows.js'
import { conclude } from './lib/outcome.js'

/** Beyond the readings' own resolution: the two pages are read a tenth of a second apart, and a
 * timer may redraw a moment after its second changes. */
const SLACK_SECONDS = 1

interface Deadline {
  reading: TimerReading
  countdown: CountdownReading
  /** Ms since the epoch. */
  endsAt: number
}

function deadlineOf(reading: TimerReading | undefined, lang: string | undefined): Deadline | undefined {
  if (!reading) return undefined
  const countdown = readCountdown(reading.text, { lang })
  if (!countdown) return undefined
  return { reading, countdown, endsAt: Date.parse(reading.capturedAt) + countdown.remainingSeconds * 1000 }
}

const clock = (ms: number): string => `${new Date(ms).toISOString().slice(11, 19)} UTC`

export default defineRule({
  meta: {
    id: 'fake-urgency',
    title: 'Offer countdown starts again or stands still',
    category: 'urgency',
    severity: 'serious',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    scan: true,
    references: [ucpdFalseLimitedTime, ukDmccBannedPractices, ftcActDeception],
    help: 'A countdown that shows a full ten minutes to everyone who arrives claims a deadline that does not exist, to rush people into paying before they have compared or read the terms. Falsely stating that an offer is available only for a very limited time is banned outright in the EU and the UK.',
    fix: 'Show a countdown only to a real deadline that is the same for every visitor, or state the end date instead.',
    decides: {
      how: [
        'Finds countdowns on every page: a block whose words make its digits a time left ("ends in 09:59", "2d 03h left", "Nur noch für 04:58 gültig"), or a timer drawn as one block per unit, read together when its numbers stand in one row with a unit under or beside each ("12" over "Hours") or colons between them. Numbers in a row with neither are page numbers or ratings.',
        'Keeps only countdowns that put a deadline on an offer: offer words ("deal", "sale", "% off", "promo", "Angebot", "Rabatt"...) in the timer, its region, the blocks up to 150 px above it, or the line beside it. Session timeouts, delivery cut-offs and one-time codes restart by their nature.',
        'Compares every reading of the same timer on the same page across the walk, dated by when each page was captured: a deadline (capture time plus time left) that moves later by more than the readings\' resolution plus two seconds is reported, whether the timer stood still (only a timer shown to the second: "23:59" alone may be a time of day) or started again when the page was opened again. The finding is reported in each flow that showed the timer.',
        'Where the walk opened the page again in a fresh browser context at least five seconds later, the same comparison is made with that reading; a fresh reading a second off is within the tolerance.',
      ],
      flagged:
        'A "Flash sale ends soon!" banner shows 12 Hours : 34 Minutes : 56 Seconds at the start of checkout and the same 12:34:56 twenty seconds later when the subscribe flow opens the page.',
      notFlagged: 'A sale counting down to a fixed date shows a fresh visitor the same deadline, give or take a second.',
    },
  },
  check(site, ctx) {
    const seenAll = ranFlows(site).flatMap(seenSteps)
    const { timers: walked, countdowns } = walkedTimers(seenAll)
    const probed = seenAll.filter((s) => s.step.urgencyProbe)
    if (probed.length === 0 && countdowns === 0) return notApplicable('no page showed a countdown')

    const findings: Finding[] = []
    const reviews: Finding[] = []
    let offers = walked.length
    const reported = new Set<string>()
    for (const moved of movedDeadlines(walked)) {
      // The timer is the same wherever it is shown: every flow that showed it gets the finding, at
      // its own first reading.
      const elsewhere = walked.filter((t) => t.key === moved.key).sort((a, b) => a.at - b.at)
      for (const at of [moved.before, moved.after, ...elsewhere]) {
        const key = `${at.seen.flow.name}|${moved.key}`
        if (reported.has(key)) continue
        reported.add(key)
        findings.push(movedFinding(ctx, at, moved))
      }
    }
    for (const seen of probed) {
      const probe = seen.step.urgencyProbe!
      for (const timer of probe.timers) {
        const lang = seen.snapshot.lang || undefined
        // Session timeouts, delivery cut-offs and one-time codes restart for every visitor by their
        // nature and claim nothing about an offer.
        const block = countdownBlocks(seen.snapshot).find((b) => b.selector === timer.selector) ?? seen.snapshot.texts.find((t) => t.selector === timer.selector)
        const offerWords = offerWordsLoosely(block ? timerContext(seen.snapshot, block) : timer.first.text, lang)
        if (offerWords.length === 0) continue
        if (reported.has(`${seen.flow.name}|${viewOf(seen.snapshot.url)}|${timer.selector}`)) continue
        offers++
        const now = deadlineOf(timer.first, lang)
        const fresh = deadlineOf(timer.fresh ?? timer.freshAgain, lang)
        if (!now || !fresh) {
          reviews.push(unreadFinding(ctx, seen, timer, probe.error, probe.freshLandedUrl))
          continue
        }
        // Digits that stand still for a second are a date or a time of day, unless they are shown to
        // the second: then it is a timer that does not run.
        if (fresh.countdown.resolutionSeconds === 1 && timer.fresh && timer.freshAgain && timer.fresh.text === timer.freshAgain.text && !shownToTheSecond(fresh.countdown)) continue
        const toleranceSeconds = Math.max(now.countdown.resolutionSeconds, fresh.countdown.resolutionSeconds) + SLACK_SECONDS
        const shiftSeconds = Math.round((fresh.endsAt - now.endsAt) / 100) / 10
        if (shiftSeconds <= toleranceSeconds) continue
        const where = `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`
        const message =
          `The countdown ${quote(now.reading.text)} on ${where} starts again for a new visitor: read at ${clock(Date.parse(now.reading.capturedAt))} it ends at ${clock(now.endsAt)}; ` +
          `the same page opened in a fresh browser context at ${clock(Date.parse(fresh.reading.capturedAt))} showed ${quote(fresh.reading.text)}, ending at ${clock(fresh.endsAt)}, ${shiftSeconds} s later.`
        const facts = {
          offerWords: offerWords.join(', '),
          walkedText: now.reading.text,
          walkedCapturedAt: now.reading.capturedAt,
          walkedRemainingSeconds: now.countdown.remainingSeconds,
          walkedDeadline: new Date(now.endsAt).toISOString(),
          freshText: fresh.reading.text,
          freshCapturedAt: fresh.reading.capturedAt,
          freshRemainingSeconds: fresh.countdown.remainingSeconds,
          freshDeadline: new Date(fresh.endsAt).toISOString(),
          deadlineShiftSeconds: shiftSeconds,
          toleranceSeconds,
        }
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message,
            evidence: block ? evidenceAt(seen, block, timer.first.text, facts) : evidenceOfPage(seen, facts, timer.first.text),
          }),
        )
      }
    }

    if (offers === 0) return notApplicable('the countdowns seen (session or delivery timers) put no deadline on an offer')
    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length ? 'an offer countdown could not be read again in a fresh browser context: see the findings' : undefined,
      passReason: 'every offer countdown showed the same deadline to a fresh visitor',
    })
  },
})

/** A countdown as one walked page showed it, and when. */
interface WalkedTimer {
  seen: SeenStep
  block: TextBlock
  key: string
  countdown: CountdownReading
  /** Ms since the epoch: when the page was captured (the end of its step). */
  at: number
  endsAt: number
  offerWords: string[]
}

/** The page a timer belongs to: its path, and the route of an app that routes by hash ("/#/home"),
 * where two views share one path. */
function viewOf(url: string): string {
  try {
    const u = new URL(url)
    return `${pagePath(url)}${u.hash.startsWith('#/') ? u.hash.split('?')[0] : ''}`
  } catch {
    return pagePath(url)
  }
}

/** Every offer countdown the walk itself read, page by page, and how many countdowns of any kind it
 * read. A page is captured when its step ends. */
function walkedTimers(steps: readonly SeenStep[]): { timers: WalkedTimer[]; countdowns: number } {
  const timers: WalkedTimer[] = []
  let countdowns = 0
  for (const seen of steps) {
    const lang = seen.snapshot.lang || undefined
    const at = Date.parse(seen.step.startedAt) + seen.step.durationMs
    if (!Number.isFinite(at)) continue
    for (const block of countdownBlocks(seen.snapshot)) {
      const countdown = readCountdownLoosely(block.text, lang)
      if (!countdown) continue
      countdowns++
      const offerWords = offerWordsLoosely(timerContext(seen.snapshot, block), lang)
      if (offerWords.length === 0) continue
      timers.push({ seen, block, key: `${viewOf(seen.snapshot.url)}|${block.selector}`, countdown, at, endsAt: at + countdown.remainingSeconds * 1000, offerWords })
    }
  }
  return { timers, countdowns }
}

/** A timer read to the second: a clock with seconds ("12:34:56") or a seconds unit ("56 Seconds").
 * "23:59" can be a time of day, which stands still by right. */
const shownToTheSecond = (c: CountdownReading): boolean =>
  c.resolutionSeconds === 1 && (/\d{1,2}\s?:\s?\d{2}\s?:\s?\d{2}/.test(c.written) || /\d\s*\p{L}/u.test(c.written))

interface MovedDeadline {
  key: string
  before: WalkedTimer
  after: WalkedTimer
  shiftSeconds: number
  toleranceSeconds: number
  /** It showed the same time left both times: it does not tick at all. */
  frozen: boolean
}

/** The timers whose deadline moved later between two readings of the walk: one that stands still
 * while seconds pass, or one that starts again when the page is opened again. A real deadline stays
 * where it is, give or take the readings' resolution. */
function movedDeadlines(timers: readonly WalkedTimer[]): MovedDeadline[] {
  const byKey = new Map<string, WalkedTimer[]>()
  for (const t of timers) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t])
  const moved: MovedDeadline[] = []
  for (const [key, readings] of byKey) {
    const sorted = [...readings].sort((a, b) => a.at - b.at)
    for (const [i, after] of sorted.entries()) {
      const before = sorted[i - 1]
      if (!before) continue
      const frozen = after.countdown.remainingSeconds === before.countdown.remainingSeconds
      // A time of day stands still; only a timer read to the second gives itself away by it.
      if (frozen && !shownToTheSecond(after.countdown)) continue
      const toleranceSeconds = Math.max(before.countdown.resolutionSeconds, after.countdown.resolutionSeconds) + SLACK_SECONDS + 1
      const shiftSeconds = Math.round((after.endsAt - before.endsAt) / 100) / 10
      if (shiftSeconds <= toleranceSeconds) continue
      moved.push({ key, before, after, shiftSeconds, toleranceSeconds, frozen })
      break
    }
  }
  return moved
}

function movedFinding(ctx: RuleContext, at: WalkedTimer, moved: MovedDeadline): Finding {
  const { before, after } = moved
  const place = (t: WalkedTimer) => `${pathOf(t.seen.snapshot.url)} (${t.seen.flow.name} flow, step ${t.seen.step.index})`
  const seconds = Math.round((after.at - before.at) / 100) / 10
  const how = moved.frozen
    ? `it showed the same ${quote(after.block.text)} ${seconds} s later at ${place(after)}: it does not count down, and its deadline moves with every look`
    : `${seconds} s later, at ${place(after)}, it showed ${quote(after.block.text)}: its deadline moved ${moved.shiftSeconds} s later, as a timer does that starts again when the page is opened again`
  const facts = {
    offerWords: at.offerWords.join(', '),
    walkedText: before.block.text,
    walkedCapturedAt: new Date(before.at).toISOString(),
    walkedRemainingSeconds: before.countdown.remainingSeconds,
    walkedDeadline: new Date(before.endsAt).toISOString(),
    laterText: after.block.text,
    laterCapturedAt: new Date(after.at).toISOString(),
    laterRemainingSeconds: after.countdown.remainingSeconds,
    laterDeadline: new Date(after.endsAt).toISOString(),
    deadlineShiftSeconds: moved.shiftSeconds,
    toleranceSeconds: moved.toleranceSeconds,
    frozen: moved.frozen,
  }
  return ctx.finding({
    flow: at.seen.flow.name,
    step: at.seen.step.index,
    message: `The countdown ${quote(before.block.text)} on ${place(before)} puts a deadline on an offer (${at.offerWords.join(', ')}), but ${how}.`,
    evidence: evidenceAt(at.seen, at.block, at.block.text, facts),
  })
}

function unreadFinding(ctx: RuleContext, seen: SeenStep, timer: TimerProbe, error: string | undefined, landedUrl: string | undefined): Finding {
  const block = seen.snapshot.texts.find((t) => t.selector === timer.selector)
  const why = error
    ? `the fresh visit failed (${error})`
    : landedUrl && landedUrl !== seen.snapshot.url
      ? `a fresh visit landed on ${pathOf(landedUrl)}, which shows no countdown`
      : 'a fresh visit showed no countdown there'
  const facts = { walkedText: timer.first.text, walkedCapturedAt: timer.first.capturedAt, freshText: timer.fresh?.text ?? null }
  return ctx.finding({
    flow: seen.flow.name,
    step: seen.step.index,
    message: `The countdown ${quote(timer.first.text)} on ${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}) could not be compared: ${why}.`,
    evidence: block ? evidenceAt(seen, block, timer.first.text, facts) : evidenceOfPage(seen, facts, timer.first.text),
  })
}
