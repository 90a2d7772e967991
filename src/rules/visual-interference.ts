import type { Box, PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { choiceWording } from '../text/choice-wording.js'
import { wordCount } from '../text/split-sentences.js'
import { defineRule } from './define-rule.js'
import {
  californiaArlSaveOffers,
  ccpaConsent,
  dsaInterfaceDesign,
  ucpdAggressivePractices,
  ucpdMisleadingPractices,
} from './data/legal-references.js'
import { type ChoiceOption, choiceOptions, pressableText } from './lib/choice-options.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { isClickLike, pagePath, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { CLEAR_CONTRAST, describeLook, type Look, lookOf, prominenceFacts, prominenceGap, type ProminenceGap } from './lib/prominence.js'
import { labelLanguages } from './lib/site-language.js'
import { FAINT_CONTRAST, SMALL_TEXT_RATIO } from './lib/visibility.js'

// When the costly option dominates. Ordinary design gives a primary action some weight over a
// secondary one (a filled button beside an outlined one of the same size, a bolder label); these
// thresholds are set above that, at gaps a user notices without looking for them:
/** A full-width button over a one-line link is about 10×; two buttons of one style differ by less than 2×. */
const DOMINANT_AREA_RATIO = 4
/** Text under three quarters of the other's size reads as fine print (the same share `hidden-support` uses). */
const MAX_FONT_RATIO = SMALL_TEXT_RATIO

/** Two controls this close (px between their boxes, across and down) are shown as one pair: the
 * buttons of one dialog or card sit 8–40px apart, a cart's item links and its checkout button
 * hundreds of pixels apart. */
const BESIDE_PX = 120

const sameGroup = (a: SnapshotElement, b: SnapshotElement): boolean =>
  a.region === b.region && a.context?.shadowHost === b.context?.shadowHost && a.context?.frameUrl === b.context?.frameUrl

const axisGap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, b0 - a1, a0 - b1)
const beside = (a: SnapshotElement, b: SnapshotElement): boolean =>
  axisGap(a.box.x, a.box.x + a.box.width, b.box.x, b.box.x + b.box.width) <= BESIDE_PX &&
  axisGap(a.box.y, a.box.y + a.box.height, b.box.y, b.box.y + b.box.height) <= BESIDE_PX

/** The page's main call to action beside a saving option, whatever its words ("Continue", "Ok!",
 * "Get 50% off | $12.50"): a control with a solid fill in the same group, right beside it. A
 * control worded as saving, or an icon, is not a rival. */
function solidRivals(snapshot: PageSnapshot, save: ChoiceOption, langs: readonly (string | undefined)[]): ChoiceOption[] {
  return snapshot.elements.flatMap((el) => {
    if (el === save.element || !el.visible || el.disabled || !sameGroup(el, save.element) || !beside(el, save.element)) return []
    const text = pressableText(el) ?? (el.clickable ? el.text || el.name : undefined)
    // A card of text is something to read, not the other answer to a choice.
    if (!text || wordCount(text) > MAX_LABEL_WORDS) return []
    const look = lookOf(el, snapshot)
    if (look.shape !== 'button' || look.style !== 'solid') return []
    if (choiceWordingIn(text, langs) === 'saving') return []
    // An icon ("×", "›") names no choice.
    if ((text.match(/\p{L}/gu) ?? []).length < 2) return []
    return [{ element: el, text, kind: 'keep' as const, side: 'costly' as const, wording: [] }]
  })
}

/** A button's label is a few words; "Get 50% off | $12.50 $25" is eight. */
const MAX_LABEL_WORDS = 8
/** A filled button has to be about as large as the unfilled one to outweigh it: a small filled
 * "Continue" beside a wide outlined "Keep my plan" does not. */
const MIN_SOLID_AREA_SHARE = 0.8

/** How prominent a control is: a solid button before an outlined or grey one, before text. */
const weight = (look: Look): number => (look.shape === 'button' ? 2 : 0) + (look.style === 'solid' ? 1 : 0)

/** The side a label takes, read in the first of `langs` that names one. */
const choiceWordingIn = (label: string, langs: readonly (string | undefined)[]) => langs.map((lang) => choiceWording(label, { lang }).side).find(Boolean)

const distance = (a: SnapshotElement, b: SnapshotElement): number =>
  axisGap(a.box.x, a.box.x + a.box.width, b.box.x, b.box.x + b.box.width) + axisGap(a.box.y, a.box.y + a.box.height, b.box.y, b.box.y + b.box.height)

/** What makes the costly option dominate; empty when the gap is no larger than ordinary design. */
function dominance(gap: ProminenceGap): string[] {
  const smaller = gap.buttonOverText && gap.fontRatio < 1
  return [
    gap.areaRatio >= DOMINANT_AREA_RATIO ? `${gap.areaRatio}× the area` : '',
    smaller ? 'a button over a smaller text link' : '',
    gap.solidOverUnfilled && !smaller && gap.areaRatio >= MIN_SOLID_AREA_SHARE ? 'a filled button over a grey or unfilled one' : '',
    gap.fontRatio <= MAX_FONT_RATIO ? `text ${Math.round(gap.fontRatio * 100)}% of the costly option's size` : '',
    gap.weakContrast !== null && gap.weakContrast < FAINT_CONTRAST && (gap.strongContrast ?? 0) >= CLEAR_CONTRAST
      ? `a contrast of ${gap.weakContrast}:1 (below ${FAINT_CONTRAST}:1) against ${gap.strongContrast}:1`
      : '',
  ].filter(Boolean)
}

/** A box inside another, give or take a few pixels of rounding. */
const within = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 2 && inner.y >= outer.y - 2 && inner.x + inner.width <= outer.x + outer.width + 2 && inner.y + inner.height <= outer.y + outer.height + 2

/** The dialogs of a page that opened by themselves: on arrival at a page, or while the visitor
 * waited, not in answer to a press on that page (an "Edit address" form the visitor opened is
 * theirs). Each with the controls it holds, a control counting for the smallest dialog around it. */
function unaskedDialogs(seen: SeenStep, previous: SeenStep | undefined): Array<{ dialog: TextBlock; controls: SnapshotElement[] }> {
  const pressed = isClickLike(seen.step) && previous !== undefined && pagePath(previous.snapshot.url) === pagePath(seen.snapshot.url)
  if (pressed) return []
  const dialogs = seen.snapshot.texts.filter((t) => t.kind === 'dialog' && t.visible).sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)
  const held = new Map<TextBlock, SnapshotElement[]>()
  for (const el of seen.snapshot.elements) {
    if (!el.visible || el.disabled) continue
    const text = pressableText(el) ?? (el.clickable ? el.text || el.name : undefined)
    if (!text) continue
    const dialog = dialogs.find((d) => within(el.box, d.box))
    if (dialog) held.set(dialog, [...(held.get(dialog) ?? []), el])
  }
  return [...held].map(([dialog, controls]) => ({ dialog, controls }))
}

const labelOf = (el: SnapshotElement): string => pressableText(el) ?? (el.text || el.name)

interface Measured {
  el: SnapshotElement
  look: Look
}

/** A dialog group's filled primary (the largest solid button not worded as saving) and its most
 * visible way out (any other control that names no cost; an icon aside). Where the group has no
 * name, only controls right beside the primary count. */
function dialogChoice(group: readonly SnapshotElement[], snapshot: PageSnapshot, langs: readonly (string | undefined)[]): { primary: Measured; way: Measured } | undefined {
  const looks = group.map((el) => ({ el, look: lookOf(el, snapshot), side: choiceWordingIn(labelOf(el), langs) }))
  const primary = looks
    .filter((c) => c.look.shape === 'button' && c.look.style === 'solid' && c.side !== 'saving')
    .sort((a, b) => b.look.area - a.look.area)[0]
  if (!primary) return undefined
  const way = looks
    .filter((c) => c !== primary && (primary.el.region !== undefined || beside(c.el, primary.el)))
    .filter((c) => c.side !== 'costly' && (labelOf(c.el).match(/\p{L}/gu) ?? []).length >= 2)
    .sort((a, b) => weight(b.look) - weight(a.look) || b.look.area - a.look.area || (b.look.contrastRatio ?? 0) - (a.look.contrastRatio ?? 0))[0]
  return way ? { primary, way } : undefined
}

export default defineRule({
  meta: {
    id: 'visual-interference',
    title: 'The costly option is made to stand out over the one that saves',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    scan: true,
    references: [dsaInterfaceDesign, ucpdMisleadingPractices, ucpdAggressivePractices, californiaArlSaveOffers, ccpaConsent],
    help: 'When "Keep my plan" or "Accept" is a large, bright button and "Cancel" or "No thanks" a small, faint link beside it, the page decides for users who skim. Giving one option of a choice visual prominence over the other is interface design that steers rather than informs.',
    fix: 'Show the option that saves the user (cancel, decline) in the same size, weight, contrast and style as the option that costs them.',
    decides: {
      how: [
        'Finds the options that save the user on every page of every flow: links and buttons worded as leaving or declining ("Cancel membership", "No thanks", "Non merci"), read in the language the page is written in (a French page that keeps its template\'s lang="en" is read as French), then in the site\'s.',
        'Measures each against its rival: the largest option worded as costly in the same group (landmark region), else the filled button right beside it (within 120 px across and down; buttons of one dialog or card sit 8–40 px apart, a cart\'s item links and its checkout button hundreds). A page\'s main button ("Continue", "Ok!") seldom says what it costs; a card of more than eight words is something to read, not a rival.',
        'Reports when the rival dominates by any one of: 4× the area (a full-width button over a one-line link is about 10×, two buttons of one style differ by less than 2×); a button over a smaller text link; text under 75% of the rival\'s size; contrast under 3:1 (WCAG\'s minimum for large text and controls) against 4.5:1 or more; a solid fill (2:1 or more against what is behind it: white on common brand colours is 2.5–8:1) over a grey tint (under 1.6:1, the greys of disabled-looking buttons) or bare text, when the filled one has at least 80% of the other\'s area. An outlined secondary button beside a filled one is ordinary design and is not reported.',
        'A dialog that opened by itself (on arrival at a page, or while the visitor waited, not after a press on that page) is judged by its largest filled button against its most visible way out: any other control of its group that names no cost, icons aside. This catches a cookie wall whose only refusal is a small link and a pop-up whose "Close" is bare text.',
        'Each flow is judged on its own: a page two flows walk is reported in each; a page seen again in one flow is judged once.',
      ],
      flagged: 'On a cancel page, a full-width filled "Get 50% off" above a pale grey "Complete cancellation" of the same size; a cookie wall with a filled "Go ad-free" and an outlined "Accept", whose only refusal is a 12px "privacy centre" link.',
      notFlagged: 'A filled "Continue" beside an outlined "No thanks" of the same size; "Accept all" and "Reject all" filled alike; a filled "Save" beside a bare "Close" in an edit form the visitor opened.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reported = new Set<string>()
    let choices = 0
    for (const seen of ranFlows(site).flatMap(seenSteps)) {
      const langs = labelLanguages(site, seen.snapshot)
      // A label is read in the page's language first, then in the site's.
      const byElement = new Map<SnapshotElement, ChoiceOption>()
      for (const l of langs) for (const o of choiceOptions(seen.snapshot, l)) if (!byElement.has(o.element)) byElement.set(o.element, o)
      const options = [...byElement.values()]
      const costly = options.filter((o) => o.side === 'costly')
      const saving = options.filter((o) => o.side === 'saving')
      for (const save of saving) {
        // The saving option is measured against the most prominent costly option of its group, else
        // against the filled button right beside it.
        const worded = costly
          .filter((c) => sameGroup(c.element, save.element))
          .map((c): [ChoiceOption, Look] => [c, lookOf(c.element, seen.snapshot)])
          .sort((a, b) => b[1].area - a[1].area)
        const unworded = solidRivals(seen.snapshot, save, langs)
          .sort((a, b) => distance(a.element, save.element) - distance(b.element, save.element))
          .map((c): [ChoiceOption, Look] => [c, lookOf(c.element, seen.snapshot)])
        const rival = worded[0] ?? unworded[0]
        if (!rival) continue
        const [cost, costLook] = rival
        const saveLook = lookOf(save.element, seen.snapshot)
        // Each flow is a visitor's own way through the site: a page it shares with another flow is judged in each.
        const key = `${seen.flow.name}|${pagePath(seen.snapshot.url)}|${cost.element.selector}|${save.element.selector}`
        if (reported.has(key)) continue
        reported.add(key)
        choices++
        const gap = prominenceGap(costLook, saveLook)
        const why = dominance(gap)
        if (why.length === 0) continue
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `On ${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}), ${quote(cost.text, 60)} is ${describeLook(costLook)}; ${quote(save.text, 60)} beside it is ${describeLook(saveLook)}: ${why.join(', ')}.`,
            evidence: evidenceAt(seen, save.element, save.text, {
              costlyOption: cost.text,
              costlySelector: cost.element.selector,
              savingOption: save.text,
              ...prominenceFacts(costLook, saveLook, gap, ['costly', 'saving']),
            }),
          }),
        )
      }
    }
    // (b) A dialog that opened by itself, with a filled button to take what it offers and only weaker
    // ways out: a cookie wall whose refusal is a small link, an offer whose "Close" is bare text.
    for (const flow of ranFlows(site)) {
      const steps = seenSteps(flow)
      steps.forEach((seen, i) => {
        const langs = labelLanguages(site, seen.snapshot)
        for (const { dialog, controls } of unaskedDialogs(seen, steps[i - 1])) {
          // The page behind a modal lies within its box too: each named group of controls is judged
          // on its own.
          const groups = new Map<string, SnapshotElement[]>()
          for (const el of controls) groups.set(el.region ?? '', [...(groups.get(el.region ?? '') ?? []), el])
          for (const group of groups.values()) {
            const pair = dialogChoice(group, seen.snapshot, langs)
            if (!pair) continue
            const { primary, way } = pair
            const key = `${flow.name}|${pagePath(seen.snapshot.url)}|${primary.el.selector}|${way.el.selector}`
            if (reported.has(key)) continue
            reported.add(key)
            choices++
            const gap = prominenceGap(primary.look, way.look)
            const why = dominance(gap)
            if (why.length === 0) continue
            const offer = labelOf(primary.el)
            const out = labelOf(way.el)
            findings.push(
              ctx.finding({
                flow: flow.name,
                step: seen.step.index,
                message: `On ${pathOf(seen.snapshot.url)} (${flow.name} flow, step ${seen.step.index}), a dialog opened by itself (${quote(dialog.text, 50)}): ${quote(offer, 60)} is ${describeLook(primary.look)}; its most visible way out, ${quote(out, 60)}, is ${describeLook(way.look)}: ${why.join(', ')}.`,
                evidence: evidenceAt(seen, way.el, out, {
                  costlyOption: offer,
                  costlySelector: primary.el.selector,
                  savingOption: out,
                  dialog: dialog.selector,
                  ...prominenceFacts(primary.look, way.look, gap, ['costly', 'saving']),
                }),
              }),
            )
          }
        }
      })
    }
    return conclude({ findings, passReason: choices === 0 ? 'no page showed an option that costs the user beside one that saves them' : undefined })
  },
})
