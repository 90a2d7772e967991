import { german } from './vocabulary-de.js'
import { english } from './vocabulary-en.js'
import type { Topic, Vocabulary } from './vocabulary.js'

/** Every language is searched on every page: a page's `lang` attribute is often missing or wrong,
 * and sites mix languages (an English shop with a German cookie banner). */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = { en: english, de: german }

const LETTER = '[\\p{L}\\p{N}]'

const patternOf = (entry: string): string => {
  const open = entry.startsWith('*')
  const close = entry.endsWith('*')
  const core = entry
    .slice(open ? 1 : 0, close ? -1 : undefined)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // "e-mail" also reads "email" and "e mail"; "add-on" also "addon" and "add on".
    .replace(/-/g, '[-\\s]?')
    .replace(/ /g, '\\s+')
  return `${open ? `${LETTER}*` : ''}${core}${close ? `${LETTER}*` : ''}`
}

const compile = (topic: Topic): RegExp => {
  const entries = [...new Set(Object.values(VOCABULARIES).flatMap((v) => v[topic]))]
  // Longest first, so the reported mention is the most specific phrase.
  entries.sort((a, b) => b.length - a.length)
  return new RegExp(`(?<!${LETTER})(?:${entries.map(patternOf).join('|')})(?!${LETTER})`, 'iu')
}

const compiled = new Map<Topic, RegExp>()
const matcherFor = (topic: Topic): RegExp => {
  let re = compiled.get(topic)
  if (!re) {
    re = compile(topic)
    compiled.set(topic, re)
  }
  return re
}

/** Folds what differs between how pages write a word and how the lists do: typographic quotes,
 * non-breaking spaces, compatibility forms. */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

/** The first words of `text` that say `topic`, as written on the page; undefined when none do. */
export function mentionOf(text: string | undefined, topic: Topic): string | undefined {
  if (!text) return undefined
  return matcherFor(topic).exec(normalizeText(text))?.[0]
}

export function mentions(text: string | undefined, topic: Topic): boolean {
  return mentionOf(text, topic) !== undefined
}
