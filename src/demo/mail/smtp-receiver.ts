import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface SmtpReceiver {
  port: number
  close(): Promise<void>
}

/** An SMTP server on 127.0.0.1 that hands every message it accepts to `deliver`: the demo sites'
 * outgoing mail server, whose mail lands in the local IMAP inbox. */
export async function startSmtpReceiver(deliver: (source: Buffer) => Promise<void>): Promise<SmtpReceiver> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        deliver(Buffer.concat(chunks)).then(() => callback(), callback)
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.server.address() as AddressInfo).port
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
