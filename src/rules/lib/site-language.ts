import type { SiteTrace } from '../../artifacts/site-trace.js'
import type { PageSnapshot } from '../../capture/page-snapshot.js'
import { detectLanguage } from '../../text/detect-language.js'
import { ranFlows, seenSteps } from './flows.js'

/** The primary subtag of a page's `lang` attribute ("de-AT" is "de"); undefined without one. */
export const declaredLanguage = (snapshot: PageSnapshot): string | undefined => snapshot.lang.trim().toLowerCase().split(/[-_]/)[0] || undefined

/** What a page's headings and paragraphs read as, whatever its markup says. */
export function textLanguage(snapshot: PageSnapshot): string | undefined {
  const sample = snapshot.texts
    .filter((t) => t.visible && (t.kind === 'heading' || t.kind === 'paragraph'))
    .map((t) => t.text)
    .join(' ')
    .slice(0, 4000)
  return detectLanguage(sample)
}

/** Fewer letters than this in a page's headings and paragraphs say too little to overrule its `lang`
 * attribute when the whole site's language is decided (which law it speaks to). */
const MIN_SAMPLE_LETTERS = 80

/** The primary language subtag of a page, for deciding the site's language: what its text reads as
 * from a fair sample (templates keep `lang="en"` over French or German text), else the attribute. */
export function pageLanguage(snapshot: PageSnapshot): string | undefined {
  const declared = declaredLanguage(snapshot)
  const sample = snapshot.texts
    .filter((t) => t.visible && t.kind !== 'dialog')
    .map((t) => t.text)
    .join(' ')
    .slice(0, 4000)
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_SAMPLE_LETTERS) return declared ?? detectLanguage(sample)
  return detectLanguage(sample) ?? declared
}

/** The language a page's words are written in, for reading them with the word lists: what its texts
 * and labels read as, else its `lang` attribute. Pages built from a template often keep the
 * template's `lang="en"` over French or German text, so the words decide when they clearly tell. */
export function readingLanguage(snapshot: PageSnapshot): string | undefined {
  // Sentence rules ask it of the same page once per text block.
  if (readLanguages.has(snapshot)) return readLanguages.get(snapshot)
  const lang = readLanguage(snapshot)
  readLanguages.set(snapshot, lang)
  return lang
}
const readLanguages = new WeakMap<PageSnapshot, string | undefined>()

function readLanguage(snapshot: PageSnapshot): string | undefined {
  const texts = snapshot.texts.filter((t) => t.visible).map((t) => t.text)
  const labels = snapshot.elements.filter((el) => el.visible).map((el) => el.labelText || el.contextText || el.name)
  const sample = [...texts, ...labels].join(' ').slice(0, 4000)
  return detectLanguage(sample) ?? declaredLanguage(snapshot)
}

/** The languages to read a page's labels in: its own reading language, the one its `lang` attribute
 * names, then the one most pages of the site read as (a French shop's account page may quote English
 * product blurbs). A page whose `lang` names no language ends the list with `undefined`, for a label
 * read by its own words (else in every language): nothing the page declares narrows it. */
export function labelLanguages(site: SiteTrace, snapshot: PageSnapshot): (string | undefined)[] {
  const counts = new Map<string, number>()
  for (const seen of ranFlows(site).flatMap(seenSteps)) {
    const lang = readingLanguage(seen.snapshot)
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return pageLabelLanguages(snapshot, best?.[0])
}

/** `labelLanguages` of one page alone, where no site is at hand: `alsoRead` is the site's language
 * when it is known. */
export function pageLabelLanguages(snapshot: PageSnapshot, alsoRead?: string): (string | undefined)[] {
  const declared = declaredLanguage(snapshot)
  const named = [...new Set([readingLanguage(snapshot), declared, alsoRead])].filter((lang): lang is string => Boolean(lang))
  return declared ? named : [...named, undefined]
}

/** The languages to read a page's sentences in, one after the other: the one its `lang` attribute
 * names (or none, for the text's own), then the one its words read as. A German shop left at
 * `lang="en"` is read in German too, while its English newsletter dialog is still read in English. */
function sentenceLanguages(snapshot: PageSnapshot): (string | undefined)[] {
  return [...new Set([snapshot.lang || undefined, readingLanguage(snapshot)])]
}

/** `read` in the first of `sentenceLanguages` whose answer `found` accepts, else in the first. */
export function readInPageLanguages<T>(snapshot: PageSnapshot, read: (lang: string | undefined) => T, found: (answer: T) => boolean): T {
  const [first, ...others] = sentenceLanguages(snapshot)
  const answer = read(first)
  if (found(answer)) return answer
  for (const lang of others) {
    const other = read(lang)
    if (found(other)) return other
  }
  return answer
}

/** The language most pages of the site were read in, with how many pages of how many said so;
 * undefined when no page tells. */
export function siteLanguage(site: SiteTrace): { lang: string; pages: number; of: number } | undefined {
  const counts = new Map<string, number>()
  let of = 0
  for (const { snapshot } of ranFlows(site).flatMap(seenSteps)) {
    of++
    const lang = pageLanguage(snapshot)
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best ? { lang: best[0], pages: best[1], of } : undefined
}

/** The official languages of the EU member states other than English (ISO 639-1), in which a site
 * addresses consumers in the Union. */
export const EU_LANGUAGES_BUT_ENGLISH: ReadonlySet<string> = new Set([
  'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt',
  'ro', 'sk', 'sl', 'sv',
])
