/** The part of a URL worth showing under a thumbnail: path, query and fragment, or the text as
 * given when it is not a URL. */
export function urlPath(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url
    return `${parsed.pathname}${parsed.search}${parsed.hash}`
  } catch {
    return url
  }
}
