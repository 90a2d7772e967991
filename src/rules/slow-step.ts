import type { StepRecord } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import { dsaInterfaceDesign } from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { chainsOf, pathOf, type SeenStep } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { dismissesPrompt } from '../text/prompt-dismissal.js'
import { pageLabelLanguages } from './lib/site-language.js'

/** Past this, people take a page for broken or leave it. */
const SLOW_MS = 5_000
/** A next step that found its element within this was not kept waiting by the page. */
const READY_AT_ONCE_MS = 250
const USER_ACTIONS = new Set(['goto', 'click', 'fill', 'check', 'uncheck', 'select', 'press'])

interface Timed {
  seen: SeenStep
  next?: SeenStep
  usableMs: number
  /** Whether the time ends when the next step's element became usable (else at the step's settle). */
  waitedForNext: boolean
}

const startOf = (step: StepRecord): number => Date.parse(step.startedAt)

/** How long the page a step led to took to become usable: from the moment the step acted until the
 * next step's element could be used, when the page kept that element waiting; else until the page
 * had loaded and settled. The walker's own time (evidence, second readings, fixed pauses) ends
 * before the next step starts, so it counts only while the page was still not ready. */
function timing(seen: SeenStep, next: SeenStep | undefined): Timed {
  const actedAt = startOf(seen.step) + (seen.step.targetWaitMs ?? 0)
  const nextWait = next?.step.targetWaitMs
  if (next && nextWait !== undefined && nextWait > READY_AT_ONCE_MS) {
    return { seen, next, usableMs: startOf(next.step) + nextWait - actedAt, waitedForNext: true }
  }
  return { seen, next, usableMs: startOf(seen.step) + seen.step.durationMs - actedAt, waitedForNext: false }
}

/** What the page showed while the user waited: a spinner's status line, if it had one. */
const waitingIndicator = (seen: SeenStep) =>
  seen.snapshot.texts.find((t) => t.visible && (t.live || t.kind === 'status' || t.kind === 'alert'))

/** The text a `wait for text "…"` step waited for. */
const awaitedText = (step: StepRecord): string | undefined =>
  step.kind === 'wait' ? /^wait for text "(.*)"$/.exec(step.action)?.[1] : undefined

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** A scenario that waits for a popup the page opens on its own timer (a newsletter box, an offer,
 * a bonus) waits for the page's own interruption, not for something the user asked for: the text
 * it waited for shows only in an overlay that was not there when the step before it was done, while
 * that page was already usable (it had enabled controls and said nothing about loading). */
function waitedForOwnPopup(seen: SeenStep, next: SeenStep): boolean {
  const awaited = awaitedText(next.step)
  if (!awaited) return false
  const wanted = fold(awaited)
  const holding = next.snapshot.texts.filter((t) => t.visible && fold(t.text).includes(wanted))
  if (holding.length === 0) return false
  const inOverlay = (t: (typeof holding)[number]) => t.kind === 'dialog' || /dialog/i.test(t.region ?? '')
  if (!holding.every(inOverlay)) return false
  const wasThere = seen.snapshot.texts.some((t) => t.visible && fold(t.text).includes(wanted))
  if (wasThere) return false
  // Closing a prompt asks for nothing new to open; any other step must have left a page that was
  // usable at once: enabled controls, and no busy notice on the page itself (a form error inside
  // the prompt being closed is not one).
  if (seen.step.target && pageLabelLanguages(seen.snapshot).some((lang) => dismissesPrompt(seen.step.target?.text ?? '', { lang }).match)) return true
  const usable = seen.snapshot.elements.some((el) => el.visible && !el.disabled)
  const busy = seen.snapshot.texts.some((t) => t.visible && (t.kind === 'status' || t.live) && !inOverlay(t))
  return usable && !busy
}

const seconds = (ms: number): string => `${(Math.round(ms / 100) / 10).toFixed(1)} s`

export default defineRule({
  meta: {
    id: 'slow-step',
    title: 'A page took more than 5 seconds to become usable',
    category: 'obstruction',
    severity: 'info',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    references: [dsaInterfaceDesign],
    help: 'This is a usability indicator: people abandon a checkout or cancellation that keeps them waiting, and take a page that shows nothing usable for seconds for a failed one. A delay is no breach in itself, but one placed on the way out, or before the terms can be read, weighs with the other indicators.',
    fix: 'Show the form or the next choice as soon as the page loads, and load anything slow behind it.',
    decides: {
      how: [
        'For every step a user takes (go to, click, fill, tick, choose, press), the time from acting until the page could be used: until the next step\'s element was there and usable when the page kept it waiting longer than 250 ms, else until the page had loaded and settled.',
        'More than 5 s is flagged, the point past which people take a page for broken or leave it.',
        'A step that is slow only in its own settling, with nothing on the page saying it is busy, is left out: the walking machine may have been slow, not the site.',
        'A scenario `wait` for a text that shows only in an overlay that was not there before (a newsletter box or offer the page opens on its own timer), after a step that closed a prompt or left a usable page with no busy notice, is the page interrupting, not the page being slow to serve what the user asked for, and is not counted.',
      ],
      flagged: 'After pressing "End my membership", a "Processing your request…" notice shows for 7 s before the confirmation box can be used.',
      notFlagged: 'After closing a newsletter box, the scenario waits 8 s for the "Deal of the hour" popup the page opens on a timer, while the page under it could be used all along.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let measured = 0
    for (const chain of chainsOf(site)) {
      const steps = chain.flatMap((flow) => flow.steps.map((step) => ({ flow, step })))
      steps.forEach(({ flow, step }, i) => {
        if (!USER_ACTIONS.has(step.kind) || step.status !== 'ok' || !step.snapshot) return
        const seen: SeenStep = { flow, step, snapshot: step.snapshot }
        const following = steps[i + 1]
        const next = following?.step.snapshot ? { flow: following.flow, step: following.step, snapshot: following.step.snapshot } : undefined
        const timed = timing(seen, next)
        measured++
        if (timed.usableMs <= SLOW_MS) return
        // A step that is slow only in its own action and settling, with nothing on the page saying
        // it is busy, may have been slow in the walking machine rather than the site.
        if (!timed.waitedForNext && !waitingIndicator(seen)) return
        if (timed.waitedForNext && next && waitedForOwnPopup(seen, next)) return
        findings.push(slowFinding(ctx, timed))
      })
    }
    if (measured === 0) return notApplicable('no step acted on a page that could be read')
    return conclude({ findings, passReason: `every page became usable within ${SLOW_MS / 1000} s of the step that led to it` })
  },
})

function slowFinding(ctx: RuleContext, timed: Timed): Finding {
  const { seen, next, usableMs, waitedForNext } = timed
  const action = seen.step.target ? `${seen.step.kind} ${quote(seen.step.target.text, 40)}` : seen.step.action
  const where = pathOf(waitedForNext && next ? next.snapshot.url : seen.snapshot.url)
  const waiting = waitingIndicator(seen)
  const shown = waiting ? `, showing ${quote(waiting.text, 60)} meanwhile` : ''
  const facts = {
    usableAfterMs: usableMs,
    thresholdMs: SLOW_MS,
    measuredUntil: waitedForNext ? 'next step could act' : 'page settled',
    nextStep: next ? `${next.flow.name} #${next.step.index}` : null,
    waitingText: waiting?.text ?? null,
  }
  const message = waitedForNext && next
    ? `After step ${seen.step.index} of the ${seen.flow.name} flow (${action}), ${where} took ${seconds(usableMs)} to become usable${shown}: ${quote(next.step.target?.text ?? next.step.action, 40)} (${next.flow.name} flow, step ${next.step.index}) could be used only then.`
    : `After step ${seen.step.index} of the ${seen.flow.name} flow (${action}), ${where} took ${seconds(usableMs)} to load and settle${shown}.`
  const target = next && waitedForNext ? next.snapshot.elements.find((el) => el.selector === next.step.target?.selector) : undefined
  return ctx.finding({
    flow: seen.flow.name,
    step: seen.step.index,
    message,
    evidence: waiting
      ? evidenceAt(seen, waiting, waiting.text, facts)
      : target && next
        ? evidenceAt(next, target, target.name, facts)
        : evidenceOfPage(seen, facts),
  })
}
