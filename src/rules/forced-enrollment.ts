import type { FlowTrace } from '../artifacts/site-trace.js'
import type { SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { mentionsCookies } from '../text/cookie-consent.js'
import { findEntries } from '../text/phrase-pattern.js'
import { checkoutTerms, saysCheckoutTerm } from '../text/checkout-terms.js'
import { mentions } from '../text/match-topic.js'
import { defineRule, failIfAny, notApplicable } from './define-rule.js'
import { ccpaConsent, gdprFreelyGivenConsent, ucpdAggressivePractices } from './data/legal-references.js'
import { controlKind, labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { chainsOf, firstAppearances, isClickLike, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { readInPageLanguages, readingLanguage } from './lib/site-language.js'
import { NECESSARY_PROCESSING_WORDS } from './data/necessary-processing.js'
import { distinctPages } from './lib/pages.js'

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

export default defineRule({
  meta: {
    id: 'forced-enrollment',
    title: 'The form cannot be sent without accepting something optional',
    category: 'forced-action',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [gdprFreelyGivenConsent, ccpaConsent, ucpdAggressivePractices],
    help: 'A newsletter or partner-offers box that must be ticked, or an account that must be created to buy a single item, makes the purchase hostage to something the user may not want. Consent given because there is no other way to buy is not freely given.',
    fix: 'Make marketing, partner and account options optional, so that the purchase goes through without them.',
    decides: {
      how: [
        'Flags a required checkbox about newsletters, offers or partners.',
        'Flags a required password on a one-off purchase.',
        'Labels and sentences are read in the language the page\'s `lang` attribute names and, when they give nothing there, in the language the page\'s words read as: a German shop left at `lang="en"` is read in German too.',
        'Flags consent categories a form will not save while they are off: after pressing a button (not a box), an error message appears within 40 px under a box that is off, on a page about cookies or data processing (or the box names an optional consent), unless the box names strictly necessary processing or a condition of the contract (terms, age). This is read from what the page did, so a validator in script counts even where the markup\'s `required` is absent.',
      ],
      flagged: 'Cookie preferences whose "Save choices" only brings "Please switch this on to continue." under "Statistics" and "Personalised ads" while they are off.',
      notFlagged: 'The same panel when only "Strictly necessary" must stay on, or a required "I agree to the Terms" box.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    let forms = 0
    for (const chain of chainsOf(site)) {
      // A required box about newsletters, offers or partners.
      for (const seen of firstAppearances(chain, (el) => controlKind(el) === 'checkbox' && el.visible)) {
        forms++
        const { element: el, snapshot } = seen
        if (el.required !== true) continue
        const label = labelOf(el)
        const { lang, optional } = readInPageLanguages(
          snapshot,
          (lang) => ({ lang, optional: checkoutTerms(label, 'optionalConsents', { lang }) }),
          (read) => read.optional.length > 0,
        )
        if (optional.length === 0 || mentions(label.slice(0, 40), 'decline')) continue
        const necessary = checkoutTerms(label, 'necessaryConsents', { lang })
        const bundled = necessary.length > 0 ? `, bundled with ${necessary.map((w) => quote(w)).join(', ')}` : ''
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The checkbox ${quote(label)} at ${where(seen)} is required: the form cannot be sent unless the user accepts ${optional.map((w) => quote(w)).join(', ')}${bundled}.`,
            evidence: evidenceAt(seen, el, label, {
              required: true,
              checked: el.checked ?? false,
              optionalWords: optional.join(' | '),
              necessaryWords: necessary.join(' | ') || null,
            }),
          }),
        )
      }

      // An account forced on a one-off purchase: a required password where the page sells once.
      for (const seen of distinctPages(chain, 'first')) {
        const { snapshot } = seen
        const { lang, oneOff } = readInPageLanguages(
          snapshot,
          (lang) => ({ lang, oneOff: snapshot.texts.find((t) => t.visible && saysCheckoutTerm(t.text, 'oneOff', { lang })) }),
          (read) => read.oneOff !== undefined,
        )
        if (!oneOff) continue
        forms++
        const password = snapshot.elements.find((e) => e.visible && e.type === 'password' && e.required === true)
        if (!password) continue
        const label = labelOf(password)
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The one-off purchase at ${where(seen)} (${quote(oneOff.text)}) cannot be completed without creating an account: the password field ${quote(label)} is required.`,
            evidence: evidenceAt(seen, password, label, {
              required: true,
              oneOffWording: checkoutTerms(oneOff.text, 'oneOff', { lang }).join(' | '),
              oneOffText: oneOff.text,
            }),
          }),
        )
      }
    }

    for (const chain of chainsOf(site)) {
      const blocked = consentsHeldHostage(chain)
      forms += blocked.forms
      for (const { seen, controls, error } of blocked.found) {
        const labels = controls.map((c) => quote(labelOf(c), 50)).join(', ')
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `Pressing ${quote(seen.step.target?.text ?? seen.step.action, 40)} at ${where(seen)} with ${labels} switched off only brought ${quote(error.text, 60)} under ${controls.length === 1 ? 'it' : 'them'}: the choice cannot be saved without consenting to ${controls.length === 1 ? 'it' : 'them'}.`,
            evidence: evidenceAt(seen, controls[0] as SnapshotElement, labelOf(controls[0] as SnapshotElement), {
              heldBack: controls.map((c) => labelOf(c)).join(' | '),
              errorText: error.text,
              checked: false,
            }),
          }),
        )
      }
    }

    if (forms === 0) return notApplicable('no checkbox and no one-off purchase on any page of the signup or checkout flows')
    return failIfAny(findings)
  },
})

/** How far under a box its error message may start, px. */
const ERROR_GAP_PX = 40

const sameText = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

const isBox = (el: SnapshotElement): boolean => el.visible && (controlKind(el) === 'checkbox' || controlKind(el) === 'switch')

/** A box the page calls necessary ("Technisch notwendig", "Strictly necessary") or a condition of
 * the contract (terms, age): what a form may require. */
const mayBeRequired = (label: string, lang: string | undefined): boolean =>
  findEntries(label.toLowerCase(), NECESSARY_PROCESSING_WORDS).length > 0 || checkoutTerms(label, 'necessaryConsents', { lang }).length > 0

/** Consent choices a form refused to save: after a press (not on a box), an error message appeared
 * right under a box that was off, on a page about cookies or data processing, and the box names no
 * necessary processing. The form kept the user until every such box was on, whatever the markup's
 * `required` says (a validator in script). */
function consentsHeldHostage(chain: readonly FlowTrace[]): { forms: number; found: { seen: SeenStep; controls: SnapshotElement[]; error: TextBlock }[] } {
  const found: { seen: SeenStep; controls: SnapshotElement[]; error: TextBlock }[] = []
  let forms = 0
  const steps = chain.flatMap(seenSteps)
  steps.forEach((seen, i) => {
    const before = steps[i - 1]
    if (!before || !isClickLike(seen.step) || seen.step.status !== 'ok') return
    const pressed = before.snapshot.elements.find((el) => el.selector === seen.step.target?.selector)
    if (!pressed || isBox(pressed)) return
    const boxes = seen.snapshot.elements.filter((el) => isBox(el) && !el.checked)
    if (boxes.length === 0) return
    forms++
    const had = new Set(before.snapshot.texts.filter((t) => t.visible).map((t) => sameText(t.text)))
    const errors = seen.snapshot.texts.filter((t) => t.visible && (t.kind === 'status' || t.kind === 'alert' || t.live) && !had.has(sameText(t.text)))
    const lang = readingLanguage(seen.snapshot)
    const held = new Map<SnapshotElement, TextBlock>()
    for (const error of errors) {
      const under = boxes
        .filter((b) => error.box.y >= b.box.y + b.box.height - 2 && error.box.y - (b.box.y + b.box.height) <= ERROR_GAP_PX)
        .sort((a, b) => b.box.y - a.box.y)[0]
      if (under && !mayBeRequired(labelOf(under), lang)) held.set(under, error)
    }
    if (held.size === 0) return
    const pageText = seen.snapshot.texts.filter((t) => t.visible).map((t) => t.text).join(' ')
    const aboutConsent = mentionsCookies(pageText, { lang }).match || [...held.keys()].some((b) => checkoutTerms(labelOf(b), 'optionalConsents', { lang }).length > 0)
    if (!aboutConsent) return
    found.push({ seen, controls: [...held.keys()], error: [...held.values()][0] as TextBlock })
  })
  return { forms, found }
}
