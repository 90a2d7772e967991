import type { FlowTrace, StepRecord } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { choiceWording } from '../text/choice-wording.js'
import { confirmationWords, confirms } from '../text/confirmation.js'
import { dateIn } from '../text/dates.js'
import { mentionOf, normalizeText } from '../text/match-topic.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlConsent,
  crdContractConfirmation,
  ftcNegativeOptionPolicy,
  ukDmccSubscriptions,
} from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { type FinalPage, type FinalText, finalPage, isPageChrome } from './lib/final-page.js'
import { isClickLike, pathOf, ranFlows, roleOf } from './lib/flows.js'
import { type OrderStep, orderSteps } from './lib/order-step.js'
import { markedAs, type StepMark } from '../scenario/step-mark.js'
import { cancelControlOn, choosesToCancel } from './lib/cancellation-page.js'
import { conclude } from './lib/outcome.js'
import { costIn, pricesIn } from './lib/price.js'

interface Verdict {
  kind: 'ok' | 'review' | 'missing'
  /** For `review` and `missing`: what the page lacks, as the message says it. */
  detail?: string
  block?: FinalText['block']
  facts: Record<string, string | number | boolean | null>
}

/** A cancellation is confirmed by a lasting statement that it went through ("Subscription
 * cancelled", "Vous avez bien été désabonné", "Du har nå meldt deg av"). Where a charge is to stop,
 * the page must also say what ends and when (a date, or "immediately", "at the end of the billing
 * period"); leaving a newsletter, or a site that never showed a price, has nothing more to say. */
function judgeCancellation(texts: readonly FinalText[], paid: boolean): Verdict {
  const persistent = texts.filter((t) => t.persistent)
  const done =
    persistent.find((t) => confirms(t.block.text, 'cancellation').match) ?? persistent.find((t) => confirms(t.block.text, 'unsubscription').match)
  if (!done) return { kind: 'missing', facts: {} }
  const all = persistent.map((t) => t.block.text).join(' \n ')
  const evidence = [...confirms(done.block.text, 'cancellation').evidence, ...confirms(done.block.text, 'unsubscription').evidence]
  const mailing = confirmationWords(all, 'mailings')
  const what = confirmationWords(all, 'subjects')
  const when = dateIn(all) ?? confirmationWords(all, 'endTimings')
  const facts = { cancelledWords: evidence[0] ?? null, what: what ?? null, when: when ?? null, mailing: mailing ?? null, paid }
  if (!paid || (mailing && !what)) return { kind: 'ok', block: done.block, facts }
  if (what && when) return { kind: 'ok', block: done.block, facts }
  const missing = [what ? '' : 'what was cancelled', when ? '' : 'when it ends'].filter(Boolean).join(' or ')
  return { kind: 'review', block: done.block, detail: missing, facts }
}

/** An order is confirmed by a lasting statement that it went through ("Vielen Dank für Ihren
 * Einkauf", "Paiement effectué"). A subscription's confirmation must also name the plan and its
 * price or next billing date; a one-off purchase has no plan to name. */
function judgeOrder(texts: readonly FinalText[], recurring: boolean): Verdict {
  const persistent = texts.filter((t) => t.persistent)
  const all = persistent.map((t) => t.block.text).join(' \n ')
  const confirmed = persistent.find((t) => confirms(t.block.text, 'order').match)
  const plan = confirmationWords(all, 'subjects')
  const price = costIn(all)
  const billing = mentionOf(all, 'nextBilling') ?? dateIn(all)
  const facts = {
    confirmationWords: confirmed ? (confirms(confirmed.block.text, 'order').evidence[0] ?? null) : null,
    reference: confirmationWords(all, 'references') ?? null,
    plan: plan ?? null,
    price: price?.text ?? null,
    nextBilling: billing ?? null,
    recurring,
  }
  const details = plan && (price || billing)
  if (confirmed && (details || !recurring)) return { kind: 'ok', block: confirmed.block, facts }
  if (confirmed) {
    return { kind: 'review', block: confirmed.block, detail: plan ? 'the price or next billing date' : 'which plan was bought', facts }
  }
  // Plan, price and renewal date without a word of confirmation read like an account page.
  if (details) return { kind: 'review', detail: 'that the order went through', facts }
  return { kind: 'missing', facts }
}

const PASSIVE = new Set(['wait', 'expect', 'capture'])

/** The page the flow's decisive action reached, with the steps that only waited on it or looked at it:
 * for a cancel flow the last click worded as cancelling, for a checkout the click that placed the
 * order; without one, the last click. A page opened again afterwards by address (a check that the
 * account changed) is not where the site confirmed anything. Undefined for a flow that stopped
 * early. */
/** A page judged, the control whose press reached it when that was not the flow's last step, and
 * the mark that chose it when the scenario marked it. */
type JudgedPage = FinalPage & { reachedBy?: string; mark?: StepMark }

const CONFIRMING: Record<'cancel' | 'checkout', StepMark> = { cancel: 'confirms-cancellation', checkout: 'confirms-order' }

function decisivePage(flow: FlowTrace, role: 'cancel' | 'checkout', orders: readonly OrderStep[]): JudgedPage | undefined {
  const final = finalPage(flow)
  if (!final) return undefined
  const steps = flow.steps
  const isAction = (step: StepRecord) => isClickLike(step) && step.status === 'ok'
  // What the scenario marks comes first: the confirming page itself, else the click that submitted.
  const confirming = steps.filter((step) => step.mark === CONFIRMING[role] && step.status === 'ok').at(-1)
  const submitted = role === 'cancel' ? steps.filter((step) => step.mark === 'submits-cancellation' && isAction(step)).at(-1) : undefined
  const order = role === 'checkout' ? orders.filter((o) => o.click.flow === flow).at(-1) : undefined
  const decisive =
    confirming ??
    submitted ??
    (role === 'checkout' ? order?.click.step : steps.filter((step) => isAction(step) && choiceWording(step.target?.text ?? '').kind === 'leave').at(-1))
  // A cancel flow that pressed nothing choosing to cancel and ends on a page still offering to is one
  // that stopped before cancelling (a scenario that ends at "Manage subscription"): nothing to confirm.
  // A final "Confirm" on a page that offers no more is judged; so is a loop back to the offer after a
  // press that chose to cancel.
  if (role === 'cancel' && !confirming && !submitted && cancelControlOn(final.seen.snapshot)) {
    const pressed = steps.some((step, i) => {
      const on = steps[i - 1]?.snapshot ?? step.snapshot
      return isAction(step) && on !== undefined && choosesToCancel(step.target?.text ?? '', undefined, on)
    })
    if (!pressed) return undefined
  }
  const mark = confirming ? CONFIRMING[role] : submitted ? 'submits-cancellation' : order?.how === 'marked' ? 'places-order' : undefined
  const judged = judgedFrom(flow, final, decisive ?? steps.filter(isAction).at(-1))
  return judged && mark ? { ...judged, mark } : judged
}

/** The page `from` reached, with the steps after it that only waited on it or looked at it. */
function judgedFrom(flow: FlowTrace, final: FinalPage, from: StepRecord | undefined): JudgedPage {
  const steps = flow.steps
  if (!from) return final
  const reached: StepRecord[] = []
  for (const step of steps.filter((s) => s.index >= from.index)) {
    if (step !== from && !PASSIVE.has(step.kind)) break
    reached.push(step)
  }
  // The decisive page is where the flow ended: judge it as it settled.
  if (reached.at(-1) === steps.at(-1)) return final
  const pages = reached.filter((s) => s.snapshot)
  const last = pages.at(-1)
  if (!last?.snapshot) return final
  const texts = new Map<string, FinalText>()
  for (const step of pages) {
    for (const block of step.snapshot?.texts ?? []) {
      if (!block.visible || isPageChrome(block)) continue
      const key = normalizeText(block.text)
      const persistent = !(block.fixed && block.live)
      const seen = texts.get(key)
      if (!seen || (persistent && !seen.persistent)) texts.set(key, { block, persistent })
    }
  }
  return { seen: { flow, step: last, snapshot: last.snapshot }, texts: [...texts.values()], reachedBy: from.target?.text || from.action }
}

/** Whether any page of the flows showed an amount of money: a charge that a cancellation stops. */
const showsPrice = (flows: readonly FlowTrace[]): boolean =>
  flows.some((f) => f.steps.some((s) => s.snapshot?.texts.some((t) => t.visible && costIn(t.text))))

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
    decides: {
      how: [
        'Where the scenario marks it, the rule judges the marked page (`confirms-cancellation`, `confirms-order`), else the page the marked click reached (`submits-cancellation`, `places-order`), and the finding says it was marked.',
        'Otherwise it judges the page the decisive step reached: for a checkout the click that placed the order (`lib/order-step.ts`), for a cancel flow the last click worded as cancelling, with the steps that only waited on that page; a page opened again by address afterwards (a check of the account) is not where the site confirmed anything. A cancel flow that pressed nothing choosing to cancel and ends on a page still offering to cancel stopped before cancelling, and is not judged.',
        'When that page is where the flow ended, it is judged as it stood a few seconds later: a toast gone by then is not lasting, nor is one still on its way out (fixed in a live region, or the notifications region holding it), while a page body that says the payment succeeded is.',
        'Confirmations are read by what they state, in English, German, French, Spanish, Dutch and Norwegian, searched on every page (sites declare the wrong language): an order went through ("Vielen Dank für Ihren Einkauf", "Paiement effectué"), a subscription was cancelled, or the user left a mailing list ("Du har nå meldt deg av"); "has not been cancelled" confirms nothing.',
        'A one-off purchase is confirmed by saying it went through; a subscription\'s confirmation also names the plan and its price or next billing date, else the rule asks for review.',
        'A cancellation where a charge is to stop also says what ends and when (a date, "immediately", "at the end of the billing period"; "until then" is no time), else review; leaving a newsletter, or a site that never showed a price, needs nothing more.',
      ],
      flagged: 'A final "Cancel subscription" that lands on a privacy-settings page, or an order whose only "Order placed successfully!" is a toast gone three seconds later.',
      notFlagged: '"Vielen Dank für Ihren Einkauf!" after buying a jacket, or "You are unsubscribed from our newsletter." on a site that never showed a price.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reviews: Finding[] = []
    const orders = orderSteps(site)
    const flows = ranFlows(site)
    const paid = showsPrice(flows)
    let judged = 0
    for (const flow of flows) {
      const role = roleOf(flow) === 'cancel' ? 'cancel' : 'checkout'
      const page = decisivePage(flow, role, orders)
      if (!page) continue
      judged++
      const order = orders.filter((o) => o.click.flow === flow).at(-1)
      const recurring = order
        ? order.click.before.snapshot.texts.some((t) => t.visible && pricesIn(t.text).some((p) => p.recurring && p.amount > 0))
        : flow.steps.some((s) => s.snapshot?.texts.some((t) => t.visible && pricesIn(t.text).some((p) => p.recurring && p.amount > 0)))
      const verdict = role === 'cancel' ? judgeCancellation(page.texts, paid) : judgeOrder(page.texts, recurring)
      if (verdict.kind === 'ok') continue
      if (verdict.kind === 'review') reviews.push(reviewFinding(ctx, flow, page, role, verdict))
      else findings.push(missingFinding(ctx, flow, page, role))
    }

    if (judged === 0) return notApplicable('no flow placed an order or pressed anything choosing to cancel, so no page had anything to confirm')
    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length ? 'the final page confirms only part of what happened: see the findings' : undefined,
    })
  },
})

const pageName = (flow: FlowTrace, page: JudgedPage): string =>
  page.mark?.startsWith('confirms-')
    ? `The page ${markedAs(page.mark).slice(1, -1)}`
    : page.reachedBy
      ? `The page ${quote(page.reachedBy)} led to`
      : `The final page of the ${flow.name} flow`

/** How a message ends when a mark chose the page: the click that reached it, said to be marked. */
const markedClick = (page: JudgedPage): string => (page.mark && !page.mark.startsWith('confirms-') ? ` ${markedAs(page.mark)}` : '')
const markFact = (page: JudgedPage): Record<string, string> => (page.mark ? { marked: page.mark } : {})

function reviewFinding(ctx: RuleContext, flow: FlowTrace, page: JudgedPage, role: 'cancel' | 'checkout', verdict: Verdict): Finding {
  const { seen } = page
  const says = verdict.block ? `says ${quote(verdict.block.text)}` : 'lists the plan'
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message: `${pageName(flow, page)} (${pathOf(seen.snapshot.url)}, ${flow.name} flow, step ${seen.step.index}) ${says} but not ${verdict.detail}${markedClick(page)}.`,
    evidence: verdict.block
      ? evidenceAt(seen, verdict.block, verdict.block.text, { ...verdict.facts, confirms: subjectOf(role), ...markFact(page) })
      : evidenceOfPage(seen, { ...verdict.facts, confirms: subjectOf(role), ...markFact(page) }),
  })
}

function missingFinding(ctx: RuleContext, flow: FlowTrace, page: JudgedPage, role: 'cancel' | 'checkout'): Finding {
  const { seen } = page
  const kind = role === 'cancel' ? 'cancellation' : 'order'
  const transient = page.texts.filter((t) => !t.persistent)
  // What the site showed instead: a passing notice that said something, if there was one. A text
  // that merely changed (a ticking timer) was no notice.
  const saying = transient.filter((t) => confirms(t.block.text, kind).match)
  const toast =
    saying.find((t) => t.block.fixed) ??
    saying[0] ??
    transient.find((t) => t.block.live || ['status', 'alert'].includes(t.block.kind))
  const where = `(${pathOf(seen.snapshot.url)}, ${flow.name} flow, step ${seen.step.index})`
  const facts = { confirms: subjectOf(role), settledAfterMs: page.settledAfterMs ?? null, ...markFact(page) }
  if (toast) {
    const gone =
      page.settledAfterMs !== undefined && !toast.shownLater
        ? `gone ${Math.round(page.settledAfterMs / 100) / 10} s later`
        : '(fixed, in a live region), which does not stay'
    return ctx.finding({
      flow: flow.name,
      step: seen.step.index,
      message: `${page.mark?.startsWith('confirms-') ? `${pageName(flow, page)} shows no lasting ${subjectOf(role)} confirmation` : `The ${flow.name} flow ends without a lasting ${subjectOf(role)} confirmation`} ${where}: the only notice, ${quote(toast.block.text)}, was a ${toast.block.fixed ? 'toast' : 'message'} ${gone}${markedClick(page)}.`,
      evidence: evidenceAt(seen, toast.block, toast.block.text, { ...facts, transientText: toast.block.text, fixed: toast.block.fixed, live: toast.block.live }),
    })
  }
  const headline =
    page.texts.find((t) => t.persistent && t.block.kind === 'heading') ?? page.texts.find((t) => t.persistent)
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message: `${pageName(flow, page)} ${where} does not confirm the ${subjectOf(role)}${headline ? `: it says ${quote(headline.block.text)}` : ''}${role === 'cancel' ? ', nothing about the subscription being cancelled or when it ends' : ', nothing saying that the order went through'}${markedClick(page)}.`,
    evidence: headline
      ? evidenceAt(seen, headline.block, headline.block.text, { ...facts, headline: headline.block.text })
      : evidenceOfPage(seen, facts),
  })
}
