import type { MailSource, RawMail } from './mail-source.js'

export interface CollectOptions {
  /** The longest wait after the flow. */
  waitMs: number
  /** Once a message has arrived, this long without another ends the wait. */
  quietMs: number
  pollMs: number
  /** Keys of messages already recorded for an earlier flow. */
  seen: ReadonlySet<string>
}

export interface Collected {
  waitedMs: number
  messages: RawMail[]
  error?: string
}

/** Polls the mailbox for messages to `address` received since `since`, until none has come for
 * `quietMs` after the first, or `waitMs` has passed. A site sends its e-mails from a queue, often
 * seconds after the click: waiting for the first is what makes "no confirmation" a finding. */
export async function collectMail(source: MailSource, address: string, since: Date, options: CollectOptions): Promise<Collected> {
  const started = Date.now()
  let messages: RawMail[] = []
  let lastArrival = 0
  try {
    for (;;) {
      const read = (await source.read(address, since)).filter((message) => !options.seen.has(message.key))
      if (read.length > messages.length) lastArrival = Date.now()
      messages = read
      const now = Date.now()
      if (now - started >= options.waitMs) break
      if (messages.length > 0 && now - lastArrival >= options.quietMs) break
      await new Promise((resolve) => setTimeout(resolve, options.pollMs))
    }
  } catch (error) {
    return { waitedMs: Date.now() - started, messages, error: error instanceof Error ? error.message : String(error) }
  }
  messages.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  return { waitedMs: Date.now() - started, messages }
}
