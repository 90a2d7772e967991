import type { FlowTrace } from '../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import { confirms } from '../text/confirmation.js'
import { withdrawalLabelIn, withdrawalMentionIn } from '../text/withdrawal-button.js'
import { defineRule, failIfAny, notApplicable, outOfScope, pass } from './define-rule.js'
import { bgbWithdrawalButton, crdWithdrawalButton } from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { isPageChrome } from './lib/final-page.js'
import { flowsWithRole, pagePath, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'
import { orderSteps, paymentFieldsOf } from './lib/order-step.js'
import { pricesIn } from './lib/price.js'
import { EU_LANGUAGES_BUT_ENGLISH, siteLanguage } from './lib/site-language.js'

const isPressable = (el: SnapshotElement): boolean =>
  el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button' || (el.tag === 'input' && ['submit', 'button'].includes(el.type ?? ''))

/** Why the contract is taken to be made with a consumer in the EU: the site speaks an EU language
 * other than English, or charges in euros. An English site in dollars is not; an English site in
 * euros is (Ireland, Malta, or an English version of an EU shop). */
function euSignal(seen: readonly SeenStep[], lang: string | undefined): string | undefined {
  if (lang && EU_LANGUAGES_BUT_ENGLISH.has(lang)) return `the site is in "${lang}"`
  for (const s of seen) {
    for (const t of s.snapshot.texts) {
      const euro = t.visible ? pricesIn(t.text).find((p) => p.currency === 'EUR') : undefined
      if (euro) return `it charges in euros (${euro.text} on ${pathOf(s.snapshot.url)})`
    }
  }
  return undefined
}

export default defineRule({
  meta: {
    id: 'withdrawal-function-missing',
    title: 'No "withdraw from contract" function after an online contract in the EU',
    category: 'obstruction',
    severity: 'serious',
    requires: [
      { flows: ['signup', 'checkout'], needs: 'every-page' },
      { flows: ['any'], needs: 'any-page', optional: true },
    ],
    scan: true,
    references: [crdWithdrawalButton, bgbWithdrawalButton],
    help: 'From 19 June 2026 a contract concluded through a website in the EU must be withdrawable there through a function labelled "withdraw from contract here" (in German "Vertrag widerrufen") or an equally clear wording, available throughout the withdrawal period. Without it, the fourteen-day right of withdrawal exists only on paper for people who cannot find out how to use it.',
    fix: 'Show a "Vertrag hier widerrufen" / "withdraw from contract here" button on every page for the whole withdrawal period, leading to a short confirmation step and an acknowledgement by e-mail.',
    decides: {
      how: [
        'The rule applies to contracts with consumers in the EU: the site\'s language is an EU language other than English, or a price in euros was seen.',
        'A contract is concluded by each click that placed a paid order (`lib/order-step.ts`) or where a page confirms an order in any supported language ("Paiement effectué", "Vielen Dank für Ihren Einkauf"); without either, by a completed flow that took payment details (not in a scan, which sends nothing).',
        'Each flow that concluded a contract gets a finding when none of the pages read shows a link or button labelled "Vertrag widerrufen", "withdraw from contract here" or an equivalent in a supported language; a mention of the right in text is noted but does not count.',
      ],
      flagged: 'A French shop in euros whose payment leads to "Paiement effectué — Commande #3456789", with no "se rétracter du contrat" control on any page.',
      notFlagged: 'The same shop with "Se rétracter du contrat ici" in the footer, or a free newsletter sign-up that says "Merci pour votre inscription".',
    },
  },
  check(site, ctx) {
    const joining = flowsWithRole(site, ['signup', 'checkout'])
    const joiningSeen = joining.flatMap(seenSteps)
    const language = siteLanguage(site)
    const eu = euSignal(joiningSeen, language?.lang)
    if (!eu) {
      const reason = `not an EU contract: the site is in "${language?.lang ?? 'an unknown language'}" and no price in euros was seen`
      // A site that speaks a language of its own is judged by it; with none, unread pages might have charged in euros.
      return language ? outOfScope(reason) : notApplicable(reason)
    }
    // The contract is concluded by the click that placed a paid order, or where a page confirms an
    // order in its own content; one per flow that concluded one.
    const concludedOn = (snapshot: PageSnapshot) => snapshot.texts.find((t) => t.visible && !isPageChrome(t) && confirms(t.text, 'order').match)
    const contracts = new Map<FlowTrace, { seen: SeenStep; confirmation?: TextBlock }>()
    for (const order of orderSteps(site)) {
      const seen = order.click.after ?? order.click.before
      if (!contracts.has(order.click.flow)) contracts.set(order.click.flow, { seen, confirmation: order.confirmation })
    }
    for (const seen of joiningSeen) {
      const confirmation = concludedOn(seen.snapshot)
      if (confirmation && !contracts.has(seen.flow)) contracts.set(seen.flow, { seen, confirmation })
    }
    // Without words we know for it (a language with no word lists), a completed flow that took payment
    // details ends where the contract was made. A scan never sends a form, so a payment form it saw
    // concluded nothing.
    if (contracts.size === 0 && site.mode !== 'scan') {
      const paid = joining.find((f) => f.status === 'completed' && seenSteps(f).some((s) => paymentFieldsOf(s.snapshot).length > 0))
      const last = paid ? seenSteps(paid).at(-1) : undefined
      if (paid && last) contracts.set(paid, { seen: last })
    }
    if (contracts.size === 0) return notApplicable('no page of the signup or checkout flows confirmed that a contract was concluded')

    const allSeen = ranFlows(site).flatMap(seenSteps)
    const withdrawable = allSeen.some((s) => s.snapshot.elements.some((el) => el.visible && isPressable(el) && withdrawalLabelIn(el.text || el.name)))
    if (withdrawable) return pass()

    const pages = new Set(allSeen.map((s) => pagePath(s.snapshot.url)))
    // Where the right is spoken of without a way to use it: worth showing beside the finding.
    let mention: { seen: SeenStep; words: string } | undefined
    for (const s of allSeen) {
      const block = s.snapshot.texts.find((t) => t.visible && withdrawalMentionIn(t.text))
      if (block) {
        mention = { seen: s, words: withdrawalMentionIn(block.text) as string }
        break
      }
    }
    const findings = [...contracts.values()].map(({ seen: concluded, confirmation }) => {
      const said = confirmation ? ` (${quote(confirmation.text, 60)})` : ''
      const facts = {
        euBecause: eu,
        pagesSearched: pages.size,
        concludedOn: pathOf(concluded.snapshot.url),
        withdrawalMentionedOn: mention ? pathOf(mention.seen.snapshot.url) : null,
      }
      const message = `A contract was concluded on ${pathOf(concluded.snapshot.url)} (${concluded.flow.name} flow, step ${concluded.step.index})${said} and ${eu}, but none of the ${pages.size} pages read shows a control labelled "Vertrag widerrufen", "withdraw from contract here" or an equivalent${mention ? `; the right of withdrawal is only mentioned in text (${quote(mention.words)} on ${pathOf(mention.seen.snapshot.url)})` : ''}.`
      return ctx.finding({
        flow: concluded.flow.name,
        step: concluded.step.index,
        message,
        evidence: confirmation ? evidenceAt(concluded, confirmation, confirmation.text, facts) : evidenceOfPage(concluded, facts),
      })
    })
    return failIfAny(findings)
  },
})
