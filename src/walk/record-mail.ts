import { join } from 'node:path'
import type { Browser } from 'playwright'
import type { FlowMail, MailMessage } from '../artifacts/site-trace.js'
import { renderMail } from '../browser/render-mail.js'
import { collectMail } from '../mailbox/collect-mail.js'
import type { MailSource } from '../mailbox/mail-source.js'
import { parseMessage } from '../mailbox/parse-message.js'
import type { Mailbox } from '../scenario/schema.js'
import { errorMessage } from './error-message.js'
import { redactSecrets } from './secret-encodings.js'

const POLL_MS = 500

export interface MailRecording {
  source: MailSource
  mailbox: Mailbox
  browser: Browser
  outDir: string
  /** Relative to outDir: the images are `<basePath>-mail-01.png`, … */
  basePath: string
  secrets: readonly string[]
  /** Keys of messages recorded for earlier flows; the new ones are added. */
  seen: Set<string>
}

/** The messages that reached the scenario's address since `since`, each rendered to an image. A
 * message's HTML is scrubbed of secrets before it is rendered, so no image shows one. */
export async function recordMail(since: Date, recording: MailRecording): Promise<FlowMail> {
  const collected = await collectMail(recording.source, recording.mailbox.address, since, {
    waitMs: recording.mailbox.waitMs,
    pollMs: POLL_MS,
    seen: recording.seen,
  })
  const messages: MailMessage[] = []
  let error = collected.error
  for (const [index, raw] of collected.messages.entries()) {
    recording.seen.add(raw.key)
    try {
      const { key: _key, html, ...parsed } = await parseMessage(raw)
      const image = `${recording.basePath}-mail-${String(index + 1).padStart(2, '0')}.png`
      const content = { text: redactSecrets(parsed.text, recording.secrets), ...(html ? { html: redactSecrets(html, recording.secrets) } : {}) }
      // A message that cannot be rendered is still recorded, with its text, and says why it has no image.
      const blocks = await renderMail(recording.browser, content, join(recording.outDir, image)).catch((err: unknown) => {
        error ??= `"${parsed.subject}" could not be rendered: ${errorMessage(err)}`
        return undefined
      })
      messages.push({ ...parsed, ...(blocks ? { image } : {}), blocks: blocks ?? [] })
    } catch (err) {
      error ??= `a message could not be read: ${errorMessage(err)}`
    }
  }
  return { waitedMs: collected.waitedMs, messages, ...(error ? { error } : {}) }
}
