import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import { ownElements } from '../rules/lib/own-elements.js'
import { discoveryDe } from '../text/lexicon/discovery-de.js'
import { discoveryEn } from '../text/lexicon/discovery-en.js'
import { discoveryEs } from '../text/lexicon/discovery-es.js'
import { discoveryFr } from '../text/lexicon/discovery-fr.js'
import { discoveryNl } from '../text/lexicon/discovery-nl.js'
import { findEntries } from '../text/phrase-pattern.js'
import { LINK_CATEGORIES, type DiscoveryLexicon, type LinkCategory } from './discovery-lexicon.js'

export interface LinkCandidate {
  category: LinkCategory
  score: number
  /** What scored, e.g. `text:"cancel membership"`, `href:/help`, `region:footer`. */
  matched: string[]
  element: SnapshotElement
  /** Where the link leads, without its fragment; absent for a button that has no address. */
  url?: string
}

/** A candidate scoring at least this is worth a click: a clear word (3), or a weak word or an icon
 * with an address that says the same (1 + 2, or 2 + 1 for the region). */
export const FOLLOW_SCORE = 3

const TEXT_SCORE = 3
const PHRASE_BONUS = 1
const WEAK_TEXT_SCORE = 1
const HREF_SCORE = 2
const REGION_SCORE = 1

// Every language at once: the `lang` attribute is often missing or wrong, and a German site links
// its "Login" in English.
const LEXICONS: readonly DiscoveryLexicon[] = [discoveryEn, discoveryDe, discoveryFr, discoveryEs, discoveryNl]

const merged = (pick: (l: DiscoveryLexicon) => readonly string[] | undefined): readonly string[] => LEXICONS.flatMap((l) => pick(l) ?? [])
const byCategory = <T>(make: (category: LinkCategory) => T): Record<LinkCategory, T> => {
  const out: Partial<Record<LinkCategory, T>> = {}
  for (const category of LINK_CATEGORIES) out[category] = make(category)
  return out as Record<LinkCategory, T>
}
const WORDS = byCategory((c) => merged((l) => l.words[c]))
const WEAK_WORDS = byCategory((c) => merged((l) => l.weakWords[c]))
const PATHS = byCategory((c) =>
  merged((l) => l.paths[c]).map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${pathSource(p)}(?![\\p{L}\\p{N}])`, 'u')),
)
const NEVER = merged((l) => l.never)
// Opening a checkout page submits nothing and shows what a buyer is asked before paying, so its
// address may be followed; carts (a link can add to one), payments and orders may not.
const NEVER_PATH = /(?<![\p{L}\p{N}])(log-?out|sign-?out|logoff|abmelden|ausloggen|cart|basket|warenkorb|pay|payment|order|bestellen|delete-account)(?![\p{L}\p{N}])/u
const DOWNLOAD = /\.(pdf|zip|gz|rar|7z|docx?|xlsx?|pptx?|csv|exe|dmg|pkg|apk|msi|mp3|mp4|mov|jpe?g|png|gif|webp|svg)$/i
const LINK_ROLES = new Set(['link', 'button', 'menuitem'])
const REGION_WORDS = /footer|header|nav|menu|account|konto|sidebar/i

function pathSource(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/-/g, '[-_]?')
}

/** Every link and button on the page that could lead to a kind of page a scan looks for, with a score
 * per kind, best first. Only what stays on `origin` (or is a button on the page) counts; nothing that
 * pays, orders, submits a form, signs out, deletes or downloads is ever a candidate, nor a link a chat
 * widget or an ad drew into the page: its relative addresses resolve to the site, but it is not the
 * site's way anywhere. Size and colour play no part: a tiny grey cancellation link is exactly the one
 * to find. */
export function scoreLinks(snapshot: PageSnapshot, origin: string): LinkCandidate[] {
  const candidates: Array<LinkCandidate & { order: number }> = []
  const here = samePage(snapshot.url)
  ownElements(snapshot).forEach((element, order) => {
    const target = targetOf(element, snapshot.url, origin)
    if (target === 'never' || (target.url !== undefined && samePage(target.url) === here)) return
    const text = [...new Set([element.text, element.name, element.labelText ?? ''].filter(Boolean))].join(' | ')
    if (findEntries(text, NEVER).length > 0) return
    const path = target.path?.toLowerCase()
    if (path && NEVER_PATH.test(path)) return
    const scored = LINK_CATEGORIES.map((category) => scoreFor(category, text, path, element.region)).filter((s) => s.score > 0)
    // A link that names a cancellation is not the way to the plans, whatever else it says ("Abo kündigen").
    const cancels = scored.some((s) => s.category === 'cancel' && s.strong)
    for (const s of scored) {
      if (cancels && (s.category === 'pricing' || s.category === 'signup')) continue
      candidates.push({ category: s.category, score: s.score, matched: s.matched, element, ...(target.url ? { url: target.url } : {}), order })
    }
  })
  return candidates
    .sort((a, b) => b.score - a.score || Number(b.element.visible) - Number(a.element.visible) || a.order - b.order)
    .map(({ order: _order, ...candidate }) => candidate)
}

/** Where an element leads: an address on the site, nowhere (a button on the page), or `never`. */
function targetOf(element: SnapshotElement, pageUrl: string, origin: string): { url?: string; path?: string } | 'never' {
  if (element.disabled) return 'never'
  const isLinkLike = element.tag === 'a' || element.tag === 'button' || LINK_ROLES.has(element.role ?? '') ||
    (element.tag === 'input' && (element.type === 'button' || element.type === 'submit'))
  if (!isLinkLike) return 'never'
  if (submitsForm(element)) return 'never'
  const href = element.href?.trim()
  if (!href || /^javascript:/i.test(href)) return element.tag === 'a' && !element.role ? 'never' : {}
  let url: URL
  try {
    url = new URL(href, pageUrl)
  } catch {
    return 'never'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'never'
  if (url.origin !== origin) return 'never'
  if (DOWNLOAD.test(url.pathname)) return 'never'
  return { url: withoutHash(url.href), path: safeDecode(url.pathname) }
}

/** A submit button inside a form. The snapshot names the form of fields only, so a button's form is
 * read from its region as well. */
function submitsForm(element: SnapshotElement): boolean {
  const submits = element.type === 'submit' || element.type === 'image'
  return submits && (element.form !== undefined || IN_FORM.test(element.region ?? ''))
}

const IN_FORM = /(^|> )form\b/

function scoreFor(
  category: LinkCategory,
  text: string,
  path: string | undefined,
  region: string | undefined,
): { category: LinkCategory; score: number; matched: string[]; strong: boolean } {
  let score = 0
  const matched: string[] = []
  const strong = findEntries(text, WORDS[category]).sort((a, b) => b.length - a.length)[0]
  const weak = strong ? undefined : findEntries(text, WEAK_WORDS[category])[0]
  if (strong) {
    score += TEXT_SCORE + (/\s/.test(strong.trim()) ? PHRASE_BONUS : 0)
    matched.push(`text:"${fold(strong)}"`)
  } else if (weak) {
    score += WEAK_TEXT_SCORE
    matched.push(`text:"${fold(weak)}"`)
  }
  if (path) {
    for (const pattern of PATHS[category]) {
      const hit = pattern.exec(path)
      if (hit) {
        score += HREF_SCORE
        matched.push(`href:/${hit[0]}`)
        break
      }
    }
  }
  if (score > 0 && region) {
    const word = REGION_WORDS.exec(region)?.[0]
    if (word) {
      score += REGION_SCORE
      matched.push(`region:${word.toLowerCase()}`)
    }
  }
  return { category, score, matched, strong: Boolean(strong) }
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

function withoutHash(url: string): string {
  const hash = url.indexOf('#')
  return hash < 0 ? url : url.slice(0, hash)
}

/** A page's address without query and fragment: a link to `/login` on `/login?next=/cancel` goes
 * nowhere new. */
function samePage(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return url
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
