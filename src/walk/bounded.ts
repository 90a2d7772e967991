/** The page calls that take no timeout (`evaluate`, `content`, a CDP command) wait as long as the page
 * does, and a page whose navigation never gets an answer holds them forever: the step's evidence and
 * everything after it would wait with them. This gives up after `ms` with an error naming what was
 * waited for; the call itself is left to end with its page or context. */
export function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = Math.max(0, Math.round(ms))
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from the page within ${limit} ms`)), limit)
  })
  return Promise.race([work, giveUp]).finally(() => clearTimeout(timer))
}
