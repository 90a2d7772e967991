import type { Mailbox } from '../scenario/schema.js'
import { imapSource } from './imap-source.js'
import { mailpitSource } from './mailpit-source.js'

/** A message as the mailbox holds it: its raw source and when the mailbox received it. */
export interface RawMail {
  /** The Message-ID header or the mailbox's own id: the same message read twice has the same key. */
  key: string
  source: Buffer
  receivedAt: Date
}

/** The one place that talks to a mailbox, whatever its kind. */
export interface MailSource {
  /** Messages to `address` the mailbox received at or after `since`. */
  read(address: string, since: Date): Promise<RawMail[]>
  close(): Promise<void>
}

/** Whether `address` is one of a message's recipients. Mailbox searches match a substring ("bob@x.test"
 * finds "jimbob@x.test"), so each source checks the recipients it read. */
export function isRecipient(recipients: Iterable<string | undefined>, address: string): boolean {
  const wanted = address.trim().toLowerCase()
  for (const recipient of recipients) if (recipient?.trim().toLowerCase() === wanted) return true
  return false
}

export function openMailSource(mailbox: Mailbox, timeoutMs: number): MailSource {
  if (mailbox.imap) return imapSource(mailbox.imap, timeoutMs)
  if (mailbox.mailpit) return mailpitSource(mailbox.mailpit, timeoutMs)
  // The schema lets no mailbox through without one of the two.
  throw new Error('the mailbox names neither imap nor mailpit')
}
