import type { TimerProbe, TimerReading } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { offerWordsIn, readCountdown, type CountdownReading } from '../text/countdown.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import { ftcActDeception, ucpdFalseLimitedTime, ukDmccBannedPractices } from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { pathOf, ranFlows, seenSteps, type SeenStep } from './lib/flows.js'
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
    title: 'Offer countdown starts again on a fresh visit',
    category: 'urgency',
    severity: 'serious',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    scan: true,
    references: [ucpdFalseLimitedTime, ukDmccBannedPractices, ftcActDeception],
    help: 'A countdown that shows a full ten minutes to everyone who arrives claims a deadline that does not exist, to rush people into paying before they have compared or read the terms. Falsely stating that an offer is available only for a very limited time is banned outright in the EU and the UK.',
    fix: 'Show a countdown only to a real deadline that is the same for every visitor, or state the end date instead.',
  },
  check(site, ctx) {
    const probed = ranFlows(site)
      .flatMap(seenSteps)
      .filter((s) => s.step.urgencyProbe)
    if (probed.length === 0) return notApplicable('no page showed a countdown')

    const findings: Finding[] = []
    const reviews: Finding[] = []
    let offers = 0
    for (const seen of probed) {
      const probe = seen.step.urgencyProbe!
      for (const timer of probe.timers) {
        const lang = seen.snapshot.lang || undefined
        // Session timeouts, delivery cut-offs and one-time codes restart for every visitor by their
        // nature and claim nothing about an offer.
        const offerWords = offerWordsIn(timer.first.text, { lang })
        if (offerWords.length === 0) continue
        offers++
        const now = deadlineOf(timer.first, lang)
        const fresh = deadlineOf(timer.fresh ?? timer.freshAgain, lang)
        if (!now || !fresh) {
          reviews.push(unreadFinding(ctx, seen, timer, probe.error, probe.freshLandedUrl))
          continue
        }
        // Digits with seconds that stand still for a second are a date or a time of day, not a timer.
        if (fresh.countdown.resolutionSeconds === 1 && timer.fresh && timer.freshAgain && timer.fresh.text === timer.freshAgain.text) continue
        const toleranceSeconds = Math.max(now.countdown.resolutionSeconds, fresh.countdown.resolutionSeconds) + SLACK_SECONDS
        const shiftSeconds = Math.round((fresh.endsAt - now.endsAt) / 100) / 10
        if (shiftSeconds <= toleranceSeconds) continue
        const block = seen.snapshot.texts.find((t) => t.selector === timer.selector)
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
