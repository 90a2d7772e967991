import type { SiteTrace } from '../artifacts/site-trace.js'
import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { type FieldPurpose, cancellationButtonLabelIn, confirmationLabelIn, fieldPurpose, saveLabelIn } from '../text/cancellation-button.js'
import { dateIn, timeOfDayIn } from '../text/dates.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, notApplicable, outOfScope, type RuleContext } from './define-rule.js'
import { bgbCancellationButton, bgbCancellationConfirmationPage } from './data/legal-references.js'
import { type ConfirmationPage, confirmationPageOf } from './lib/cancellation-page.js'
import { controlLabel } from './lib/clicks.js'
import { isFormField, labelOf } from './lib/controls.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { finalPage, isPageChrome } from './lib/final-page.js'
import { flowsWithRole, pagePath, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { pricesIn } from './lib/price.js'
import { siteLanguage } from './lib/site-language.js'

/** The confirmation button has to be seen without scrolling far: its top edge within one and a half
 * screen heights of the top of the page, i.e. at most half a screen of scrolling on a form that short. */
const MAX_SCREENS_TO_CONFIRM = 1.5

const isPressable = (el: SnapshotElement): boolean =>
  el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button' || (el.tag === 'input' && ['submit', 'button'].includes(el.type ?? ''))

const pressableLabel = (el: SnapshotElement): string => el.text || el.name

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

const listPaths = (paths: readonly string[], max = 5): string =>
  `${paths.slice(0, max).map(pathOf).join(', ')}${paths.length > max ? ` and ${paths.length - max} more` : ''}`

/** The pages of the site itself that the trace read, by page (origin and path), each with the
 * readings of it. */
function pagesRead(site: SiteTrace): Map<string, SeenStep[]> {
  let origin: string | undefined
  try {
    origin = new URL(site.baseUrl).origin
  } catch {
    origin = undefined
  }
  const pages = new Map<string, SeenStep[]>()
  for (const seen of ranFlows(site).flatMap(seenSteps)) {
    if (origin && !seen.snapshot.url.startsWith(origin)) continue
    const key = pagePath(seen.snapshot.url)
    pages.set(key, [...(pages.get(key) ?? []), seen])
  }
  return pages
}

export default defineRule({
  meta: {
    id: 'cancellation-button-de',
    title: 'No lawful cancellation button on a German subscription site',
    category: 'obstruction',
    severity: 'info',
    severityByJurisdiction: { de: 'critical' },
    requires: [
      { flows: ['any'], needs: 'any-page' },
      { flows: ['cancel'], needs: 'every-page', optional: true },
    ],
    scan: true,
    references: [bgbCancellationButton, bgbCancellationConfirmationPage],
    help: 'German law requires a site that sells subscriptions to offer, on every page, a button labelled "Verträge hier kündigen" that leads to a short confirmation page with a "jetzt kündigen" button and then to a confirmation the consumer can save with the date and time of the declaration. Anything that hides the button, renames it or asks for more than the law allows (a login, a password, a survey) keeps consumers in contracts they have decided to end.',
    fix: 'Put a "Verträge hier kündigen" button on every page, leading without login to a form that asks only what § 312k(2) BGB allows, with a "Jetzt kündigen" button and a saveable confirmation showing the date and time.',
    decides: {
      how: [
        'Applies to a German site that sells subscriptions: most pages read as German (by their text, or by their `lang` attribute where a page has fewer than 80 letters to go by), and the trace has a signup, checkout or cancel flow or a page showing a recurring price. § 312k BGB is German law: a site in another language is out of its scope.',
        'Every page of the site\'s own origin that was read must show a visible link or button labelled "Verträge hier kündigen" or as unambiguously ("Vertrag kündigen", "Abo kündigen", "Mitgliedschaft kündigen"); "Kündigung" alone, "Mitgliedschaft verwalten" and "Abo beenden" do not say that pressing them cancels a contract here. One finding lists the pages without it; when no page has it, the finding names the nearest control that speaks of cancelling.',
        'The confirmation page is the first page of the cancel flow with a "jetzt kündigen" control (or "Kündigung bestätigen", "Kündigung absenden"), else the page the flow\'s last click to another page was made on; in `cancelcheck scan`, which presses nothing there, the page the way to cancel led to. Reported there: no such control, one not visible when the page loads, or one whose top edge lies more than 1.5 screen heights down the page (more than half a screen of scrolling on a form that should be short).',
        'The confirmation page may ask only what § 312k(2) allows: the kind of termination (and the reason for an extraordinary one), who the consumer is, which contract, when it should end and an address for the confirmation. A field for a password or payment details (IBAN, card) is reported whether or not it must be filled; any other question, such as why the consumer leaves, only when it must be answered.',
        'Once the flow has sent the form and completed, the page it ended on must show the date and time of day of the declaration in one block of text that stays (not a toast gone a few seconds later) and a control to save, download or print it (§ 312k(3)). A scan sends nothing and does not judge this; a cancel flow that stopped on the confirmation page without sending it, or a trace without a cancel flow, goes to review.',
      ],
      flagged: 'No page read shows "Verträge hier kündigen" or an equally clear label; the way out is a 12px "Mitgliedschaft beenden" link on the account page.',
      notFlagged: 'A confirmation page with "Jetzt kündigen" in view whose "Möchten Sie uns sagen, warum Sie gehen?" box is optional, or that requires the reason for an extraordinary termination.',
    },
  },
  check(site, ctx) {
    const language = siteLanguage(site)
    if (!language) return notApplicable('no page of the site told its language')
    if (language.lang !== 'de') {
      return outOfScope(`the site is not in German: ${language.pages} of ${language.of} page(s) read are in "${language.lang}"`)
    }
    const pages = pagesRead(site)
    const sells =
      flowsWithRole(site, ['signup', 'checkout', 'cancel']).length > 0 ||
      [...pages.values()].flat().some((s) => s.snapshot.texts.some((t) => t.visible && pricesIn(t.text).some((p) => p.recurring)))
    if (!sells) return notApplicable('no subscription was seen: no signup, checkout or cancel flow and no recurring price')

    const findings: Finding[] = []
    const reviews: string[] = []

    const button = buttonOnEveryPage(ctx, site, pages)
    if (button) findings.push(button)

    const cancels = flowsWithRole(site, ['cancel'])
    if (cancels.length === 0) reviews.push('no cancel flow in this trace, so the confirmation page and the confirmation were not checked')
    for (const flow of cancels) {
      const page = site.mode === 'scan' ? pageCancelPathLedTo(flow) : confirmationPageOf(site, flow)
      if (!page) {
        reviews.push(`the ${flow.name} flow never left a page with a click, so no confirmation page could be told`)
        continue
      }
      const confirm = confirmButtonFinding(ctx, page)
      if (confirm) findings.push(confirm)
      findings.push(...excessFieldFindings(ctx, page))

      if (!page.leftBy) {
        // A scan sends nothing: what it can judge ends with the page the button led to.
        if (site.mode !== 'scan') reviews.push(`the ${flow.name} flow ended on its confirmation page ${pathOf(page.seen.snapshot.url)} without sending it`)
        continue
      }
      const saved = saveableConfirmationFinding(ctx, flow)
      if (saved) findings.push(saved)
    }

    return conclude({
      findings,
      reviewReason: reviews.length ? reviews.join('; ') : undefined,
    })
  },
})

/** § 312k(2) sentence 1: a control labelled "Verträge hier kündigen" (or as unambiguously) on every page. */
function buttonOnEveryPage(ctx: RuleContext, site: SiteTrace, pages: Map<string, SeenStep[]>): Finding | undefined {
  const buttonOn = (seen: SeenStep): SnapshotElement | undefined =>
    seen.snapshot.elements.find((el) => el.visible && isPressable(el) && cancellationButtonLabelIn(pressableLabel(el)))
  const withButton = [...pages].filter(([, seens]) => seens.some(buttonOn))
  const missing = [...pages].filter(([, seens]) => !seens.some(buttonOn))
  if (missing.length === 0) return undefined
  const [firstPath, firstSeens] = missing[0] as [string, SeenStep[]]
  const firstMissing = firstSeens[0] as SeenStep
  const facts = { pagesRead: pages.size, pagesWithButton: withButton.length, pagesWithoutButton: missing.length, pagesWithout: missing.map(([p]) => pathOf(p)).join(' ') }

  if (withButton.length > 0) {
    const [, seens] = withButton[0] as [string, SeenStep[]]
    const shown = seens.map(buttonOn).find(Boolean) as SnapshotElement
    return ctx.finding({
      flow: firstMissing.flow.name,
      step: firstMissing.step.index,
      message: `The cancellation button ${quote(pressableLabel(shown))} is on ${withButton.length} of the ${pages.size} pages read but missing from ${missing.length}: ${listPaths(missing.map(([p]) => p))} (first seen without it: ${where(firstMissing)}).`,
      evidence: evidenceOfPage(firstMissing, { ...facts, buttonLabel: pressableLabel(shown) }, pathOf(firstPath)),
    })
  }

  // What the site offers instead, to show in the message: the first control that speaks of ending
  // the subscription ("Mitgliedschaft beenden"), preferring one a cancel flow pressed.
  const all = [...pages.values()].flat()
  let nearest: { seen: SeenStep; el: SnapshotElement } | undefined
  for (const seen of all) {
    const el = seen.snapshot.elements.find((e) => e.visible && isPressable(e) && mentions(pressableLabel(e), 'cancel'))
    if (el && (!nearest || (seen.flow.name !== nearest.seen.flow.name && flowsWithRole(site, ['cancel']).includes(seen.flow)))) nearest = { seen, el }
  }
  const paths = [...pages.keys()]
  const message = `None of the ${pages.size} pages read (${listPaths(paths)}) shows a button or link labelled "Verträge hier kündigen" or an equally unambiguous wording`
  if (nearest) {
    const label = pressableLabel(nearest.el)
    return ctx.finding({
      flow: nearest.seen.flow.name,
      step: nearest.seen.step.index,
      message: `${message}; the nearest, ${quote(label)} on ${where(nearest.seen)}, does not say that it cancels the contract here.`,
      evidence: evidenceAt(nearest.seen, nearest.el, label, { ...facts, nearestLabel: label, nearestFontSizePx: nearest.el.look.fontSizePx }),
    })
  }
  return ctx.finding({
    flow: firstMissing.flow.name,
    step: firstMissing.step.index,
    message: `${message}, and no control on them speaks of cancelling at all.`,
    evidence: evidenceOfPage(firstMissing, facts),
  })
}

/** In a scan, the cancel flow stops where the way to cancel led, and nothing is pressed there: that
 * page is the one § 312k(2) calls the confirmation page. */
function pageCancelPathLedTo(flow: SeenStep['flow']): ConfirmationPage | undefined {
  const seen = seenSteps(flow)
  const last = seen.at(-1)
  if (!last || seen.length < 2) return undefined
  const confirmButton = last.snapshot.elements.find((el) => isPressable(el) && confirmationLabelIn(el.text || el.name))
  return { seen: last, confirmButton }
}

/** § 312k(2) sentence 2: the confirmation page carries a "jetzt kündigen" button, seen without
 * scrolling far. */
function confirmButtonFinding(ctx: RuleContext, page: ConfirmationPage): Finding | undefined {
  const { seen, confirmButton, leftBy } = page
  const viewport = seen.snapshot.viewport.height
  if (!confirmButton) {
    const label = leftBy ? controlLabel(leftBy) : ''
    const message = `The confirmation page ${where(seen)} has no button labelled "jetzt kündigen" or an equally unambiguous wording${label ? `; the cancellation was sent with ${quote(label)}` : ''}.`
    const facts = { sentWith: label || null }
    return ctx.finding({
      flow: seen.flow.name,
      step: seen.step.index,
      message,
      evidence: leftBy?.element ? evidenceAt(seen, leftBy.element, label, facts) : evidenceOfPage(seen, facts),
    })
  }
  const label = pressableLabel(confirmButton)
  const limit = Math.round(viewport * MAX_SCREENS_TO_CONFIRM)
  const facts = { top: Math.round(confirmButton.box.y), viewportHeight: viewport, limitPx: limit, visible: confirmButton.visible }
  if (!confirmButton.visible) {
    return ctx.finding({
      flow: seen.flow.name,
      step: seen.step.index,
      message: `The ${quote(label)} button on the confirmation page ${where(seen)} is not visible when the page loads.`,
      evidence: evidenceAt(seen, confirmButton, label, facts),
    })
  }
  if (confirmButton.box.y > limit) {
    return ctx.finding({
      flow: seen.flow.name,
      step: seen.step.index,
      message: `The ${quote(label)} button on the confirmation page ${where(seen)} starts ${Math.round(confirmButton.box.y)}px down the page, ${Math.round((confirmButton.box.y / viewport) * 10) / 10} screens of ${viewport}px: more than ${MAX_SCREENS_TO_CONFIRM} screens of scrolling before it is seen.`,
      evidence: evidenceAt(seen, confirmButton, label, facts),
    })
  }
  return undefined
}

const ASKED: Record<Exclude<FieldPurpose, 'allowed' | 'other' | 'reason'>, string> = {
  credentials: 'a password',
  payment: 'payment details',
}

/** § 312k(2): the confirmation page may ask only for the kind of termination (and the reason for an
 * extraordinary one), identity, contract, time and an address for the confirmation. Credentials and
 * payment details are always more; another question is more when it must be answered. */
function excessFieldFindings(ctx: RuleContext, page: ConfirmationPage): Finding[] {
  const { seen } = page
  const fields = seen.snapshot.elements.filter((el) => el.visible && !el.disabled && isFormField(el))
  const groups: Record<'credentials' | 'payment' | 'required', SnapshotElement[]> = { credentials: [], payment: [], required: [] }
  for (const el of fields) {
    const label = labelOf(el)
    const purpose = el.type === 'password' ? 'credentials' : fieldPurpose(label)
    if (purpose === 'credentials' || purpose === 'payment') groups[purpose].push(el)
    else if ((purpose === 'reason' || purpose === 'other') && el.required) groups.required.push(el)
  }
  const allowed = 'the kind of termination, who the consumer is, which contract, when it should end and an address for the confirmation'
  const findings: Finding[] = []
  for (const kind of ['credentials', 'payment'] as const) {
    const els = groups[kind]
    const first = els[0]
    if (!first) continue
    const labels = els.map(labelOf)
    findings.push(
      ctx.finding({
        flow: seen.flow.name,
        step: seen.step.index,
        message: `The confirmation page ${where(seen)} asks for ${ASKED[kind]} (${labels.map((l) => quote(l, 50)).join(', ')}); § 312k(2) BGB lets it ask only for ${allowed}.`,
        evidence: evidenceAt(seen, first, labels.join(' | '), { asks: kind, fields: els.length, required: els.some((e) => e.required === true) }),
      }),
    )
  }
  const required = groups.required
  const first = required[0]
  if (first) {
    const labels = required.map(labelOf)
    const reasons = required.some((el) => fieldPurpose(labelOf(el)) === 'reason')
    findings.push(
      ctx.finding({
        flow: seen.flow.name,
        step: seen.step.index,
        message: `The confirmation page ${where(seen)} requires an answer${reasons ? ' about why the consumer leaves' : ''} that § 312k(2) BGB does not provide for: ${labels.slice(0, 5).map((l) => quote(l, 50)).join(', ')}${labels.length > 5 ? ` and ${labels.length - 5} more` : ''} (required).`,
        evidence: evidenceAt(seen, first, labels.join(' | '), { asks: reasons ? 'reason for leaving' : 'other', fields: required.length, required: true }),
      }),
    )
  }
  return findings
}

/** § 312k(3): after the button, a confirmation the consumer can save, with the date and time the
 * declaration was made. */
function saveableConfirmationFinding(ctx: RuleContext, flow: SeenStep['flow']): Finding | undefined {
  const page = finalPage(flow)
  if (!page) return undefined
  const { seen } = page
  const stamped = page.texts.find((t) => t.persistent && dateIn(t.block.text) && timeOfDayIn(t.block.text))
  const save = seen.snapshot.elements.find((el) => el.visible && isPressable(el) && saveLabelIn(pressableLabel(el)))
  if (stamped && save) return undefined
  const lacks = [stamped ? '' : 'no date and time of the declaration', save ? '' : 'no control to save or print it'].filter(Boolean)
  const headline = page.texts.find((t) => t.persistent && t.block.kind === 'heading' && !isPageChrome(t.block)) ?? page.texts.find((t) => t.persistent)
  const facts = {
    dateAndTime: stamped ? `${dateIn(stamped.block.text)} ${timeOfDayIn(stamped.block.text)}` : null,
    saveControl: save ? pressableLabel(save) : null,
  }
  const message = `The ${flow.name} flow ends on ${where(seen)} without a confirmation the consumer can save: it shows ${lacks.join(' and ')}${headline ? ` (it says ${quote(headline.block.text)})` : ''}.`
  const target = stamped?.block ?? headline?.block
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message,
    evidence: target ? evidenceAt(seen, target, target.text, facts) : evidenceOfPage(seen, facts),
  })
}
