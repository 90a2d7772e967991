import type { FlowTrace, MailBlock, MailMessage, SiteTrace } from '../../artifacts/site-trace.js'
import type { Evidence } from '../../report/model.js'
import { confirms } from '../../text/confirmation.js'
import { flowsWithRole } from './flows.js'

/** A message with the flow whose wait it arrived in. */
export interface ReceivedMail {
  flow: FlowTrace
  message: MailMessage
}

/** Whether the scenario read a mailbox: without one, no rule can say what the inbox lacked. */
export const readMailbox = (site: SiteTrace): boolean => site.flows.some((flow) => flow.mail !== undefined)

export const NO_MAILBOX = 'the scenario names no mailbox: add `mailbox:` with the inbox of the address it signs up with'

/** The messages that arrived during and after `flows`, in the order the mailbox received them. */
export function mailOf(flows: readonly FlowTrace[]): ReceivedMail[] {
  return flows
    .flatMap((flow) => (flow.mail?.messages ?? []).map((message) => ({ flow, message })))
    .sort((a, b) => a.message.receivedAt.localeCompare(b.message.receivedAt))
}

/** What a person reads first: the subject, then the body. */
export const wordingOf = (message: MailMessage): string => `${message.subject}\n${message.text}`

export const confirmsCancellation = (message: MailMessage): boolean => confirms(wordingOf(message), 'cancellation').match

/** The block of the rendered message that holds `words` first, else its first block. */
export function blockSaying(message: MailMessage, words: readonly string[]): MailBlock | undefined {
  const lower = words.map((w) => w.toLowerCase())
  return message.blocks.find((block) => lower.some((w) => block.text.toLowerCase().includes(w))) ?? message.blocks[0]
}

/** Evidence on a message: its image with the block outlined; `url` is the page the flow was on when
 * the message was due, so the finding still names where on the site it happened. */
export function mailEvidence(
  received: { message: MailMessage },
  url: string,
  block: MailBlock | undefined,
  facts: Evidence['facts'] = {},
): Omit<Evidence, 'facts'> & { facts: Evidence['facts'] } {
  const { message } = received
  return {
    url,
    ...(block ? { selector: block.selector, text: block.text, box: block.box } : { text: message.subject }),
    ...(message.image ? { screenshot: message.image } : {}),
    facts: { subject: message.subject, from: message.from, receivedAt: message.receivedAt, ...facts },
  }
}

/** `iso` to whole seconds: IMAP servers keep the time a message arrived to the second. */
export const toSecond = (iso: string): number => Math.floor(Date.parse(iso) / 1000) * 1000

/** The first cancel flow that went through to its end, and the flows from it on (it included): the
 * mail that can follow a cancellation. */
export function fromCancelling(site: SiteTrace): { cancel: FlowTrace; flows: FlowTrace[] } | undefined {
  const cancel = flowsWithRole(site, ['cancel']).find((flow) => flow.status === 'completed')
  if (!cancel) return undefined
  return { cancel, flows: site.flows.slice(site.flows.indexOf(cancel)).filter((flow) => flow.status !== 'skipped') }
}
