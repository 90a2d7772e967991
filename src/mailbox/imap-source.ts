import { ImapFlow } from 'imapflow'
import type { z } from 'zod'
import type { ImapMailbox } from '../scenario/schema.js'
import { isRecipient, type MailSource, type RawMail } from './mail-source.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Reads an IMAP folder over one connection, opened on the first read. */
export function imapSource(config: z.infer<typeof ImapMailbox>, timeoutMs: number): MailSource {
  let connected: Promise<ImapFlow> | undefined
  const connect = async (): Promise<ImapFlow> => {
    const client = new ImapFlow({
      host: config.host,
      port: config.port,
      secure: config.secure,
      auth: { user: config.user, pass: config.password },
      logger: false,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: Math.max(timeoutMs, 30_000),
    })
    // A dropped connection must not surface as an unhandled 'error' event that ends the process.
    client.on('error', () => undefined)
    await client.connect()
    return client
  }

  return {
    async read(address: string, since: Date): Promise<RawMail[]> {
      connected ??= connect()
      const client = await connected
      const lock = await client.getMailboxLock(config.folder)
      try {
        // SEARCH SINCE compares dates only, in the server's time zone: ask from the day before and
        // compare the exact times here.
        const uids = await client.search({ to: address, since: new Date(since.getTime() - DAY_MS) }, { uid: true })
        if (!uids || uids.length === 0) return []
        const found: RawMail[] = []
        for await (const message of client.fetch(uids, { source: true, internalDate: true, envelope: true }, { uid: true })) {
          const receivedAt = message.internalDate instanceof Date ? message.internalDate : new Date(message.internalDate ?? 0)
          // The server keeps whole seconds.
          if (!message.source || receivedAt.getTime() < Math.floor(since.getTime() / 1000) * 1000) continue
          const recipients = [...(message.envelope?.to ?? []), ...(message.envelope?.cc ?? [])].map((to) => to.address)
          if (!isRecipient(recipients, address)) continue
          found.push({ key: message.envelope?.messageId ?? `uid:${message.uid}`, source: message.source, receivedAt })
        }
        return found
      } finally {
        lock.release()
      }
    },
    async close(): Promise<void> {
      if (!connected) return
      const client = await connected.catch(() => undefined)
      await client?.logout().catch(() => client.close())
    },
  }
}
