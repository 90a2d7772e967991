import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { saysCheckoutTerm } from '../text/checkout-terms.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { dsaInterfaceDesign, ftcActDeception, ucpdMisleadingPractices } from './data/legal-references.js'
import { controlKind, costOfControl, labelOf, radioGroup } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainOf, chainsOf, fullSelector, pagePath, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { namesItem } from './lib/order-summary.js'
import { distinctPages } from './lib/pages.js'
import { costIn, type Price, pricesIn, withoutPrices } from './lib/price.js'
import { labelLanguages } from './lib/site-language.js'
import { tickedByDefault } from './lib/ticked-by-default.js'
import { PLAN_NEED_CLAIMS } from './data/plan-need-claims.js'
import { findEntries } from '../text/phrase-pattern.js'
import { wordCount } from '../text/split-sentences.js'
import { isFaint, isSmallerThan, median } from './lib/visibility.js'

/** A plan the page offers: a radio button with a price, or a button or link with one. */
interface PlanOption {
  element: SnapshotElement
  label: string
  price: Price
}

const isPressable = (el: SnapshotElement): boolean =>
  el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button' || (el.tag === 'input' && el.type === 'submit')

const lookOf = (el: SnapshotElement): string =>
  controlKind(el) ? `a ${controlKind(el) === 'radio' ? 'radio button' : 'checkbox'} with its ${el.card ? 'card' : 'label'}` : `a button in ${el.look.fontSizePx}px type`

/** A plan as the page labels it, with its price when the label leaves it out. */
const named = (label: string, price: Price): string => (label.includes(price.text) ? quote(label) : `${quote(label)} (${price.text})`)

/** The price of a plan a control stands for: on its label or line, else on the card it sits in
 * (a plan card's price is often at its foot, far from the box in its corner). */
const planPrice = (el: SnapshotElement): Price | undefined => {
  const own = costOfControl(el)
  if (own) return own
  const inCard = el.card ? pricesIn(el.card.text).filter((p) => p.amount > 0 && !p.negative) : []
  return inCard.length === 1 ? inCard[0] : undefined
}

/** Checkboxes of one group that the page uses as one choice of plan: two or more, each on a card of
 * its own with one price that is not written as an addition ("+$2.99" is an add-on, which
 * `pre-ticked-upsell` judges), at most one of them ticked. */
function checkboxPlans(snapshot: PageSnapshot): PlanOption[] {
  const boxes = snapshot.elements.filter((el) => el.visible && controlKind(el) === 'checkbox' && el.card)
  const groups = new Map<string, SnapshotElement[]>()
  for (const el of boxes) groups.set(el.region ?? '', [...(groups.get(el.region ?? '') ?? []), el])
  return [...groups.values()].flatMap((group) => {
    const plans = group.flatMap((el) => {
      const price = planPrice(el)
      return price && !price.text.trim().startsWith('+') ? [{ element: el, label: labelOf(el), price }] : []
    })
    if (plans.length < 2 || plans.length !== group.length || group.filter((el) => el.checked).length > 1) return []
    return plans
  })
}

/** The priced plans of a page: radio buttons with a cost, in groups of two or more, and checkbox
 * cards used as one choice of plan. */
function planOptions(snapshot: PageSnapshot): PlanOption[] {
  const radios = snapshot.elements.flatMap((el) => {
    if (!el.visible || controlKind(el) !== 'radio') return []
    const price = planPrice(el)
    if (!price || radioGroup(snapshot, el).filter((o) => planPrice(o)).length === 0) return []
    return [{ element: el, label: labelOf(el), price }]
  })
  return [...radios, ...checkboxPlans(snapshot)]
}

/** The words of an address's query and fragment: "?plan=premium-yearly" reads "plan premium yearly". */
const queryWords = (url: string): string => {
  try {
    const u = new URL(url)
    return decodeURIComponent(`${u.search} ${u.hash}`).replace(/[?&=#_\-+/]+/g, ' ')
  } catch {
    return ''
  }
}

/** A plan shown as a card: a clickable card, or a button, whose own text and line hold the plan. */
interface PlanCard {
  element: SnapshotElement
  text: string
  price?: Price
}

/** Cards of about one size side by side in a group; two or more make a choice of plans. */
const SAME_SIZE = 0.2
/** A card reads as a plan when it says more than a button label: a name, a line about it. */
const MIN_CARD_WORDS = 6

function planCards(snapshot: PageSnapshot): PlanCard[][] {
  const cards = snapshot.elements.filter((el) => el.visible && el.clickable !== undefined && wordCount(el.text) >= MIN_CARD_WORDS)
  const groups = new Map<string, SnapshotElement[]>()
  for (const el of cards) groups.set(el.region ?? '', [...(groups.get(el.region ?? '') ?? []), el])
  return [...groups.values()]
    .map((group) => group.filter((el) => group.some((o) => o !== el && Math.abs(o.box.width - el.box.width) <= SAME_SIZE * el.box.width && Math.abs(o.box.height - el.box.height) <= SAME_SIZE * el.box.height)))
    .filter((group) => group.length >= 2)
    .map((group) => group.map((el) => ({ element: el, text: el.text, price: costIn(el.text) ?? costIn(el.contextText) })))
}

/** The need claimed on a card, in the page's language or any the text heuristics read. */
const needClaimIn = (text: string, lang: string | undefined): string | undefined => {
  const langs = lang && lang in PLAN_NEED_CLAIMS ? [lang as keyof typeof PLAN_NEED_CLAIMS] : (Object.keys(PLAN_NEED_CLAIMS) as (keyof typeof PLAN_NEED_CLAIMS)[])
  return langs.flatMap((l) => findEntries(text, PLAN_NEED_CLAIMS[l]))[0]
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'plan-steering',
    title: 'A pricier plan is chosen for the user, or the cheaper way is hidden',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [ucpdMisleadingPractices, dsaInterfaceDesign, ftcActDeception],
    help: 'When the dearer plan is already selected, or the cheaper way to buy is a tiny or faint link beside large plan buttons, users who do not stop to look pay more than they meant to. The choice should be the user\'s, made between options shown alike.',
    fix: 'Leave the plan unselected (or select the cheapest), and show cheaper options in the same size and style as the others.',
    decides: {
      how: [
        'A plan is a radio button with a price, or a checkbox used as one choice of plan: two or more checkboxes of one group, each on a card of its own with one price not written as an addition ("+$2.99/mo" is an extra, judged by pre-ticked-upsell), at most one of them ticked. The price is read from the control\'s label or line, else from the card it sits in, where pricing pages put it.',
        'Reports a dearer plan selected when its page first shows it, before any step touched it, over a cheaper one of the same currency; unless the user picked it: a press on the way that names the plan ("Choose Gold"), or the address the visitor came by naming it ("/subscribe?plan=gold"). A free or unpriced option beside paid ones makes the group an add-on choice, not plans.',
        'Reports the cheaper way to buy (one-off, free, or a lower price) shown only as a link in type under 75% of the plan controls\' size, or with contrast under 3:1.',
        'Reports a priced plan card (two or more clickable cards of about one size, within a fifth, of six words or more) that claims to be what the visitor\'s situation needs ("Required for your tax situation", "Für Ihre Situation empfohlen"; word lists per language in src/rules/data/plan-need-claims.ts) beside a cheaper or free card. A bare "Recommended" or "Most popular" badge names no need and is left alone. Every step is read, since a single-page app shows its plan cards under its first address.',
      ],
      flagged: 'Gold (€19.99/month) and Silver (€12.99/month) as cards with a checkbox each, Gold ticked when the page opens; a $60 Deluxe card headed "Required for your tax situation" beside the free edition.',
      notFlagged: 'The same cards with nothing ticked, or with Gold arriving ticked from /subscription?plan=gold; two "+$2.99/mo" extras with one ticked; a "Most popular" badge on the dearer card.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reported = new Set<string>()
    const once = (seen: SeenStep, el: SnapshotElement): boolean => {
      const key = `${pagePath(seen.snapshot.url)}|${fullSelector(el)}`
      if (reported.has(key)) return false
      reported.add(key)
      return true
    }

    // A dearer plan selected before the user chose.
    for (const seen of tickedByDefault(site).ticked) {
      const plans = seen.kind === 'checkbox' ? checkboxPlans(seen.snapshot) : []
      if (seen.kind !== 'radio' && !plans.some((p) => p.element === seen.element)) continue
      const price = planPrice(seen.element)
      const group = seen.kind === 'radio' ? radioGroup(seen.snapshot, seen.element) : plans.map((p) => p.element).filter((el) => el !== seen.element)
      // A free or "no thanks" option beside a paid one is an add-on choice: pre-ticked-upsell's.
      if (!price || group.some((o) => !planPrice(o))) continue
      const cheaper = group
        .map((o) => ({ element: o, label: labelOf(o), price: planPrice(o) as Price }))
        .filter((o) => o.price.currency === price.currency && o.price.amount < price.amount)
        .sort((a, b) => a.price.amount - b.price.amount)
      // A plan picked on an earlier page ("Choose Standard") arrives selected: the user's choice.
      // The name without what the brackets add: "Family box (6 meals)" is picked as "Family box".
      const plan = withoutPrices(labelOf(seen.element)).replace(/\s*\(.*$/, '')
      const steps = chainOf(site, seen.flow).flatMap((f) => f.steps)
      const upTo = steps.slice(0, steps.indexOf(seen.step) + 1)
      if (upTo.some((s) => s.kind !== 'goto' && s.target && namesItem(`${s.target.text} ${s.action}`, plan))) continue
      // So does one the address names ("/checkout?plan=premium"), as a pricing page's link passes it on.
      if (upTo.some((s) => s.kind === 'goto' && namesItem(queryWords(s.url), plan))) continue
      const cheapest = cheaper[0]
      if (!cheapest || !once(seen, seen.element)) continue
      const label = labelOf(seen.element)
      findings.push(
        ctx.finding({
          flow: seen.flow.name,
          step: seen.step.index,
          message: `${named(label, price)} was already selected when ${where(seen)} first showed it, before the user chose, over the cheaper ${named(cheapest.label, cheapest.price)}.`,
          evidence: evidenceAt(seen, seen.element, label, {
            preselected: label,
            preselectedPrice: price.text,
            cheapest: cheapest.label,
            cheapestPrice: cheapest.price.text,
            cheaperOptions: cheaper.length,
            checked: true,
          }),
        }),
      )
    }

    // The cheaper way to buy shown as a small or faint link beside the plan controls.
    let planPages = 0
    for (const chain of chainsOf(site)) {
      for (const seen of distinctPages(chain, 'first')) {
        const { snapshot } = seen
        const plans = planOptions(snapshot)
        if (plans.length < 2) continue
        planPages++
        const lang = snapshot.lang || undefined
        const submits = snapshot.elements.filter((e) => e.visible && isPressable(e) && e.tag !== 'a' && e.role !== 'link')
        // A radio button's own font says nothing of its label, which reads at about body size.
        const reference = median([snapshot.bodyFontSizePx, ...submits.map((e) => e.look.fontSizePx)]) ?? snapshot.bodyFontSizePx
        const dearest = Math.max(...plans.map((p) => p.price.amount))
        for (const el of snapshot.elements) {
          if (!el.visible || !(el.tag === 'a' || el.role === 'link')) continue
          const text = el.text || el.name
          const price = costIn(text)
          const alternative =
            saysCheckoutTerm(text, 'oneOff', { lang }) || mentions(text, 'free') || (price !== undefined && price.amount < dearest)
          if (!alternative) continue
          const small = isSmallerThan(el.look.fontSizePx, reference)
          const faint = isFaint(el.look)
          if (!small && !faint) continue
          if (!once(seen, el)) continue
          const plan = plans.find((p) => p.element.checked) ?? plans.reduce((a, b) => (b.price.amount > a.price.amount ? b : a))
          const why = [small ? `${el.look.fontSizePx}px type beside ${reference}px plan controls` : '', faint ? `contrast ${el.look.contrastRatio}:1` : '']
            .filter(Boolean)
            .join(' and ')
          findings.push(
            ctx.finding({
              flow: seen.flow.name,
              step: seen.step.index,
              message: `At ${where(seen)} the cheaper way to buy, ${quote(text)}, is only a link in ${why}, while ${named(plan.label, plan.price)} is ${lookOf(plan.element)}.`,
              evidence: evidenceAt(seen, el, text, {
                alternative: text,
                alternativePrice: price?.text ?? null,
                alternativeFontSizePx: el.look.fontSizePx,
                alternativeContrast: el.look.contrastRatio,
                planControlFontSizePx: reference,
                plan: plan.label,
                planPrice: plan.price.text,
              }),
            }),
          )
        }
      }
    }

    // A dearer plan card claimed to be what the visitor needs, beside a cheaper or free one. Every
    // step counts: a single-page app shows its plan cards under the address of its first page.
    for (const chain of chainsOf(site)) {
      for (const seen of chain.flatMap(seenSteps)) {
        for (const group of planCards(seen.snapshot)) {
          const priced = group.filter((c) => c.price)
          if (priced.length === 0) continue
          planPages++
          for (const card of priced) {
            const claim = labelLanguages(site, seen.snapshot).map((lang) => needClaimIn(card.text, lang)).find(Boolean)
            const price = card.price as Price
            const cheaper = group.find((o) => o !== card && (!o.price ? mentions(o.text, 'free') : o.price.currency === price.currency && o.price.amount < price.amount))
            if (!claim || !cheaper || !once(seen, card.element)) continue
            const cheaperName = cheaper.price ? `${quote(cheaper.text, 50)} (${cheaper.price.text})` : quote(cheaper.text, 50)
            findings.push(
              ctx.finding({
                flow: seen.flow.name,
                step: seen.step.index,
                message: `At ${where(seen)} the ${price.text} plan card ${quote(card.text, 60)} is labelled ${quote(claim)}, steering the visitor from the cheaper ${cheaperName} with a claim about their situation rather than a choice.`,
                evidence: evidenceAt(seen, card.element, card.text, { claim, plan: card.text, planPrice: price.text, cheaper: cheaper.text, cheaperPrice: cheaper.price?.text ?? null }),
              }),
            )
          }
        }
      }
    }

    if (planPages === 0 && findings.length === 0) return notApplicable('no page of the signup or checkout flows offers two or more priced plans')
    return failIfAny(findings)
  },
})
