import type { FlowTrace, MailMessage } from '../../src/artifacts/site-trace.js'

let sequence = 0

/** An e-mail as the walk records it: one block per paragraph of its text, stacked in its image. */
export function message(input: { subject: string; text: string; receivedAt?: string; from?: string }): MailMessage {
  const paragraphs = input.text.split(/\n\s*\n/)
  sequence += 1
  return {
    from: input.from ?? 'hello@shop.example',
    to: ['alex@shop.example'],
    subject: input.subject,
    receivedAt: input.receivedAt ?? '2026-01-01T00:00:05.000Z',
    text: input.text,
    links: [],
    image: `mail/message-${sequence}.png`,
    blocks: paragraphs.map((paragraph, index) => ({
      selector: `body > p:nth-of-type(${index + 1})`,
      text: paragraph,
      box: { x: 24, y: 24 + index * 40, width: 600, height: 32 },
    })),
  }
}

/** The flow with the messages that arrived in its wait. */
export function withMail(flow: FlowTrace, messages: MailMessage[], options: { waitedMs?: number; error?: string } = {}): FlowTrace {
  return { ...flow, mail: { waitedMs: options.waitedMs ?? 10_000, messages, ...(options.error ? { error: options.error } : {}) } }
}
