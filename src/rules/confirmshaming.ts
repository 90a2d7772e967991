import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { confirmshaming } from '../text/confirmshaming.js'
import { defineRule, failIfAny } from './define-rule.js'
import { dsaInterfaceDesign, ftcAmazonPrime, ucpdAggressivePractices } from './data/legal-references.js'
import { controlKind, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { firstAppearances, pathOf, ranFlows } from './lib/flows.js'
import { labelLanguages } from './lib/site-language.js'

const BUTTON_TYPES = new Set(['submit', 'button', 'reset'])

/** Longer texts on a clickable block are a card's content, not an option's label. */
const MAX_OPTION_WORDS = 16

/** What a user reads on an option they can choose: a link's or button's text, the label of a
 * checkbox, radio button or switch, or the text of a block drawn as clickable without a control's
 * markup (a div or span "No thanks" with a pointer cursor or a click handler); undefined for
 * anything else (fields, menus). */
function optionText(el: SnapshotElement): string | undefined {
  if (controlKind(el)) return labelOf(el)
  const role = el.role ?? ''
  const pressable =
    el.tag === 'a' || el.tag === 'button' || role === 'link' || role === 'button' || role === 'option' || (el.tag === 'input' && BUTTON_TYPES.has(el.type ?? ''))
  const text = el.text || el.name || undefined
  if (pressable) return text
  if (el.clickable && text && text.split(/\s+/).length <= MAX_OPTION_WORDS) return text
  return undefined
}

export default defineRule({
  meta: {
    id: 'confirmshaming',
    title: 'The option to decline is worded to shame the user',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    references: [ftcAmazonPrime, ucpdAggressivePractices, dsaInterfaceDesign],
    help: 'A decline option such as "No thanks, I\'d rather pay full price" makes saying no feel foolish or guilty, steering users towards the choice the site wants. The wording pressures rather than informs, and regulators have cited it in subscription cases.',
    fix: 'Label the option to decline neutrally, such as "No thanks" or "Continue to cancel".',
    decides: {
      how: [
        'Reads the options a user can choose: links and buttons, listbox options, checkbox, radio and switch labels, and blocks drawn as clickable without a control\'s markup (a pointer cursor, a tab stop or a click handler) of at most 16 words, longer text being a card\'s content.',
        'Each is read once per page in each flow, in the language of the page\'s words, then in its declared language, then in the language most pages of the site read as; on a page that declares no language, also by the option\'s own words.',
        'An option is flagged when its wording makes declining a loss or a fault of the user (the phrase families of the word lists).',
      ],
      flagged: 'A decline drawn as a clickable div: "No thanks, I\'d rather pay full price"; the same shaming button met again by a second flow is reported in that flow too.',
      notFlagged: 'A plain "No thanks" beside "Subscribe", or a product card whose long description happens to hold such a phrase.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    // One finding per element and page in each flow: the same offer page seen at several steps is
    // one page, but a flow that meets it again (another journey through the site) meets it anew.
    const options = ranFlows(site).flatMap((flow) => firstAppearances([flow], (el) => el.visible && optionText(el) !== undefined))
    // Once per page: the site's language is read off every page of the trace.
    const languages = new Map<PageSnapshot, (string | undefined)[]>()
    for (const seen of options) {
      const { element: el, step, snapshot, flow } = seen
      const text = optionText(el) ?? ''
      let langs = languages.get(snapshot)
      if (!langs) languages.set(snapshot, (langs = labelLanguages(site, snapshot)))
      const result = langs.map((lang) => confirmshaming(text, { lang })).find((r) => r.match)
      if (!result) continue
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: step.index,
          message: `The option ${quote(text)} on ${pathOf(snapshot.url)} (${flow.name} flow, step ${step.index}) words declining as a loss or a fault of the user (${result.evidence.map((e) => quote(e)).join(', ')}).`,
          evidence: evidenceAt(seen, el, text, {
            shamingPhrases: result.evidence.join(' | '),
            score: Math.round((result.score ?? 0) * 100) / 100,
          }),
        }),
      )
    }
    return failIfAny(findings)
  },
})
