import { FUNCTION_WORDS, TELLING_LETTERS } from './lexicon/function-words.js'

/** The languages the text heuristics have word lists for. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const
export type Language = (typeof LANGUAGES)[number]

const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag)

const weights: ReadonlyMap<string, ReadonlyMap<Language, number>> = (() => {
  const owners = new Map<string, Language[]>()
  for (const lang of LANGUAGES) {
    for (const word of new Set(FUNCTION_WORDS[lang])) owners.set(word, [...(owners.get(word) ?? []), lang])
  }
  const byWord = new Map<string, Map<Language, number>>()
  for (const [word, langs] of owners) byWord.set(word, new Map(langs.map((l) => [l, 1 / langs.length])))
  return byWord
})()

/** The language `text` is written in, judged by its function words and letters; undefined when the
 * text gives too little away ("FLASH DEAL -40%" could be on any page) or two languages tie. */
export function detectLanguage(text: string): Language | undefined {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
  const scores = new Map<Language, number>(LANGUAGES.map((l) => [l, 0]))
  for (const token of lower.match(/[\p{L}']+/gu) ?? []) {
    const word = token.replace(/^'+|'+$/g, '')
    // "don't" is an English word as written; "l'offre" is French by its "l".
    const counted = weights.has(word) ? [word] : word.split("'")
    for (const part of counted) {
      for (const [lang, weight] of weights.get(part) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + weight)
    }
  }
  for (const lang of LANGUAGES) {
    const letters = TELLING_LETTERS[lang]
    if (!letters) continue
    for (const ch of lower) if (letters.includes(ch)) scores.set(lang, (scores.get(lang) ?? 0) + 1)
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < 1) return undefined
  if (second && best[1] - second[1] < 0.5) return undefined
  return best[0]
}

/** The languages whose word lists a heuristic should use on `text`: the one named by `lang` when
 * there are lists for it, else the one the text reads as, else all of them. */
export function languagesFor(text: string, lang?: string): Language[] {
  const primary = lang?.toLowerCase().split(/[-_]/)[0]
  if (primary && isLanguage(primary)) return [primary]
  const detected = detectLanguage(text)
  return detected ? [detected] : [...LANGUAGES]
}
