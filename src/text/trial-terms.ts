import { dateIn } from './dates.js'
import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions } from './heuristic-result.js'
import { trialTermsDe } from './lexicon/trial-terms-de.js'
import { trialTermsEn } from './lexicon/trial-terms-en.js'
import { trialTermsEs } from './lexicon/trial-terms-es.js'
import { trialTermsFr } from './lexicon/trial-terms-fr.js'
import { trialTermsNl } from './lexicon/trial-terms-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate, phraseSource } from './phrase-pattern.js'

/** The words of one language that offer a free trial and say what it turns into. */
export interface TrialTermsLexicon {
  /** Offering something free for a while before paying: "free trial", "try free", "$0 today". */
  offers: readonly string[]
  /** Free things that are not a trial, taken out before looking for offers: "free shipping". */
  notTrials: readonly string[]
  /** Words that lead from the trial to what is charged after it: "then", "after your trial". */
  conversions: readonly string[]
  /** A sum of money as this language writes it. */
  prices: readonly string[]
  /** How long the trial lasts: "# days", "one week". */
  lengths: readonly string[]
  /** How a conversion and its price combine: "then $59.99/week", "$59.99/week after the trial". */
  conversionTemplates: readonly string[]
}

const LEXICONS: Readonly<Record<Language, TrialTermsLexicon>> = {
  en: trialTermsEn,
  de: trialTermsDe,
  fr: trialTermsFr,
  es: trialTermsEs,
  nl: trialTermsNl,
}

/** What a text says about a free trial. */
export interface TrialTerms {
  /** The phrases that offer a trial; empty when the text offers none. */
  offers: string[]
  /** Phrases that state the price charged after the trial ("then $59.99/week"). */
  priceAfter: string[]
  /** Phrases that say when charging starts: the trial's length or a date. */
  when: string[]
}

const AMOUNT = new RegExp(phraseSource('<amount>'), 'giu')
/** "$0 today, then…" names no price to pay after the trial; only a sum above zero does. */
const namesCharge = (phrase: string): boolean => [...phrase.matchAll(AMOUNT)].some((m) => /[1-9]/.test(m[0]))

const withoutNotTrials = (text: string, lexicon: TrialTermsLexicon): string =>
  lexicon.notTrials.length === 0 ? text : text.replace(new RegExp(lexicon.notTrials.map(phraseSource).join('|'), 'giu'), ' ')

/** Whether `text` offers a free trial, and whether it states the price after it and when charging
 * starts. Each is reported with the phrases found, so that a rule can combine several texts of one
 * page and say which part is missing. */
export function trialTerms(text: string, options: HeuristicOptions = {}): TrialTerms {
  const normalized = normalizeText(text)
  const found: TrialTerms = { offers: [], priceAfter: [], when: [] }
  for (const lang of languagesFor(normalized, options.lang)) {
    const lexicon = LEXICONS[lang]
    found.offers.push(...findEntries(withoutNotTrials(normalized, lexicon), lexicon.offers))
    found.priceAfter.push(...lexicon.conversionTemplates.flatMap((t) => findTemplate(normalized, t, lexicon)).filter(namesCharge))
    found.when.push(...findEntries(normalized, lexicon.lengths))
  }
  const date = dateIn(normalized)
  if (date) found.when.push(date)
  return { offers: [...new Set(found.offers)], priceAfter: [...new Set(found.priceAfter)], when: [...new Set(found.when)] }
}
