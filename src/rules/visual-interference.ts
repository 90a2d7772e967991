import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { defineRule } from './define-rule.js'
import {
  californiaArlSaveOffers,
  ccpaConsent,
  dsaInterfaceDesign,
  ucpdAggressivePractices,
  ucpdMisleadingPractices,
} from './data/legal-references.js'
import { type ChoiceOption, choiceOptions } from './lib/choice-options.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { pagePath, pathOf, ranFlows, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { CLEAR_CONTRAST, describeLook, lookOf, prominenceFacts, prominenceGap, type ProminenceGap } from './lib/prominence.js'
import { FAINT_CONTRAST, SMALL_TEXT_RATIO } from './lib/visibility.js'

// When the costly option dominates. Ordinary design gives a primary action some weight over a
// secondary one (a filled button beside an outlined one of the same size, a bolder label); these
// thresholds are set above that, at gaps a user notices without looking for them:
/** A full-width button over a one-line link is about 10×; two buttons of one style differ by less than 2×. */
const DOMINANT_AREA_RATIO = 4
/** Text under three quarters of the other's size reads as fine print (the same share `hidden-support` uses). */
const MAX_FONT_RATIO = SMALL_TEXT_RATIO

const sameGroup = (a: SnapshotElement, b: SnapshotElement): boolean =>
  a.region === b.region && a.context?.shadowHost === b.context?.shadowHost && a.context?.frameUrl === b.context?.frameUrl

/** What makes the costly option dominate; empty when the gap is no larger than ordinary design. */
function dominance(gap: ProminenceGap): string[] {
  return [
    gap.areaRatio >= DOMINANT_AREA_RATIO ? `${gap.areaRatio}× the area` : '',
    gap.buttonOverText && gap.fontRatio < 1 ? 'a button over a smaller text link' : '',
    gap.fontRatio <= MAX_FONT_RATIO ? `text ${Math.round(gap.fontRatio * 100)}% of the costly option's size` : '',
    gap.weakContrast !== null && gap.weakContrast < FAINT_CONTRAST && (gap.strongContrast ?? 0) >= CLEAR_CONTRAST
      ? `a contrast of ${gap.weakContrast}:1 (below ${FAINT_CONTRAST}:1) against ${gap.strongContrast}:1`
      : '',
  ].filter(Boolean)
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
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reported = new Set<string>()
    let choices = 0
    for (const seen of ranFlows(site).flatMap(seenSteps)) {
      const options = choiceOptions(seen.snapshot)
      const costly = options.filter((o) => o.side === 'costly')
      const saving = options.filter((o) => o.side === 'saving')
      for (const save of saving) {
        const rivals = costly.filter((c) => sameGroup(c.element, save.element))
        if (rivals.length === 0) continue
        const saveLook = lookOf(save.element, seen.snapshot)
        // The saving option is measured against the most prominent costly option of its group.
        const [cost, costLook] = rivals
          .map((c): [ChoiceOption, ReturnType<typeof lookOf>] => [c, lookOf(c.element, seen.snapshot)])
          .sort((a, b) => b[1].area - a[1].area)[0] as [ChoiceOption, ReturnType<typeof lookOf>]
        const key = `${pagePath(seen.snapshot.url)}|${cost.element.selector}|${save.element.selector}`
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
    return conclude({ findings, passReason: choices === 0 ? 'no page showed an option that costs the user beside one that saves them' : undefined })
  },
})
