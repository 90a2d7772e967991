import type { FlowTrace } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { dateIn } from '../text/dates.js'
import { mentionOf } from '../text/match-topic.js'
import { defineRule, type RuleContext } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlConsent,
  crdContractConfirmation,
  ftcNegativeOptionPolicy,
  ukDmccSubscriptions,
} from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { type FinalPage, type FinalText, finalPage } from './lib/final-page.js'
import { pathOf, ranFlows, roleOf } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { costIn } from './lib/price.js'

// "has not been cancelled" says the opposite of what its words are.
const NEGATED = /\b(not|n't|never|nicht|nie)\b[^.!?]{0,25}(cancel|end|terminat|gekündigt|beendet|storniert)/i

interface Verdict {
  kind: 'ok' | 'review' | 'missing'
  /** For `review` and `missing`: what the page lacks, as the message says it. */
  detail?: string
  block?: FinalText['block']
  facts: Record<string, string | number | boolean | null>
}

function judgeCancellation(texts: readonly FinalText[]): Verdict {
  const persistent = texts.filter((t) => t.persistent)
  const done = persistent.find((t) => mentionOf(t.block.text, 'cancelled') && !NEGATED.test(t.block.text))
  if (!done) return { kind: 'missing', facts: {} }
  const all = persistent.map((t) => t.block.text).join(' \n ')
  const what = mentionOf(all, 'subscription')
  const when = dateIn(all) ?? mentionOf(all, 'endTiming')
  const facts = { cancelledWords: mentionOf(done.block.text, 'cancelled') ?? null, what: what ?? null, when: when ?? null }
  if (what && when) return { kind: 'ok', block: done.block, facts }
  const missing = [what ? '' : 'what was cancelled', when ? '' : 'when it ends'].filter(Boolean).join(' or ')
  return { kind: 'review', block: done.block, detail: missing, facts }
}

function judgeOrder(texts: readonly FinalText[]): Verdict {
  const persistent = texts.filter((t) => t.persistent)
  const all = persistent.map((t) => t.block.text).join(' \n ')
  const confirmed = persistent.find((t) => mentionOf(t.block.text, 'orderConfirmation'))
  const plan = mentionOf(all, 'subscription')
  const price = costIn(all)
  const billing = mentionOf(all, 'nextBilling') ?? dateIn(all)
  const facts = {
    confirmationWords: confirmed ? (mentionOf(confirmed.block.text, 'orderConfirmation') ?? null) : null,
    plan: plan ?? null,
    price: price?.text ?? null,
    nextBilling: billing ?? null,
  }
  const details = plan && (price || billing)
  if (confirmed && details) return { kind: 'ok', block: confirmed.block, facts }
  if (confirmed) {
    return { kind: 'review', block: confirmed.block, detail: plan ? 'the price or next billing date' : 'which plan was bought', facts }
  }
  // Plan, price and renewal date without a word of confirmation read like an account page.
  if (details) return { kind: 'review', detail: 'that the order went through', facts }
  return { kind: 'missing', facts }
}

const subjectOf = (role: 'cancel' | 'checkout'): string => (role === 'cancel' ? 'cancellation' : 'order')

export default defineRule({
  meta: {
    id: 'missing-confirmation',
    title: 'No lasting confirmation of the cancellation or order',
    category: 'obstruction',
    severity: 'serious',
    requires: [{ flows: ['cancel', 'checkout'], needs: 'final-page' }],
    references: [bgbCancellationButton, crdContractConfirmation, californiaArlConsent, ftcNegativeOptionPolicy, ukDmccSubscriptions],
    help: 'Without a page that states what was cancelled and when it ends, people cannot tell whether they will be charged again, and have nothing to show when they are. A toast that disappears after a few seconds is not a confirmation anyone can keep.',
    fix: 'End the flow on a page that states, in its main content, what was cancelled or bought and the date it ends or next bills.',
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reviews: Finding[] = []
    for (const flow of ranFlows(site)) {
      const role = roleOf(flow.name) === 'cancel' ? 'cancel' : 'checkout'
      const page = finalPage(flow)
      if (!page) continue
      const verdict = role === 'cancel' ? judgeCancellation(page.texts) : judgeOrder(page.texts)
      if (verdict.kind === 'ok') continue
      if (verdict.kind === 'review') reviews.push(reviewFinding(ctx, flow, page, role, verdict))
      else findings.push(missingFinding(ctx, flow, page, role))
    }

    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length ? 'the final page confirms only part of what happened: see the findings' : undefined,
    })
  },
})

function reviewFinding(ctx: RuleContext, flow: FlowTrace, page: FinalPage, role: 'cancel' | 'checkout', verdict: Verdict): Finding {
  const { seen } = page
  const says = verdict.block ? `says ${quote(verdict.block.text)}` : 'lists the plan'
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message: `The final page of the ${flow.name} flow (${pathOf(seen.snapshot.url)}, step ${seen.step.index}) ${says} but not ${verdict.detail}.`,
    evidence: verdict.block
      ? evidenceAt(seen, verdict.block, verdict.block.text, { ...verdict.facts, confirms: subjectOf(role) })
      : evidenceOfPage(seen, { ...verdict.facts, confirms: subjectOf(role) }),
  })
}

function missingFinding(ctx: RuleContext, flow: FlowTrace, page: FinalPage, role: 'cancel' | 'checkout'): Finding {
  const { seen } = page
  const words = role === 'cancel' ? 'cancelled' : 'orderConfirmation'
  const transient = page.texts.filter((t) => !t.persistent)
  // What the site showed instead: a passing notice that said something, if there was one.
  const toast =
    transient.find((t) => mentionOf(t.block.text, words)) ??
    transient.find((t) => t.block.live || ['status', 'alert'].includes(t.block.kind)) ??
    transient[0]
  const where = `(${pathOf(seen.snapshot.url)}, ${flow.name} flow, step ${seen.step.index})`
  const facts = { confirms: subjectOf(role), settledAfterMs: page.settledAfterMs ?? null }
  if (toast) {
    const gone =
      page.settledAfterMs !== undefined
        ? `gone ${Math.round(page.settledAfterMs / 100) / 10} s later`
        : '(fixed, in a live region), which does not stay'
    return ctx.finding({
      flow: flow.name,
      step: seen.step.index,
      message: `The ${flow.name} flow ends without a lasting ${subjectOf(role)} confirmation ${where}: the only notice, ${quote(toast.block.text)}, was a ${toast.block.fixed ? 'toast' : 'message'} ${gone}.`,
      evidence: evidenceAt(seen, toast.block, toast.block.text, { ...facts, transientText: toast.block.text, fixed: toast.block.fixed, live: toast.block.live }),
    })
  }
  const headline =
    page.texts.find((t) => t.persistent && t.block.kind === 'heading') ?? page.texts.find((t) => t.persistent)
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message: `The final page of the ${flow.name} flow ${where} does not confirm the ${subjectOf(role)}${headline ? `: it says ${quote(headline.block.text)}` : ''}${role === 'cancel' ? ', nothing about the subscription being cancelled or when it ends' : ', nothing about the plan bought or the price'}.`,
    evidence: headline
      ? evidenceAt(seen, headline.block, headline.block.text, { ...facts, headline: headline.block.text })
      : evidenceOfPage(seen, facts),
  })
}
