/** The kinds of page a scan looks for. */
export const LINK_CATEGORIES = ['pricing', 'signup', 'help', 'contact', 'account', 'cancel', 'terms'] as const
export type LinkCategory = (typeof LINK_CATEGORIES)[number]

/** The words that say where a link leads, in one language, in the notation of
 * src/text/phrase-pattern.ts (whole words, `*` lets a word run on). */
export interface DiscoveryLexicon {
  /** Link text, accessible name or label that names the kind of page. */
  words: Readonly<Record<LinkCategory, readonly string[]>>
  /** Words that alone are too common to follow: "Cancel" is also what closes a dialog. They score only
   * a little, so a link needs its address or a clearer word besides to be followed. */
  weakWords: Readonly<Partial<Record<LinkCategory, readonly string[]>>>
  /** Segments of an address's path (lower case; `-` also matches `_` or nothing). */
  paths: Readonly<Partial<Record<LinkCategory, readonly string[]>>>
  /** Links and buttons a scan never touches: they pay, order, submit, sign out or delete. */
  never: readonly string[]
}
