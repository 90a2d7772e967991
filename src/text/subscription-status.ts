import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions } from './heuristic-result.js'
import { subscriptionStatusDe } from './lexicon/subscription-status-de.js'
import { subscriptionStatusEn } from './lexicon/subscription-status-en.js'
import { subscriptionStatusEs } from './lexicon/subscription-status-es.js'
import { subscriptionStatusFr } from './lexicon/subscription-status-fr.js'
import { subscriptionStatusNl } from './lexicon/subscription-status-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'

/** The words of one language that an account page uses to say where a subscription stands. */
export interface SubscriptionStatusLexicon {
  /** The subscription is cancelled or has a last day: "cancelled", "ends on", "active until". */
  ending: readonly string[]
  /** The subscription goes on and will be charged again: "renews on", "next billing date", "active". */
  continuing: readonly string[]
  /** Words that turn an ending around ("has not been cancelled"). */
  negations: readonly string[]
  /** An ending phrase turned around by a negation, over the lists above. */
  negatedEndingTemplates: readonly string[]
}

const LEXICONS: Readonly<Record<Language, SubscriptionStatusLexicon>> = {
  en: subscriptionStatusEn,
  de: subscriptionStatusDe,
  fr: subscriptionStatusFr,
  es: subscriptionStatusEs,
  nl: subscriptionStatusNl,
}

/** What one text says about a subscription's state. */
export interface SubscriptionStatus {
  /** `ending`: cancelled or with an end date; `continuing`: active or renewing, with no end; `silent`:
   * neither. An ending wins over the words of an active state in the same text ("Active until 30
   * June, then cancelled"). */
  state: 'ending' | 'continuing' | 'silent'
  /** The phrases that decided, as written. */
  evidence: string[]
}

/** Where `text` says a subscription stands: ending (cancelled, or active only until a date),
 * continuing (active, renewing, a next billing date), or silent. "Has not been cancelled" is
 * continuing. */
export function subscriptionStatus(text: string, options: HeuristicOptions = {}): SubscriptionStatus {
  const normalized = normalizeText(text)
  const ending: string[] = []
  const continuing: string[] = []
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    const negated = lexicon.negatedEndingTemplates.flatMap((t) => findTemplate(normalized, t, lexicon))
    if (negated.length) {
      continuing.push(...negated)
      continue
    }
    ending.push(...findEntries(normalized, lexicon.ending))
    continuing.push(...findEntries(normalized, lexicon.continuing))
  }
  if (ending.length) return { state: 'ending', evidence: [...new Set(ending)] }
  if (continuing.length) return { state: 'continuing', evidence: [...new Set(continuing)] }
  return { state: 'silent', evidence: [] }
}
