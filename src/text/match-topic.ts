import { german } from './vocabulary-de.js'
import { english } from './vocabulary-en.js'
import { anyOfSource, compiledOnce } from './phrase-pattern.js'
import type { Topic, Vocabulary } from './vocabulary.js'

/** Every language is searched on every page: a page's `lang` attribute is often missing or wrong,
 * and sites mix languages (an English shop with a German cookie banner). */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = { en: english, de: german }

const compile = (topic: Topic): RegExp =>
  new RegExp(anyOfSource(Object.values(VOCABULARIES).flatMap((v) => v[topic])), 'iu')

const matcherFor = compiledOnce(compile)

/** Folds what differs between how pages write a word and how the lists do: typographic quotes and
 * the accents, backticks and primes typed for an apostrophe ("don´t", "don`t", "don′t"), non-breaking
 * spaces, compatibility forms. The acute accent goes first: NFKC would make it a space and a
 * combining accent. */
export const normalizeText = (text: string): string =>
  text
    .replace(/[\u00b4\u0060\u2032\u2018\u2019\u02bc]/g, "'")
    .normalize('NFKC')
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
