import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import type { Box, PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { markedAs } from '../scenario/step-mark.js'
import { cancelRoutesIn } from '../text/hard-to-cancel.js'
import { disclosesRenewal, RENEWAL_TERMS, type RenewalTerm } from '../text/renewal-disclosure.js'
import { trialTerms } from '../text/trial-terms.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import {
  californiaArlClearDisclosure,
  californiaArlConsent,
  crdOrderInformation,
  minnesotaAutoRenewal,
  newYorkAutoRenewal,
  roscaNegativeOption,
  ukDmccSubscriptions,
} from './data/legal-references.js'
import { type Prominence, prominenceOf, whyInconspicuous } from './lib/conspicuous.js'
import { controlKind, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { pagePath, pathOf, ranFlows, type SeenStep } from './lib/flows.js'
import { orderSteps, paymentFieldsOf, recurringOfferButton } from './lib/order-step.js'
import { readingLanguage } from './lib/site-language.js'
import { SMALL_TEXT_RATIO } from './lib/visibility.js'
import { distinctPages } from './lib/pages.js'
import { pricesIn } from './lib/price.js'

/** Below WCAG 2's minimum contrast for body text (SC 1.4.3), terms are not conspicuous. */
const BODY_TEXT_CONTRAST = 4.5

const TERM_NAMES: Record<RenewalTerm, string> = {
  untilCancelled: 'that it renews until cancelled',
  price: 'the price',
  period: 'how often it is charged',
  howToCancel: 'how to cancel',
}

/** A statement of the renewal on the payment page, and how it stands beside the button. */
interface Disclosure {
  target: Pick<TextBlock, 'selector' | 'box' | 'context'>
  text: string
  /** Whether it states the renewal itself, rather than only how to cancel. */
  renews: boolean
  terms: RenewalTerm[]
  prominence: Prominence
  contrastRatio: number | null
}

const isSubmit = (el: SnapshotElement): boolean =>
  el.visible && ((el.tag === 'button' && (el.type ?? 'submit') === 'submit') || (el.tag === 'input' && el.type === 'submit'))

const isButtonLike = (el: SnapshotElement): boolean => el.visible && (isSubmit(el) || el.tag === 'button' || el.role === 'button')

/** The button that sends the payment: the first button below the last payment field (a submit
 * first, else any), else the last submit button on the page. */
function finalButton(snapshot: PageSnapshot, fields: SnapshotElement[]): SnapshotElement | undefined {
  const lastField = Math.max(...fields.map((f) => f.box.y))
  const below = (els: SnapshotElement[]) => els.filter((b) => b.box.y >= lastField).sort((a, b) => a.box.y - b.box.y)[0]
  const submits = snapshot.elements.filter(isSubmit)
  return below(submits) ?? below(snapshot.elements.filter(isButtonLike)) ?? submits.at(-1)
}

const pageKey = (seen: SeenStep): string => `${seen.flow.name}|${pagePath(seen.snapshot.url)}`

/** Where the user commits to pay, with the button that does it: the page of each click that placed
 * an order, every page that offers a recurring plan to accept or decline (whichever was pressed),
 * and every other page that takes payment details (a scan reads those without sending them). */
function orderPages(site: SiteTrace): { seen: SeenStep; button: SnapshotElement; marked: boolean }[] {
  const pages: { seen: SeenStep; button: SnapshotElement; marked: boolean }[] = []
  const judged = new Set<string>()
  const markedFlows = new Set<FlowTrace>()
  for (const order of orderSteps(site)) {
    const { before, element } = order.click
    const marked = order.how === 'marked'
    if (marked) markedFlows.add(order.click.flow)
    const button = element ?? (order.paymentFields.length ? finalButton(before.snapshot, order.paymentFields) : undefined)
    if (!button) continue
    pages.push({ seen: before, button, marked })
    judged.add(pageKey(before))
  }
  // Each flow on its own: an offer met in the checkout and again in a flow of its own is judged in both.
  // A flow whose order step is marked is judged there alone: the auditor said where the user commits.
  for (const flow of ranFlows(site).filter((f) => !markedFlows.has(f))) {
    // The page as it stood when the user pressed its button: fields filled, add-ons ticked.
    for (const seen of distinctPages([flow], 'last')) {
      if (judged.has(pageKey(seen))) continue
      const fields = paymentFieldsOf(seen.snapshot)
      // A scan presses nothing: an offer's yes/no buttons it only saw were never a choice made there.
      const button = fields.length ? finalButton(seen.snapshot, fields) : site.mode === 'scan' ? undefined : recurringOfferButton(seen.snapshot)
      if (!button) continue
      pages.push({ seen, button, marked: false })
      judged.add(pageKey(seen))
    }
  }
  return pages
}

/** Whether the page sells something that recurs: a price with a period, a trial, or a renewal. */
function sellsSubscription(snapshot: PageSnapshot, disclosures: Disclosure[]): boolean {
  const lang = readingLanguage(snapshot)
  const visible = snapshot.texts.filter((t) => t.visible)
  return (
    disclosures.some((d) => d.renews) ||
    visible.some((t) => pricesIn(t.text).some((p) => p.recurring && p.amount > 0) || trialTerms(t.text, { lang }).offers.length > 0)
  )
}

function disclosuresOn(snapshot: PageSnapshot, button: Box): Disclosure[] {
  const lang = readingLanguage(snapshot)
  const found: Disclosure[] = []
  for (const block of snapshot.texts) {
    const said = disclosesRenewal(block.text, { lang })
    const prominence = prominenceOf(block, snapshot, button)
    if (said.renews) {
      const terms = RENEWAL_TERMS.filter((t) => said.terms[t])
      found.push({ target: block, text: block.text, renews: true, terms, prominence, contrastRatio: null })
      continue
    }
    // "Cancel online at any time from your account" in the next sentence completes the terms, as
    // "$9.99/month" beside the button gives the price and the period.
    const routes = cancelRoutesIn(block.text, { lang })
    const terms: RenewalTerm[] = routes.online.length + routes.offline.length > 0 ? ['howToCancel'] : []
    if (pricesIn(block.text).some((p) => p.recurring && p.amount > 0)) terms.push('price', 'period')
    if (terms.length) found.push({ target: block, text: block.text, renews: false, terms, prominence, contrastRatio: null })
  }
  // A box to tick ("I understand my plan renews…") states the terms in its label, whose look is known.
  for (const el of snapshot.elements) {
    if (controlKind(el) !== 'checkbox') continue
    const label = labelOf(el)
    const said = disclosesRenewal(label, { lang })
    if (!said.renews) continue
    const block: TextBlock = {
      selector: el.selector,
      tag: el.tag,
      kind: 'label',
      text: label,
      visible: el.visible,
      box: el.box,
      fontSizePx: el.look.fontSizePx,
      fixed: false,
      live: false,
      context: el.context,
    }
    found.push({
      target: el,
      text: label,
      renews: true,
      terms: RENEWAL_TERMS.filter((t) => said.terms[t]),
      prominence: prominenceOf(block, snapshot, button),
      contrastRatio: el.look.contrastRatio,
    })
  }
  return found
}

const isFaint = (d: Disclosure): boolean => d.contrastRatio !== null && d.contrastRatio < BODY_TEXT_CONTRAST
/** Terms must stand out from the text around them (the California ARL asks for larger or contrasting
 * type): at three quarters of the body size or less (12px under 16px, the "text-xs" of fine print)
 * they are fine print, the boundary included. */
const isFinePrint = (d: Disclosure): boolean => d.prominence.small || d.prominence.fontSizePx <= d.prominence.bodyFontSizePx * SMALL_TEXT_RATIO
const isClear = (d: Disclosure): boolean => !d.prominence.hidden && !isFinePrint(d) && !d.prominence.far && !isFaint(d)

function whyUnclear(d: Disclosure): string {
  const reasons = whyInconspicuous({ ...d.prominence, small: isFinePrint(d) })
  if (isFaint(d)) reasons.push(`at contrast ${d.contrastRatio}:1 (below ${BODY_TEXT_CONTRAST}:1)`)
  return reasons.join(', ')
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'hidden-renewal-terms',
    title: 'Auto-renewal terms are missing or out of sight where the user pays',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [
      roscaNegativeOption,
      californiaArlClearDisclosure,
      californiaArlConsent,
      newYorkAutoRenewal,
      minnesotaAutoRenewal,
      crdOrderInformation,
      ukDmccSubscriptions,
    ],
    help: 'A subscription that renews by itself must say so where the user pays: that it runs until cancelled, what it costs, how often, and how to cancel. Terms that are missing there, or kept in fine print, faint type, a collapsed section or far below the button, are not seen by the people who agree to them.',
    fix: 'Put the renewal terms (until cancelled, price, period and how to cancel) in body-size, readable type right beside the button that starts the subscription.',
    decides: {
      how: [
        'The rule judges each place where a recurring offer is accepted: the page of every click that placed an order (`lib/order-step.ts`), every page offering a recurring price with a yes and a no button within 300px of each other (whichever was pressed; a cookie banner\'s "Accept all" and "Reject all" are not such an offer), and every other page with payment fields (a scan reads those without sending them).',
        'In a flow where the scenario marks the step that places the order (`mark: places-order`), the page of the marked click is the one place judged in that flow, and the finding says it was marked.',
        'A page is judged only when it sells something that recurs: a price with a period (also "€/mois", "al mes", "per maand"), a trial, or a renewal statement.',
        'Beside the button it looks for four terms: that the contract runs until cancelled, the price, the period and how to cancel. Renewal statements are read in the page\'s own language (its text, not a template\'s `lang` attribute) and include contracts that run on said by their term or how they end ("sans engagement", "d\'une durée de 2 ans", "monatlich kündbar", "minimum term"); a recurring price in view gives the price and the period.',
        'A statement is clear only when it is visible, not fine print (at most three quarters of the body size, 12px under 16px, counts as fine print: the California ARL asks for type larger than or contrasting with the text around it), within 1.5 screen heights of the button, and, for a checkbox label, at WCAG\'s 4.5:1 contrast.',
        'A finding names the terms missing in view and where the renewal is stated out of sight.',
      ],
      flagged: '"Join for $9.99/month" above "Yes, add the club" and nothing else, or a plan page whose only word on its two-year term is 12px text under the button.',
      notFlagged: 'A one-off extra offered with yes and no buttons ("Gift wrap for $3.00"), or a checkout that says "Renews every month at $4.99 until you cancel. Cancel online any time in your account settings." beside the button.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let paymentPages = 0
    for (const { seen, button, marked } of orderPages(site)) {
      const { snapshot } = seen
      const disclosures = disclosuresOn(snapshot, button.box)
      if (!sellsSubscription(snapshot, disclosures)) continue
      paymentPages++

      const clear = disclosures.filter(isClear)
      const stated = new Set(clear.flatMap((d) => d.terms))
      const missing = RENEWAL_TERMS.filter((t) => !stated.has(t))
      if (missing.length === 0) continue

      const unclear = disclosures.filter((d) => d.renews && !isClear(d)).sort((a, b) => b.terms.length - a.terms.length)[0]
      const buttonText = button.text || button.name
      const missingNames = missing.map((t) => TERM_NAMES[t]).join(', ')
      const statedInView = clear.some((d) => d.renews)
      const base =
        !statedInView
          ? `At ${where(seen)}, where the user pays with ${quote(buttonText)}, no auto-renewal terms are in view near the button`
          : `At ${where(seen)}, the renewal terms in view near ${quote(buttonText)} leave out ${missingNames}`
      const hidden = unclear ? `; the renewal is stated only ${whyUnclear(unclear)}: ${quote(unclear.text, 120)}` : ''
      const target = unclear && !unclear.prominence.hidden ? unclear.target : button
      findings.push(
        ctx.finding({
          flow: seen.flow.name,
          step: seen.step.index,
          message: `${base}${!statedInView ? ` (missing in view: ${missingNames})` : ''}${hidden}${marked ? ` ${markedAs('places-order')}` : ''}.`,
          evidence: evidenceAt(seen, target, target === button ? buttonText : (unclear?.text ?? buttonText), {
            button: buttonText,
            buttonSelector: button.selector,
            missingTerms: missing.join(', '),
            termsInView: [...stated].join(', ') || null,
            ...(marked ? { marked: 'places-order' } : {}),
            ...(unclear
              ? {
                  hiddenTerms: unclear.text,
                  hiddenTermsSelector: unclear.target.selector,
                  hiddenTermsVisible: !unclear.prominence.hidden,
                  hiddenTermsFontSizePx: unclear.prominence.fontSizePx,
                  bodyFontSizePx: unclear.prominence.bodyFontSizePx,
                  hiddenTermsGapPx: unclear.prominence.hidden ? null : unclear.prominence.gapPx,
                  hiddenTermsContrast: unclear.contrastRatio,
                }
              : {}),
          }),
        }),
      )
    }

    if (paymentPages === 0) return notApplicable('no page of the signup or checkout flows takes payment details or places the order for a subscription')
    return failIfAny(findings)
  },
})
