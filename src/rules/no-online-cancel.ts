import type { PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { cancelRoutesIn } from '../text/hard-to-cancel.js'
import { mentionOf } from '../text/match-topic.js'
import { defineRule, notApplicable, type RuleContext, ruleError } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlCancellation,
  ftcNegativeOptionPolicy,
  massachusettsFeesAndRenewals,
  minnesotaAutoRenewal,
  newYorkAutoRenewal,
  roscaNegativeOption,
  ukDmccSubscriptions,
} from './data/legal-references.js'
import { contactChannels } from './lib/contact-routes.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { finalPage } from './lib/final-page.js'
import { failureOf, failuresOf, flowsWithRole, pagePath, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'

/** A button or link that starts cancelling a subscription online: named for cancelling and for the
 * contract ("Cancel subscription", "End my membership"), or pointing at a cancel page. A bare
 * "Cancel" that closes an edit form ends nothing, and a question that opens an answer ("How do I
 * cancel my subscription?") is not a way to cancel. */
function isCancelControl(el: SnapshotElement): boolean {
  if (!el.visible || el.disabled || el.tag === 'summary') return false
  if ((el.name || el.text).trim().endsWith('?')) return false
  const pressable = el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button' || (el.tag === 'input' && el.type === 'submit')
  if (!pressable) return false
  const name = el.name || el.text
  if (!mentionOf(name, 'cancel')) return false
  return Boolean(mentionOf(name, 'subscription')) || /cancel|kuendig|kündig|unsubscribe/i.test(el.href ?? '')
}

type OnlineWay = { text: string; target: SnapshotElement | TextBlock }

function cancelControlOn(snapshot: PageSnapshot): OnlineWay | undefined {
  const control = snapshot.elements.find(isCancelControl)
  return control ? { text: control.name || control.text, target: control } : undefined
}

/** What a page offers as an online way to cancel: a cancel control, or text that gives one. */
function onlineWayOn(snapshot: PageSnapshot): OnlineWay | undefined {
  const control = cancelControlOn(snapshot)
  if (control) return control
  for (const block of snapshot.texts) {
    if (!block.visible) continue
    // Online routes are only read in sentences about cancelling.
    if (cancelRoutesIn(block.text, { lang: snapshot.lang || undefined }).online.length) return { text: block.text, target: block }
  }
  return undefined
}

interface OfflineStatement {
  seen: SeenStep
  block: TextBlock
  phrases: string[]
  required: boolean
  restricted: string[]
}

/** Each text block that ties cancelling to a call, letter, e-mail, chat or support and gives no
 * online way in the same breath; once per page and phrase. */
function offlineStatements(steps: readonly SeenStep[]): OfflineStatement[] {
  const found: OfflineStatement[] = []
  const seenKeys = new Set<string>()
  for (const seen of steps) {
    for (const block of seen.snapshot.texts) {
      if (!block.visible) continue
      const routes = cancelRoutesIn(block.text, { lang: seen.snapshot.lang || undefined })
      if (routes.online.length) continue
      const phrases = [...new Set([...routes.offline, ...routes.impliedOffline])]
      if (phrases.length === 0) continue
      const key = `${pagePath(seen.snapshot.url)}|${phrases.join('|')}`
      if (seenKeys.has(key)) continue
      seenKeys.add(key)
      found.push({ seen, block, phrases, required: routes.required, restricted: [...new Set(routes.restrictedOnline)] })
    }
  }
  return found
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'no-online-cancel',
    title: 'Cancelling needs a call, letter, e-mail or chat',
    category: 'obstruction',
    severity: 'serious',
    flows: ['support', 'cancel', '*'],
    scan: true,
    references: [
      roscaNegativeOption,
      ftcNegativeOptionPolicy,
      californiaArlCancellation,
      newYorkAutoRenewal,
      minnesotaAutoRenewal,
      massachusettsFeesAndRenewals,
      bgbCancellationButton,
      ukDmccSubscriptions,
    ],
    help: 'A subscription taken out online in a few clicks but ended only by phoning, writing or messaging support puts waiting lines, opening hours and persuasion between people and leaving. Several laws require that a contract made online can be ended online, through the same medium.',
    fix: 'Offer an online cancellation in the account that completes without contacting anyone, and say so wherever cancelling is explained.',
  },
  check(site, ctx) {
    const flows = ranFlows(site)
    const steps = flows.flatMap(seenSteps)
    if (steps.length === 0) {
      const failures = failuresOf(flows)
      return failures ? ruleError(failures) : notApplicable('no page of the site was read')
    }
    const joinedOnline = flowsWithRole(site, ['signup', 'checkout']).some((f) => seenSteps(f).length > 0)
    // A cancel button says more than a sentence about cancelling online, so it is looked for first.
    const onlineElsewhere =
      steps.map((s) => ({ seen: s, way: cancelControlOn(s.snapshot) })).find((o) => o.way) ??
      steps.map((s) => ({ seen: s, way: onlineWayOn(s.snapshot) })).find((o) => o.way)

    const findings: Finding[] = []
    const reviews: Finding[] = []
    for (const statement of offlineStatements(steps)) {
      const onPage = onlineWayOn(statement.seen.snapshot)
      if (onPage && !statement.required) continue // an extra way beside the online one
      const finding = statementFinding(ctx, statement, onPage?.text, onPage ? undefined : onlineElsewhere)
      if (onPage || !joinedOnline) reviews.push(finding)
      else findings.push(finding)
    }

    let incomplete: string | undefined
    for (const flow of flowsWithRole(site, ['cancel'])) {
      if (flow.status === 'failed') {
        incomplete ??= failureOf(flow)
        continue
      }
      const page = finalPage(flow)
      if (!page) continue
      const form = contactChannels(page.seen.snapshot).find((c) => c.kind === 'form')
      const cancelled = page.texts.some((t) => t.persistent && mentionOf(t.block.text, 'cancelled'))
      if (!form || cancelled) continue
      const headline = page.texts.find((t) => t.block.kind === 'heading')?.block.text
      const finding = ctx.finding({
        flow: flow.name,
        step: page.seen.step.index,
        message: `The ${flow.name} flow ends on a contact form at ${where(page.seen)}${headline ? `, ${quote(headline)}` : ''} (${quote(form.text, 50)}) instead of a cancellation: nothing on the page says the subscription was cancelled.`,
        evidence: evidenceAt(page.seen, form.target, form.text, { endsOn: 'contact form', cancelledWords: null }),
      })
      if (joinedOnline) findings.push(finding)
      else reviews.push(finding)
    }

    return conclude({
      findings,
      incomplete: incomplete ?? failuresOf(flows),
      reviews,
      reviewReason: reviews.length
        ? joinedOnline
          ? 'a page tells users to cancel offline while also showing an online way: see the findings'
          : 'cancelling is offline, but the trace has no signup or checkout flow showing that joining happens online'
        : undefined,
      passReason: onlineElsewhere ? `an online way to cancel was seen at ${where(onlineElsewhere.seen)}` : undefined,
    })
  },
})

function statementFinding(
  ctx: RuleContext,
  statement: OfflineStatement,
  onPage: string | undefined,
  elsewhere: { seen: SeenStep; way: OnlineWay | undefined } | undefined,
): Finding {
  const { seen, block, phrases, required, restricted } = statement
  const worded = required ? ', worded as the way to do it' : ''
  const besides = onPage
    ? `; the same page also shows ${quote(onPage, 50)}, so which way works needs checking`
    : elsewhere?.way
      ? `; no online way is given there (${quote(elsewhere.way.text, 50)} was only found at ${where(elsewhere.seen)})`
      : '; no online way to cancel was seen on any page'
  const limited = restricted.length ? `; online only for some users (${restricted.map((r) => quote(r)).join(', ')})` : ''
  return ctx.finding({
    flow: seen.flow.name,
    step: seen.step.index,
    message: `${quote(block.text, 120)} on ${where(seen)} says cancelling goes through a person or paper (${phrases.map((p) => quote(p)).join(', ')})${worded}${limited}${besides}.`,
    evidence: evidenceAt(seen, block, block.text, {
      offlinePhrases: phrases.join(' | '),
      required,
      onlineOnSamePage: onPage ?? null,
      onlineElsewhere: onPage ? null : elsewhere?.way ? `${pathOf(elsewhere.seen.snapshot.url)}: ${elsewhere.way.text}` : null,
    }),
  })
}
