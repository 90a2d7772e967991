import type { SiteTrace } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { checkoutTerms } from '../text/checkout-terms.js'
import { mentionOf } from '../text/match-topic.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import {
  ccpaConsent,
  ePrivacyCookies,
  ePrivacyUnsolicitedCommunications,
  gdprConditionsForConsent,
  gdprConsentDefinition,
  planet49,
} from './data/legal-references.js'
import { labelOf, NOUN, radioGroup, TICKED } from './lib/controls.js'
import { type CookieBannerSeen, cookieBannersSeen } from './lib/cookie-banner.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { pathOf, ranFlows, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { tickedByDefault } from './lib/ticked-by-default.js'
import { readingLanguage } from './lib/site-language.js'

/** What the label asks the user to agree to, by topic; empty when it asks nothing of the kind. */
function consentTopics(label: string, lang: string | undefined): Record<string, string> {
  const found: Record<string, string> = {}
  for (const topic of ['marketing', 'partners', 'dataSharing'] as const) {
    const words = mentionOf(label, topic)
    if (words) found[topic] = words
  }
  // The same consents in the page's own language ("J'accepte de partager mes données").
  const optional = checkoutTerms(label, 'optionalConsents', { lang })
  if (Object.keys(found).length === 0 && optional.length > 0) found.optional = optional.join(', ')
  return found
}

const TOPIC_NAMES: Record<string, string> = { marketing: 'marketing', partners: 'third parties', dataSharing: 'data sharing', optional: 'optional processing' }

// "Don't send me offers" ticked is the user's protection, not an opt-in.
const isNegated = (label: string): boolean => mentionOf(label.slice(0, 40), 'decline') !== undefined

export default defineRule({
  meta: {
    id: 'forced-opt-out',
    title: 'Consent to marketing, data sharing or cookies is given by default',
    category: 'interface-interference',
    severity: 'serious',
    requires: [
      { flows: ['any'], needs: 'any-page' },
      { flows: ['signup', 'checkout'], needs: 'every-page', optional: true },
    ],
    scan: true,
    references: [gdprConsentDefinition, gdprConditionsForConsent, planet49, ePrivacyUnsolicitedCommunications, ePrivacyCookies, ccpaConsent],
    help: 'A box for marketing, partner offers or data sharing that is already ticked, or a cookie banner that accepts in one click and hides refusal behind its settings, turns silence or impatience into consent. Consent must be a clear, free and affirmative act, as easy to refuse as to give, and neither is one.',
    fix: 'Leave every consent box for marketing, partners or data sharing unticked until the user ticks it, and put a "Reject all" beside a cookie banner\'s "Accept all", in the same style.',
    decides: {
      how: [
        'A checkbox, switch or radio button about marketing, third parties, data sharing or another optional consent (in the page\'s own language, read by its words) that was already on when a page first showed it, before any step touched it, is flagged; a box worded as a refusal ("Don\'t send me offers") is not.',
        'A cookie banner, recognised by wording about cookies around its buttons (read in the language of the words, the declared language and the site\'s), that accepts in one click and offers no refusal beside it is flagged, with the settings link it hides refusal behind.',
      ],
      flagged: 'A French sign-up form whose "Je veux bien partager mes données avec la boutique" is ticked when the page opens, under a template\'s `lang="en"`.',
      notFlagged: 'A pre-ticked "Billing address same as shipping", or a cookie wall with "Alle ablehnen" beside "Zustimmen und weiter".',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const { seen: controls, ticked } = tickedByDefault(site)
    for (const seen of ticked) {
      const { element: el, step, snapshot, flow, kind } = seen
      const label = el.labelText || el.name || el.contextText || ''
      const topics = consentTopics(label, readingLanguage(snapshot))
      if (Object.keys(topics).length === 0 || isNegated(label)) continue
      // A lone radio button is a statement, not a choice; in a group it must be the "yes" one.
      if (kind === 'radio' && !radioGroup(snapshot, el).some((o) => isNegated(labelOf(o)))) continue

      const about = Object.entries(topics)
        .map(([topic, words]) => `${TOPIC_NAMES[topic]} (${quote(words)})`)
        .join(' and ')
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: step.index,
          message: `The ${NOUN[kind]} ${quote(label)} was already ${TICKED[kind]} when ${pathOf(snapshot.url)} first showed it (${flow.name} flow, step ${step.index}), before any step touched it: consent to ${about} was the default, not the user's choice.`,
          evidence: evidenceAt(seen, el, label, {
            control: kind,
            checked: true,
            firstSeenStep: step.index,
            ...Object.fromEntries(Object.entries(topics).map(([t, w]) => [`${t}Words`, w])),
          }),
        }),
      )
    }

    const banners = cookieBannersSeen(site)
    findings.push(...banners.flatMap((banner) => bannerWithoutRefusal(banner, site, ctx)))
    const reviews = findings.length === 0 ? unrefusedBanner(site, ctx) : []
    if (controls === 0 && banners.length === 0 && reviews.length === 0) {
      return notApplicable('no checkbox, radio button, switch or cookie banner on any page seen')
    }
    return conclude({ findings, reviews, ...(reviews.length ? { reviewReason: REVIEW_REASON } : {}) })
  },
})

/** A cookie banner that takes one click to accept and more than one to refuse (or no way at all):
 * consent given to be rid of the banner is not freely given. */
function bannerWithoutRefusal(banner: CookieBannerSeen, site: SiteTrace, ctx: RuleContext): Finding[] {
  if (banner.options.some((o) => o.choice === 'refuse')) return []
  const accept = banner.options.find((o) => o.choice === 'accept')
  if (!accept) return []
  const settings = banner.options.find((o) => o.choice === 'settings')
  const { seen } = banner
  const record = banner.recognised ? site.cookieBanner : undefined
  const where = `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`
  const behind = settings ? `; a refusal, if there is one, waits behind ${quote(settings.text)}` : ''
  return [
    ctx.finding({
      flow: seen.flow.name,
      step: seen.step.index,
      message: `The cookie banner on ${where} offers ${quote(accept.text)} in one click and no way to refuse beside it${behind}: agreeing is one click, refusing takes more, so consent given to be rid of the banner is the default path.`,
      evidence: evidenceAt(seen, accept.element, accept.text, {
        acceptOption: accept.text,
        refuseOnFirstLayer: false,
        ...(settings ? { settingsOption: settings.text } : {}),
        ...(record?.cmp ? { consentPlatform: record.cmp } : {}),
        ...(record ? { declinedByCancelcheck: record.outcome === 'rejected' } : {}),
      }),
    }),
  ]
}

const REVIEW_REASON = 'a cookie banner could not be declined automatically: check by hand whether it offers a way to refuse'

/** A banner the consent platform's rules recognised but could not decline, on a site where nothing
 * else settled the rule: not a pass until someone has looked at the banner. */
function unrefusedBanner(site: SiteTrace, ctx: RuleContext): Finding[] {
  const record = site.cookieBanner
  if (!record?.found || record.outcome === 'rejected' || !record.shownAt) return []
  const { flow: flowName, step: index } = record.shownAt
  const seen = ranFlows(site)
    .flatMap(seenSteps)
    .find((s) => s.flow.name === flowName && s.step.index === index)
  if (!seen) return []
  const outcome = record.outcome === 'reject-failed' ? 'found no way to decline it' : 'could not finish declining it'
  return [
    ctx.finding({
      flow: seen.flow.name,
      step: seen.step.index,
      message: `The ${record.cmp ?? 'unrecognised'} cookie banner on ${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}) was recognised, but cancelcheck ${outcome}${record.error ? ` (${record.error})` : ''}. Check on the screenshot whether refusing is as easy as accepting.`,
      evidence: evidenceOfPage(seen, { consentPlatform: record.cmp ?? 'unknown', declineOutcome: record.outcome }),
    }),
  ]
}
