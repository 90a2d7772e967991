import type { FlowTrace, StepRecord } from '../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { cancelRoutesIn } from '../text/hard-to-cancel.js'
import { mentionOf } from '../text/match-topic.js'
import { defineRule, type RuleContext } from './define-rule.js'
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
import { pressedOn } from './lib/cancel-path.js'
import { contactChannels } from './lib/contact-routes.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { finalPage } from './lib/final-page.js'
import { flowsWithRole, pagePath, pathOf, ranFlows, roleOf, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { ownElements } from './lib/own-elements.js'
import { pageLabelLanguages, readInPageLanguages } from './lib/site-language.js'

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

/** The page's own cancel control: a "Cancel subscription" among a chat widget's help articles is not
 * a way the site offers. */
function cancelControlOn(snapshot: PageSnapshot): OnlineWay | undefined {
  const control = ownElements(snapshot).find(isCancelControl)
  return control ? { text: control.name || control.text, target: control } : undefined
}

/** What a page offers as an online way to cancel: a cancel control, or text that gives one. */
function onlineWayOn(snapshot: PageSnapshot): OnlineWay | undefined {
  const control = cancelControlOn(snapshot)
  if (control) return control
  for (const block of snapshot.texts) {
    if (!block.visible) continue
    // Online routes are only read in sentences about cancelling.
    if (pageLabelLanguages(snapshot).some((lang) => cancelRoutesIn(block.text, { lang }).online.length)) return { text: block.text, target: block }
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
      const routes = readInPageLanguages(
        seen.snapshot,
        (lang) => cancelRoutesIn(block.text, { lang }),
        (r) => r.online.length + r.offline.length + r.impliedOffline.length > 0,
      )
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

/** Evidence with no element to outline: the page as a whole. */
const WHOLE_PAGE = { selector: 'html', box: { x: 0, y: 0, width: 0, height: 0 } }

/** Where a step's evidence is shown: the page before it with the control it pressed outlined, when
 * that control can be found there; else the page the step reached. */
function shownAt(seenHere: readonly SeenStep[], at: number): { on: SeenStep; control?: SnapshotElement } {
  const reached = seenHere[at] as SeenStep
  const before = seenHere[at - 1]
  const control = before && pressedOn(before.snapshot, reached.step)
  return control && before ? { on: before, control } : { on: reached }
}

/** The step of a cancel flow that landed on an HTTP error page, with where it is shown. */
function brokenCancelStep(flow: FlowTrace): { errorPage: SeenStep; status: number; on: SeenStep; control?: SnapshotElement } | undefined {
  const seenHere = seenSteps(flow)
  const at = seenHere.findIndex((s) => s.step.status === 'failed' && (s.step.httpStatus ?? 0) >= 400)
  const errorPage = seenHere[at]
  if (!errorPage) return undefined
  return { errorPage, status: errorPage.step.httpStatus!, ...shownAt(seenHere, at) }
}

type Download = NonNullable<StepRecord['downloads']>[number]

/** Steps that downloaded a file in a cancel flow, or when a control worded for cancelling was
 * pressed or the page was about cancelling: with where they are shown. */
function cancellationDownloads(flows: readonly FlowTrace[]): Array<{ on: SeenStep; download: Download; control?: SnapshotElement }> {
  const found: Array<{ on: SeenStep; download: Download; control?: SnapshotElement }> = []
  for (const flow of flows) {
    const seenHere = seenSteps(flow)
    for (const [i, seen] of seenHere.entries()) {
      const download = seen.step.downloads?.[0]
      if (!download) continue
      const previous = seenHere[i - 1]
      const pressedFor =
        mentionOf(seen.step.target?.text ?? '', 'cancel') ||
        mentionOf(download.fileName.replace(/[-_.]+/g, ' '), 'cancel') ||
        previous?.snapshot.texts.some((t) => t.visible && t.kind === 'heading' && mentionOf(t.text, 'cancel'))
      if (roleOf(flow) !== 'cancel' && !pressedFor) continue
      // A file saved from a page that says the cancellation went through is its record (a copy of
      // the confirmation the consumer may keep), not a form to send.
      if (previous?.snapshot.texts.some((t) => t.visible && mentionOf(t.text, 'cancelled'))) continue
      found.push({ download, ...shownAt(seenHere, i) })
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
    requires: [{ flows: ['any'], needs: 'every-page' }],
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
    decides: {
      how: [
        'Text on the pages the cancel flow reached (and help pages) is read for the routes it gives to cancel: by phone, letter, e-mail, chat or a person, against an online way (a button, a form, the account). A finding needs a route through a person or paper and no online way seen on any page.',
        'Sentences are read in the language the page\'s `lang` attribute names and, when they give nothing there, in the language the page\'s words read as: a German page left at `lang="en"` is read in German too.',
        'A phone number is digits in the groups phones are written in (at least seven, with a phone cue or phone-like grouping); ranges and answer options such as "1-5", "6-20" or "0 1-5 6-20 20+" in a survey are not numbers to call.',
        'A cancel button or link is an online way only when it is the site\'s own: in the page, or in a frame the site serves from its own origin. A "Cancel subscription" among a chat widget\'s help articles or in an ad (drawn into an empty frame by another party\'s script) is not one.',
        'A cancel flow whose step answered an HTTP error (400 or above) is a broken way to cancel.',
        'A file downloaded in a cancel flow, from a control or file named for cancelling, or on a page headed about cancelling, is a paper route; an invoice, or a confirmation saved after the cancellation went through, is not.',
      ],
      flagged: 'The account page says "To cancel, call us on 0800 123 456 (Mon–Fri)" and offers no cancel button.',
      notFlagged: 'A cancellation survey asking "How many roles did you apply for? 0 · 1-5 · 6-20 · 20+" on the way to a "Complete cancellation" button.',
    },
  },
  check(site, ctx) {
    const flows = ranFlows(site)
    const steps = flows.flatMap(seenSteps)
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

    // A document to download where a person looks for the way to cancel is a paper route: print,
    // sign, post.
    for (const { on, download, control } of cancellationDownloads(flows)) {
      const finding = ctx.finding({
        flow: on.flow.name,
        step: on.step.index,
        message: `${control ? `${quote(control.text)} on ${where(on)}` : `Step ${on.step.index} of the ${on.flow.name} flow`} downloads ${quote(download.fileName)} (${download.type}) instead of cancelling online: a form to fill in and send is a way through paper${onlineElsewhere ? `; an online way was also seen at ${where(onlineElsewhere.seen)}, so which way works needs checking` : ''}.`,
        evidence: evidenceAt(on, control ?? on.snapshot.texts[0] ?? WHOLE_PAGE, control?.text ?? download.fileName, {
          downloadedFile: download.fileName,
          fileType: download.type,
          downloadedFrom: download.url,
        }),
      })
      if (onlineElsewhere || !joinedOnline) reviews.push(finding)
      else findings.push(finding)
    }

    for (const flow of flowsWithRole(site, ['cancel'])) {
      const broken = brokenCancelStep(flow)
      if (broken) {
        // The flow stopped on an error page: that is the finding, not a reason the rule cannot judge.
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: broken.on.step.index,
            message: `The ${flow.name} flow's way to cancel is broken: ${broken.control ? `${quote(broken.control.text)} on ${where(broken.on)} leads` : `step ${broken.errorPage.step.index} leads`} to an error page (HTTP ${broken.status} at ${pathOf(broken.errorPage.step.url)}).`,
            evidence: evidenceAt(broken.on, broken.control ?? broken.on.snapshot.texts[0] ?? WHOLE_PAGE, broken.control?.text ?? `HTTP ${broken.status}`, {
              httpStatus: broken.status,
              errorPage: broken.errorPage.step.url,
            }),
          }),
        )
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
