import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import type { TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { markedAs } from '../scenario/step-mark.js'
import { subscriptionStatus } from '../text/subscription-status.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import { californiaArlCancellation, ftcNegativeOptionPolicy, roscaNegativeOption, ukDmccSubscriptions } from './data/legal-references.js'
import { cancellationStep } from './lib/cancellation-page.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { isPageChrome } from './lib/final-page.js'
import { flowsWithRole, isClickLike, pagePath, pathOf, ranFlows, roleOf, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { readInPageLanguages } from './lib/site-language.js'

const isVerifyFlow = (flow: FlowTrace): boolean => roleOf(flow) === 'verify'

/** The pages seen after cancelling: in a cancel flow, from the first `goto` after its last click on
 * a cancel control; and every page of a verify flow that follows a cancel flow. */
function revisits(site: SiteTrace, cancels: readonly FlowTrace[]): SeenStep[] {
  const pages: SeenStep[] = []
  for (const flow of cancels) {
    // A cancellation that did not go through to the end says nothing of whether one takes effect.
    if (flow.status !== 'completed') continue
    const lastCancel = cancellingStep(flow)
    if (lastCancel < 0) continue
    // Back on a page of the account: typed again, or reached by a click ("Back to account") that led
    // to a page the flow had shown before cancelling.
    const before = new Set(seenSteps(flow).filter((s) => s.step.index < lastCancel).map((s) => pagePath(s.snapshot.url)))
    const revisit = flow.steps
      .slice(lastCancel + 1)
      .find((s) => s.kind === 'goto' || (isClickLike(s) && s.status === 'ok' && s.snapshot !== undefined && before.has(pagePath(s.snapshot.url)) && pagePath(s.snapshot.url) !== pagePath(flow.steps[lastCancel]?.snapshot?.url ?? '')))
    if (!revisit) continue
    pages.push(...seenSteps(flow).filter((s) => s.step.index >= revisit.index))
  }
  const flows = ranFlows(site)
  const firstCancel = flows.findIndex((f) => cancels.includes(f))
  if (firstCancel >= 0) pages.push(...flows.slice(firstCancel + 1).filter(isVerifyFlow).flatMap(seenSteps))
  return pages
}

/** The index of the step that sent the cancellation, -1 when none did. */
function cancellingStep(flow: FlowTrace): number {
  const step = cancellationStep(flow)
  return step ? flow.steps.indexOf(step) : -1
}

/** The pages the scenario marks as the account status page, seen after a cancellation: in a
 * completed cancel flow after the step that cancelled, and in every flow after it. Empty when the
 * scenario marks none, and the revisits are then found as without marks. */
function markedStatusPages(site: SiteTrace, cancels: readonly FlowTrace[]): SeenStep[] {
  const flows = ranFlows(site)
  const isStatus = (s: SeenStep) => s.step.mark === 'account-status'
  if (!flows.some((f) => f.steps.some((s) => s.mark === 'account-status'))) return []
  const firstCancel = flows.findIndex((f) => cancels.includes(f) && f.status === 'completed')
  if (firstCancel < 0) return []
  return flows.slice(firstCancel).flatMap((flow) => {
    const pages = seenSteps(flow).filter(isStatus)
    if (!cancels.includes(flow)) return pages
    const cancelledAt = cancellingStep(flow)
    return flow.status === 'completed' && cancelledAt >= 0 ? pages.filter((s) => s.step.index > cancelledAt) : []
  })
}

interface StatusLine {
  block: TextBlock
  evidence: string[]
}

interface PageStatus {
  seen: SeenStep
  ending: StatusLine[]
  continuing: StatusLine[]
}

function readStatus(seen: SeenStep): PageStatus {
  const ending: StatusLine[] = []
  const continuing: StatusLine[] = []
  for (const block of seen.snapshot.texts) {
    if (!block.visible || isPageChrome(block)) continue
    const status = readInPageLanguages(seen.snapshot, (lang) => subscriptionStatus(block.text, { lang }), (s) => s.state !== 'silent')
    if (status.state === 'ending') ending.push({ block, evidence: status.evidence })
    else if (status.state === 'continuing') continuing.push({ block, evidence: status.evidence })
  }
  return { seen, ending, continuing }
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

/** The status lines to quote: those that say more than a bare "Active" first. */
const telling = (lines: readonly StatusLine[]): StatusLine[] =>
  [...lines].sort((a, b) => Number(a.block.text.trim().length <= 8) - Number(b.block.text.trim().length <= 8))

export default defineRule({
  meta: {
    id: 'cancel-not-effective',
    title: 'The subscription is still active after cancelling',
    category: 'obstruction',
    severity: 'critical',
    requires: [
      { flows: ['cancel'], needs: 'every-page' },
      { flows: ['verify'], needs: 'any-page', optional: true },
    ],
    references: [roscaNegativeOption, ftcNegativeOptionPolicy, californiaArlCancellation, ukDmccSubscriptions],
    help: 'When the account still shows the plan as active and renewing after someone went through the cancellation, the next charge will come as if they had never asked to leave. A cancellation that only files a request, or silently fails, keeps billing people who believe they are out.',
    fix: 'Make the cancellation take effect when the user confirms it, and show it in the account as cancelled with the date access ends.',
    decides: {
      how: [
        'Reads the pages seen after the last click on a cancel control of a completed cancel flow: from the first `goto` after it, or the first click that led back to a page of the account the flow had shown before cancelling ("Back to my account"), and every page of a `verify` flow after the cancel flow.',
        'Where the scenario marks pages `account-status`, those seen after the cancellation are the pages read, and nothing else; a click marked `submits-cancellation` is the click that cancelled. Findings on a marked page say it was marked.',
        'Sentences are read in the language the page\'s `lang` attribute names and, when they give nothing there, in the language the page\'s words read as: a German page left at `lang="en"` is read in German too.',
        'A page that still says the plan is active or renews, with nothing saying it ends, is flagged; one that says both goes to review. A cancel flow that did not complete is not judged.',
      ],
      flagged: 'After "Submit request", "Back to my account" shows "Active" and "Next payment: 14 March 2026".',
      notFlagged: 'The account reached the same way says "Cancelled — access until 14 March 2026".',
    },
  },
  check(site, ctx) {
    const cancels = flowsWithRole(site, ['cancel'])
    const marked = markedStatusPages(site, cancels)
    const pages = marked.length ? marked : revisits(site, cancels)
    if (pages.length === 0) {
      return notApplicable(
        'the scenario does not revisit the account after cancelling: end the cancel flow with a `goto` of the account page, or add a flow named `verify` after it',
      )
    }

    const statuses = pages.map(readStatus)
    const findings: Finding[] = []
    const reviews: Finding[] = []
    const stillActive = statuses.find((p) => p.continuing.length > 0 && p.ending.length === 0)
    const mixed = statuses.find((p) => p.continuing.length > 0 && p.ending.length > 0)
    const ended = statuses.find((p) => p.ending.length > 0 && p.continuing.length === 0)
    if (stillActive) findings.push(activeFinding(ctx, stillActive))
    else if (mixed && !ended) reviews.push(mixedFinding(ctx, mixed))

    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length
        ? 'the page seen after cancelling says both that the plan ends and that it renews: see the findings'
        : ended || mixed
          ? undefined
          : `none of the ${pages.length} page(s) seen after cancelling (${[...new Set(pages.map((p) => pathOf(p.snapshot.url)))].join(', ')}) shows the subscription's status`,
      passReason: ended ? `after cancelling, ${where(ended.seen)} says ${quote(ended.ending[0]?.block.text ?? '')}` : undefined,
    })
  },
})

const markNote = (page: PageStatus): string => (page.seen.step.mark === 'account-status' ? ` ${markedAs('account-status')}` : '')
const markFact = (page: PageStatus): Record<string, string> => (page.seen.step.mark === 'account-status' ? { marked: 'account-status' } : {})

function activeFinding(ctx: RuleContext, page: PageStatus): Finding {
  const lines = telling(page.continuing)
  const first = lines[0] as StatusLine
  const quoted = [...new Set(lines.map((l) => l.block.text))].slice(0, 3).map((t) => quote(t, 80)).join(' and ')
  const words = [...new Set(lines.flatMap((l) => l.evidence))]
  return ctx.finding({
    flow: page.seen.flow.name,
    step: page.seen.step.index,
    message: `After cancelling, ${where(page.seen)} still says ${quoted} (${words.map((w) => quote(w)).join(', ')}), with no word of the subscription being cancelled or ending${markNote(page)}.`,
    evidence: evidenceAt(page.seen, first.block, first.block.text, {
      statusWords: words.join(' | '),
      statusTexts: [...new Set(lines.map((l) => l.block.text))].join(' | '),
      endingWords: null,
      ...markFact(page),
    }),
  })
}

function mixedFinding(ctx: RuleContext, page: PageStatus): Finding {
  const active = telling(page.continuing)[0] as StatusLine
  const ending = page.ending[0] as StatusLine
  return ctx.finding({
    flow: page.seen.flow.name,
    step: page.seen.step.index,
    message: `After cancelling, ${where(page.seen)} says both ${quote(ending.block.text, 80)} and ${quote(active.block.text, 80)}${markNote(page)}.`,
    evidence: evidenceAt(page.seen, active.block, active.block.text, { endingText: ending.block.text, ...markFact(page) }),
  })
}
