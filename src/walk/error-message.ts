import { plainText } from '../artifacts/plain-text.js'

/** A browser error in one line for a trace: Playwright appends a coloured call log, and the first
 * lines say what went wrong. */
export function errorMessage(err: unknown): string {
  const text = plainText(err instanceof Error ? err.message : String(err))
  return text.split('\n').filter((l) => l.trim() && !/^=+/.test(l.trim())).slice(0, 3).join(' ').slice(0, 500)
}
