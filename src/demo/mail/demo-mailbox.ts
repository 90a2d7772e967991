import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver.js'
import { type LocalImap, startDovecot } from './start-dovecot.js'

/** The demo sites' mail: an SMTP server they send to, whose messages land in a local IMAP inbox. */
export interface DemoMailbox {
  smtpPort: number
  imap: LocalImap
  close(): Promise<void>
}

/** Starts both on 127.0.0.1; the inbox takes `password`, the one the demo scenarios read as
 * `${env.DEMO_PASSWORD}`. Throws DovecotMissingError without dovecot. */
export async function startDemoMailbox(password: string): Promise<DemoMailbox> {
  const imap = await startDovecot({ password })
  let smtp: SmtpReceiver
  try {
    smtp = await startSmtpReceiver((source) => imap.deliver(source))
  } catch (error) {
    await imap.stop()
    throw error
  }
  return {
    smtpPort: smtp.port,
    imap,
    close: async () => {
      await smtp.close()
      await imap.stop()
    },
  }
}
