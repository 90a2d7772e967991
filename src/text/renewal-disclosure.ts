import { languagesFor, type Language } from './detect-language.js'
import { cancelRoutesIn } from './hard-to-cancel.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { renewalDe } from './lexicon/renewal-de.js'
import { renewalEn } from './lexicon/renewal-en.js'
import { renewalEs } from './lexicon/renewal-es.js'
import { renewalFr } from './lexicon/renewal-fr.js'
import { renewalNl } from './lexicon/renewal-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'

/** The words of one language that state a renewal and its terms. */
export interface RenewalLexicon {
  /** Saying that a subscription renews or charges again by itself: "renews automatically",
   * "recurring charge", "you will be enrolled". */
  renewals: readonly string[]
  /** Saying that it goes on until the user cancels: "until you cancel", "unless you cancel". */
  untilCancelled: readonly string[]
  /** Saying that money will be taken: "you will be charged", "wird abgebucht". */
  charges: readonly string[]
  /** The end of a trial or first term: "after your free trial", "nach # Tagen". */
  trialEnds: readonly string[]
  /** A price: a sum of money as this language writes it. */
  prices: readonly string[]
  /** How often it is charged: "per month", "/mo", "jährlich". */
  periods: readonly string[]
  /** A renewal said across words ("you will be charged … unless you cancel"), over the lists above. */
  renewalTemplates: readonly string[]
}

const LEXICONS: Readonly<Record<Language, RenewalLexicon>> = {
  en: renewalEn,
  de: renewalDe,
  fr: renewalFr,
  es: renewalEs,
  nl: renewalNl,
}

/** The terms a renewal statement should give: that it runs until cancelled, the price, the period,
 * and how to cancel. */
export const RENEWAL_TERMS = ['untilCancelled', 'price', 'period', 'howToCancel'] as const
export type RenewalTerm = (typeof RENEWAL_TERMS)[number]

export interface RenewalDisclosure {
  /** Whether the text states an automatic renewal or enrolment at all. */
  renews: boolean
  /** Which terms the text states; all false when it states no renewal. */
  terms: Record<RenewalTerm, boolean>
  /** The terms a stated renewal leaves out. */
  missing: RenewalTerm[]
  /** The phrases found: the renewal statement first, then the terms. */
  evidence: string[]
}

const none = (): Record<RenewalTerm, boolean> => ({ untilCancelled: false, price: false, period: false, howToCancel: false })

/** Whether `text` states an automatic renewal or enrolment, and which of its terms it gives. */
export function disclosesRenewal(text: string, options: HeuristicOptions = {}): RenewalDisclosure {
  const normalized = normalizeText(text)
  const statements: string[] = []
  const found: Record<RenewalTerm, string[]> = { untilCancelled: [], price: [], period: [], howToCancel: [] }
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    statements.push(...findEntries(normalized, lexicon.renewals))
    statements.push(...lexicon.renewalTemplates.flatMap((t) => findTemplate(normalized, t, lexicon)))
    found.untilCancelled.push(...findEntries(normalized, lexicon.untilCancelled))
    found.price.push(...findEntries(normalized, lexicon.prices))
    found.period.push(...findEntries(normalized, lexicon.periods))
  }
  if (statements.length === 0) return { renews: false, terms: none(), missing: [], evidence: [] }
  const routes = cancelRoutesIn(normalized, options)
  found.howToCancel.push(...routes.offline, ...routes.online, ...routes.restrictedOnline, ...routes.impliedOffline)
  const terms = none()
  for (const term of RENEWAL_TERMS) terms[term] = found[term].length > 0
  return {
    renews: true,
    terms,
    missing: RENEWAL_TERMS.filter((term) => !terms[term]),
    evidence: [...new Set([...statements, ...RENEWAL_TERMS.flatMap((term) => found[term])])],
  }
}

/** Whether `text` states an automatic renewal or enrolment: a candidate for a rule that checks the
 * terms are all there and in view. The score is the share of terms left out; `missing` names them. */
export function hiddenRenewalTerms(text: string, options: HeuristicOptions = {}): HeuristicResult & { missing: RenewalTerm[] } {
  const disclosure = disclosesRenewal(text, options)
  if (!disclosure.renews) return { match: false, evidence: [], missing: [] }
  return {
    match: true,
    score: disclosure.missing.length / RENEWAL_TERMS.length,
    evidence: disclosure.evidence,
    missing: disclosure.missing,
  }
}
