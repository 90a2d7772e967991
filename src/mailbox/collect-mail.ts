import type { MailSource, RawMail } from './mail-source.js'

export interface CollectOptions {
  /** How long to wait after the flow. */
  waitMs: number
  pollMs: number
  /** Keys of messages already recorded for an earlier flow. */
  seen: ReadonlySet<string>
}

export interface Collected {
  waitedMs: number
  messages: RawMail[]
  error?: string
}

/** Polls the mailbox for messages to `address` received since `since` until `waitMs` has passed. A
 * site sends its e-mails from a queue, often seconds after the click, and one message says nothing
 * of whether another is still coming: the whole wait is what makes "no confirmation" a finding. */
export async function collectMail(source: MailSource, address: string, since: Date, options: CollectOptions): Promise<Collected> {
  const started = Date.now()
  let messages: RawMail[] = []
  try {
    for (;;) {
      messages = (await source.read(address, since)).filter((message) => !options.seen.has(message.key))
      if (Date.now() - started >= options.waitMs) break
      await new Promise((resolve) => setTimeout(resolve, options.pollMs))
    }
  } catch (error) {
    return { waitedMs: Date.now() - started, messages, error: error instanceof Error ? error.message : String(error) }
  }
  messages.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  return { waitedMs: Date.now() - started, messages }
}
