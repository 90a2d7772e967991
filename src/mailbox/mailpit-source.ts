import type { z } from 'zod'
import type { MailpitMailbox } from '../scenario/schema.js'
import { isRecipient, type MailSource, type RawMail } from './mail-source.js'

interface MailpitSummary {
  ID: string
  MessageID?: string
  Created: string
  To?: { Address: string }[] | null
  Cc?: { Address: string }[] | null
}

/** Reads a Mailpit catcher through its HTTP API (`/api/v1/search`, `/api/v1/message/{ID}/raw`). */
export function mailpitSource(config: z.infer<typeof MailpitMailbox>, timeoutMs: number): MailSource {
  const base = config.url.replace(/\/+$/, '')
  const headers: Record<string, string> = config.user
    ? { authorization: `Basic ${Buffer.from(`${config.user}:${config.password ?? ''}`).toString('base64')}` }
    : {}
  const get = async (path: string): Promise<Response> => {
    const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) })
    // The URL may carry nothing secret, but the status says enough to act on.
    if (!response.ok) throw new Error(`the mail catcher answered ${path.split('?')[0]} with HTTP ${response.status}`)
    return response
  }

  return {
    async read(address: string, since: Date): Promise<RawMail[]> {
      const query = new URLSearchParams({ query: `to:"${address}"`, limit: '200' })
      const listed = (await (await get(`/api/v1/search?${query}`)).json()) as { messages?: MailpitSummary[] }
      const found: RawMail[] = []
      for (const summary of listed.messages ?? []) {
        const receivedAt = new Date(summary.Created)
        if (receivedAt.getTime() < since.getTime()) continue
        if (!isRecipient([...(summary.To ?? []), ...(summary.Cc ?? [])].map((to) => to.Address), address)) continue
        const source = Buffer.from(await (await get(`/api/v1/message/${encodeURIComponent(summary.ID)}/raw`)).arrayBuffer())
        found.push({ key: summary.MessageID ? `<${summary.MessageID}>` : `mailpit:${summary.ID}`, source, receivedAt })
      }
      return found
    },
    async close(): Promise<void> {},
  }
}
