import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { promptDismissalDe } from './lexicon/prompt-dismissal-de.js'
import { promptDismissalEn } from './lexicon/prompt-dismissal-en.js'
import { promptDismissalEs } from './lexicon/prompt-dismissal-es.js'
import { promptDismissalFr } from './lexicon/prompt-dismissal-fr.js'
import { promptDismissalNl } from './lexicon/prompt-dismissal-nl.js'
import { mentions, normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language on the control that sends a prompt away. */
export interface PromptDismissalLexicon {
  /** Closing, declining or putting off: "Close", "Not now", "No thanks", "Maybe later", "Reject all". */
  dismissals: readonly string[]
}

const LEXICONS: Readonly<Record<Language, PromptDismissalLexicon>> = {
  en: promptDismissalEn,
  de: promptDismissalDe,
  fr: promptDismissalFr,
  es: promptDismissalEs,
  nl: promptDismissalNl,
}

/** Close buttons drawn as a cross carry no words. */
const CROSS = /^[×✕✖╳xX]$/u
/** Longer labels are sentences, not the button that closes a prompt. */
const MAX_LENGTH = 40

/** Whether a button or link labelled `label` sends a dialog or banner away: closes, declines or puts
 * it off. A lone "Cancel" closes the prompt it sits in; "Close my account" ends a contract. */
export function dismissesPrompt(label: string, options: HeuristicOptions = {}): HeuristicResult {
  const text = normalizeText(label)
  if (CROSS.test(text)) return { match: true, score: 1, evidence: [text] }
  if (!text || text.length > MAX_LENGTH) return { match: false, evidence: [] }
  if (mentions(text, 'cancel') && text.split(' ').length > 1) return { match: false, evidence: [] }
  const evidence = languagesFor(text, options.lang).flatMap((lang) => findEntries(text, LEXICONS[lang].dismissals))
  return evidence.length ? { match: true, score: 1, evidence: [...new Set(evidence)] } : { match: false, evidence: [] }
}
