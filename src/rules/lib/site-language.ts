import type { SiteTrace } from '../../artifacts/site-trace.js'
import type { PageSnapshot } from '../../capture/page-snapshot.js'
import { detectLanguage } from '../../text/detect-language.js'
import { ranFlows, seenSteps } from './flows.js'

/** The primary language subtag of a page: its `lang` attribute ("de-AT" is "de"), else what its
 * headings and paragraphs read as; undefined when neither tells. */
export function pageLanguage(snapshot: PageSnapshot): string | undefined {
  const declared = snapshot.lang.trim().toLowerCase().split(/[-_]/)[0]
  if (declared) return declared
  const sample = snapshot.texts
    .filter((t) => t.visible && (t.kind === 'heading' || t.kind === 'paragraph'))
    .map((t) => t.text)
    .join(' ')
    .slice(0, 4000)
  return detectLanguage(sample)
}

/** The language a page's words are written in, for reading them: what its headings, paragraphs and
 * labels read as, else its `lang` attribute. Pages built from a template often keep the template's
 * `lang="en"` over French or German text, so the words decide when they clearly tell. */
export function readingLanguage(snapshot: PageSnapshot): string | undefined {
  const texts = snapshot.texts.filter((t) => t.visible).map((t) => t.text)
  const labels = snapshot.elements.filter((el) => el.visible).map((el) => el.labelText || el.contextText || el.name)
  const sample = [...texts, ...labels].join(' ').slice(0, 4000)
  return detectLanguage(sample) ?? (snapshot.lang.trim().toLowerCase().split(/[-_]/)[0] || undefined)
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
