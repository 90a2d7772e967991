import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { cookieConsentDe } from './lexicon/cookie-consent-de.js'
import { cookieConsentEn } from './lexicon/cookie-consent-en.js'
import { cookieConsentEs } from './lexicon/cookie-consent-es.js'
import { cookieConsentFr } from './lexicon/cookie-consent-fr.js'
import { cookieConsentNl } from './lexicon/cookie-consent-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language on a cookie banner. */
export interface CookieConsentLexicon {
  /** What the banner is about: "cookies", "trackers". Privacy in general is not enough: a sign-up
   * form's "I accept the privacy policy" is not a banner. */
  topics: readonly string[]
  /** Refusing every cookie that needs consent in one click: "Reject all", "Only necessary cookies",
   * "Continue without accepting". Read before `accept`, so "Accept only essential" refuses. */
  refuse: readonly string[]
  /** Opening more choices, where a refusal may hide: "Manage settings", "Customise", "Preferences". */
  settings: readonly string[]
  /** Agreeing to cookies: "Accept all", "Allow cookies", "I agree". */
  accept: readonly string[]
}

const LEXICONS: Readonly<Record<Language, CookieConsentLexicon>> = {
  en: cookieConsentEn,
  de: cookieConsentDe,
  fr: cookieConsentFr,
  es: cookieConsentEs,
  nl: cookieConsentNl,
}

/** What an option of a cookie banner does. */
export type CookieChoice = 'refuse' | 'settings' | 'accept'

/** Longer labels are sentences, not a banner's buttons. */
const MAX_WORDS = 6

/** Which option of a cookie banner a button or link labelled `label` is, with the words that decided;
 * undefined for anything else ("Learn more", "Privacy policy"). */
export function cookieChoice(label: string, options: HeuristicOptions = {}): { choice: CookieChoice; evidence: string[] } | undefined {
  const text = normalizeText(label)
  if (!text || text.split(' ').length > MAX_WORDS || text.endsWith('?')) return undefined
  const lexicons = languagesFor(text, options.lang).map((l) => LEXICONS[l])
  for (const choice of ['refuse', 'settings', 'accept'] as const) {
    const evidence = lexicons.flatMap((lex) => findEntries(text, lex[choice]))
    if (evidence.length) return { choice, evidence: [...new Set(evidence)] }
  }
  return undefined
}

/** Whether `text` (a banner's wording, or the region around a button) is about cookies. */
export function mentionsCookies(text: string, options: HeuristicOptions = {}): HeuristicResult {
  const normal = normalizeText(text)
  const evidence = languagesFor(normal, options.lang).flatMap((l) => findEntries(normal, LEXICONS[l].topics))
  return evidence.length ? { match: true, score: 1, evidence: [...new Set(evidence)] } : { match: false, evidence: [] }
}
