import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'

/** Whether an element (or text block) is the site's own: in the top document or one of its shadow
 * roots, or in a frame the site serves from the page's own origin (a frameset's pages, an account
 * page framed in). A frame with no address of its own (about:blank, about:srcdoc) holds whatever a
 * script or an attribute wrote into it: that is how chat widgets, ad slots and embeds draw themselves
 * into a page, since their own servers cannot serve a document the page may read. Cross-origin frames
 * never reach the snapshot (it lists them as unreadable). */
export function isOwn(snapshot: PageSnapshot, item: Pick<SnapshotElement, 'context'>): boolean {
  const frameUrl = item.context?.frameUrl
  if (frameUrl === undefined) return true
  try {
    const frame = new URL(frameUrl)
    return (frame.protocol === 'http:' || frame.protocol === 'https:') && frame.origin === new URL(snapshot.url).origin
  } catch {
    return false
  }
}

/** The page's own links, buttons and fields: those of embedded third-party frames left out. */
export const ownElements = (snapshot: PageSnapshot): SnapshotElement[] => snapshot.elements.filter((el) => isOwn(snapshot, el))
