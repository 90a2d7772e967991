import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openMailSource } from '../../src/mailbox/mail-source.js'
import { parseMessage } from '../../src/mailbox/parse-message.js'

// A stand-in for Mailpit's HTTP API as its documentation gives it: `GET /api/v1/search?query=` lists
// message summaries newest first (its `to:` search matches part of an address, as Mailpit's does),
// `GET /api/v1/message/{ID}/raw` returns the message source.
interface Stored {
  ID: string
  MessageID: string
  Created: string
  To: { Name: string; Address: string }[]
  raw: string
}
const raw = (to: string, subject: string, id: string) =>
  [`From: Shop <billing@shop.test>`, `To: ${to}`, `Subject: ${subject}`, `Message-ID: <${id}>`, 'Content-Type: text/plain; charset=utf-8', '', `${subject}.`, ''].join('\r\n')

const now = Date.now()
const stored: Stored[] = [
  { ID: 'a1', MessageID: 'late@shop.test', Created: new Date(now + 2000).toISOString(), To: [{ Name: '', Address: 'alice@shop.test' }], raw: raw('alice@shop.test', 'Your cancellation', 'late@shop.test') },
  { ID: 'b2', MessageID: 'other@shop.test', Created: new Date(now + 1000).toISOString(), To: [{ Name: '', Address: 'malice@shop.test' }], raw: raw('malice@shop.test', 'Not for Alice', 'other@shop.test') },
  { ID: 'c3', MessageID: 'early@shop.test', Created: new Date(now - 60_000).toISOString(), To: [{ Name: '', Address: 'alice@shop.test' }], raw: raw('alice@shop.test', 'Before the flow', 'early@shop.test') },
]
const seen: { url: string; authorization?: string }[] = []
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization })
    if (request.headers.authorization !== `Basic ${Buffer.from('auditor:s3cret-pass').toString('base64')}`) {
      response.writeHead(401).end('Unauthorised')
      return
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/api/v1/search') {
      const to = /^to:"?([^"]*)"?$/.exec(url.searchParams.get('query') ?? '')?.[1] ?? ''
      const messages = stored.filter((m) => m.To.some((r) => r.Address.includes(to))).map(({ raw: _raw, ...summary }) => summary)
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ total: stored.length, messages_count: messages.length, messages }))
      return
    }
    const message = /^\/api\/v1\/message\/([^/]+)\/raw$/.exec(url.pathname)
    const found = message && stored.find((m) => m.ID === decodeURIComponent(message[1]!))
    if (found) response.writeHead(200, { 'content-type': 'message/rfc822' }).end(found.raw)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the Mailpit mailbox', () => {
  it('reads the messages to exactly the scenario address since a moment, signed in with basic auth', async () => {
    const source = openMailSource({ address: 'alice@shop.test', waitMs: 0, mailpit: { url: `${base}/`, user: 'auditor', password: 's3cret-pass' } }, 5000)
    const messages = await source.read('alice@shop.test', new Date(now))
    expect(messages.map((m) => m.key)).toEqual(['<late@shop.test>'])
    expect((await parseMessage(messages[0]!)).subject).toBe('Your cancellation')
    expect(seen.some((request) => request.url.startsWith('/api/v1/search?') && decodeURIComponent(request.url).includes('to:"alice@shop.test"'))).toBe(true)
    await source.close()
  })

  it('says which call the catcher refused, with its status and without the credentials', async () => {
    const source = openMailSource({ address: 'alice@shop.test', waitMs: 0, mailpit: { url: base, user: 'auditor', password: 'wrong-pass' } }, 5000)
    const failure = await source.read('alice@shop.test', new Date(now)).then(
      () => undefined,
      (error: Error) => error.message,
    )
    expect(failure).toBe('the mail catcher answered /api/v1/search with HTTP 401')
    expect(failure).not.toContain('wrong-pass')
  })
})
