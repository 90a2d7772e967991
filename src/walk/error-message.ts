/** A browser error in one line for a trace: Playwright appends a call log, and the first lines say
 * what went wrong. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return text.split('\n').filter((l) => l.trim() && !/^=+/.test(l.trim())).slice(0, 3).join(' ').slice(0, 500)
}
