import type { TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { trialTerms } from '../text/trial-terms.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import {
  californiaArlFreeTrial,
  ftcNegativeOptionPolicy,
  roscaNegativeOption,
  ucpdFalseFree,
} from './data/legal-references.js'
import { isConspicuous, type Prominence, prominenceOf, whyInconspicuous } from './lib/conspicuous.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainsOf, pathOf } from './lib/flows.js'
import { distinctPages } from './lib/pages.js'
import { readInPageLanguages } from './lib/site-language.js'

/** A statement on the page of what the trial turns into, and how it stands beside the offer. */
interface Statement {
  block: TextBlock
  priceAfter: string[]
  when: string[]
  prominence: Prominence
}

export default defineRule({
  meta: {
    id: 'trial-conversion-unclear',
    title: 'A free trial does not say what it costs afterwards, or from when',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    scan: true,
    references: [roscaNegativeOption, ftcNegativeOptionPolicy, californiaArlFreeTrial, ucpdFalseFree],
    help: 'A "free trial" that turns into a paid subscription is only free if the user cancels in time, so the price after it and the day charging starts are what the user is really agreeing to. When the page that makes the offer leaves them out, or hides them in a collapsed section or fine print, users are charged without having seen the terms.',
    fix: 'State beside every trial offer, in the same type, the price charged after the trial and the date or length after which it is charged.',
    decides: {
      how: [
        'Reads each page of the signup and checkout flows once, as it was first shown in its browser context. A page offers a trial when a visible block of its text says so ("free trial", "try free", "$0 today", "14 Tage kostenlos testen"); free things that are not a trial ("free shipping") are set aside first. Words are read in the language of the page\'s `lang` attribute when there are word lists for it (en, de, fr, es, nl), else in the language the text reads as, else in all of them; a page where they find no trial is read again in the language its words read as (a German shop left at `lang="en"`), and the language that found the offer reads the rest of the page.',
        'The page must state the price charged after the trial: a sum above zero that words such as "then" or "after your trial" tie to the trial ("then $59.99/week"; "$0 today, then" names none). The statement counts only in view: visible, not fine print (under 75% of the body text size) and within 1.5 screen heights of the offer, as people deciding at the offer do not open a collapsed "Details" or scroll to a footnote.',
        'It must also say when charging starts: the trial\'s length ("7 days") or a date, in the offer itself or in a statement of the price that is in view.',
        'A page that misses either gets one finding, which names what is missing and, when the price after the trial is stated only out of view, where and why it is out of view (hidden, in small type, or how far away).',
      ],
      flagged: '"Try free for 7 days!" on the checkout, with the price after the trial only in a collapsed "Details" block in 10px type.',
      notFlagged: '"Free for 7 days, then $59.99/week starting March 9, 2026." beside the offer, or "Free shipping on your first box", which offers no trial.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let offers = 0
    for (const chain of chainsOf(site)) {
      for (const seen of distinctPages(chain, 'first')) {
        const { snapshot } = seen
        // The language the page offers its trial in reads the rest of it too.
        const { lang, offer } = readInPageLanguages(
          snapshot,
          (lang) => ({ lang, offer: snapshot.texts.find((b) => b.visible && trialTerms(b.text, { lang }).offers.length > 0) }),
          (read) => read.offer !== undefined,
        )
        if (!offer) continue
        offers++
        const offerTerms = trialTerms(offer.text, { lang })
        const statements: Statement[] = snapshot.texts.flatMap((block) => {
          const terms = trialTerms(block.text, { lang })
          if (terms.priceAfter.length === 0) return []
          return [{ block, priceAfter: terms.priceAfter, when: terms.when, prominence: prominenceOf(block, snapshot, offer.box) }]
        })
        const clear = statements.filter((s) => isConspicuous(s.prominence))
        const when = [...offerTerms.when, ...clear.flatMap((s) => s.when)]
        if (clear.length > 0 && when.length > 0) continue

        const missing = [clear.length === 0 ? 'the price charged after the trial' : '', when.length === 0 ? 'when charging starts' : '']
          .filter(Boolean)
          .join(' or ')
        const hiddenAway = statements.find((s) => !isConspicuous(s.prominence))
        const elsewhere =
          clear.length === 0 && hiddenAway
            ? ` The price after the trial is stated only ${whyInconspicuous(hiddenAway.prominence).join(', ')}: ${quote(hiddenAway.block.text)}.`
            : ''
        const offerWords = offerTerms.offers.join(' | ')
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The trial offer ${quote(offer.text)} on ${pathOf(snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}) does not state, in view on the same page, ${missing}.${elsewhere}`,
            evidence: evidenceAt(seen, offer, offer.text, {
              offerWords,
              priceAfterTrial: clear[0]?.priceAfter.join(' | ') ?? null,
              chargeStarts: when.join(' | ') || null,
              ...(hiddenAway && clear.length === 0
                ? {
                    hiddenStatement: hiddenAway.block.text,
                    hiddenStatementSelector: hiddenAway.block.selector,
                    hiddenStatementVisible: !hiddenAway.prominence.hidden,
                    hiddenStatementFontSizePx: hiddenAway.prominence.fontSizePx,
                    hiddenStatementGapPx: hiddenAway.prominence.hidden ? null : hiddenAway.prominence.gapPx,
                  }
                : {}),
            }),
          }),
        )
      }
    }

    if (offers === 0) return notApplicable('no page of the signup or checkout flows offers a free trial')
    return failIfAny(findings)
  },
})
