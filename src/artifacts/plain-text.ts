import { stripVTControlCharacters } from 'node:util'

/** Text without terminal escape sequences. Playwright colours its call logs (`\u001b[2m…\u001b[22m`);
 * stored in a trace they would show as `[2m` in every report and recolour a terminal. */
export const plainText = (text: string): string => stripVTControlCharacters(text)

/** Every string in a JSON-like value made plain: for reports whose text may predate the walk's
 * own cleaning (a trace saved by an earlier version, re-audited). */
export function withPlainText<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T
  if (Array.isArray(value)) return value.map(withPlainText) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPlainText(v)])) as T
  }
  return value
}
