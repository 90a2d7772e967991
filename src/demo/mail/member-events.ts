import type { IncomingMessage, ServerResponse } from 'node:http'
import { createTransport } from 'nodemailer'
import type { Variant } from '../pages/site-pages.js'
import type { DemoMail, MemberEvent } from './streamly-mail.js'

export type MailOf = (variant: Variant, member: MemberEvent) => DemoMail[]

const MAX_BODY_BYTES = 4096
const EVENTS = new Set(['signup', 'purchase', 'cancel'])

/** `POST /api/mail`: a page reports what the member did, and the site sends the e-mails for it over
 * SMTP to `smtpPort` on 127.0.0.1. Without a mail server, or for a site that sends none, the report
 * is taken and nothing is sent. */
export async function answerMemberEvent(
  req: IncomingMessage,
  res: ServerResponse,
  site: { variant: Variant; from: string; mailOf?: MailOf; smtpPort?: number },
): Promise<void> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) break
    chunks.push(chunk)
  }
  const member = parseMember(Buffer.concat(chunks).toString('utf8'))
  if (!member || size > MAX_BODY_BYTES) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('Expected {"event": "signup" | "purchase" | "cancel", "email": "…"}')
    return
  }
  if (site.mailOf && site.smtpPort) {
    const transport = createTransport({ host: '127.0.0.1', port: site.smtpPort, secure: false, ignoreTLS: true })
    for (const mail of site.mailOf(site.variant, member)) await transport.sendMail({ from: site.from, to: member.email, ...mail })
    transport.close()
  }
  res.writeHead(204, { 'Cache-Control': 'no-store' })
  res.end()
}

function parseMember(body: string): MemberEvent | undefined {
  try {
    const data = JSON.parse(body) as Record<string, unknown>
    const text = (key: string): string => (typeof data[key] === 'string' ? (data[key] as string).slice(0, 200) : '')
    if (!EVENTS.has(text('event')) || !/^[^@\s]+@[^@\s]+$/.test(text('email'))) return undefined
    return { event: text('event') as MemberEvent['event'], email: text('email'), name: text('name'), plan: text('plan'), price: text('price'), until: text('until') }
  } catch {
    return undefined
  }
}
