import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTransport } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocalImap, startDovecot } from '../../src/demo/mail/start-dovecot.js'
import { type SmtpReceiver, startSmtpReceiver } from '../../src/demo/mail/smtp-receiver.js'
import { collectMail } from '../../src/mailbox/collect-mail.js'
import { openMailSource } from '../../src/mailbox/mail-source.js'
import { parseMessage } from '../../src/mailbox/parse-message.js'
import { loadMailboxFile } from '../../src/scenario/load-mailbox.js'
import { loadScenario, ScenarioError } from '../../src/scenario/load-scenario.js'

let imap: LocalImap
let smtp: SmtpReceiver

beforeAll(async () => {
  imap = await startDovecot()
  smtp = await startSmtpReceiver((source) => imap.deliver(source))
})
afterAll(async () => {
  await smtp?.close()
  await imap?.stop()
})

const send = (message: { to: string; subject: string; text: string; html?: string }) =>
  createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }).sendMail({ from: 'Shop <billing@shop.test>', ...message })

describe('the IMAP mailbox', () => {
  it('reads the messages sent over SMTP to the scenario address since a moment, and nothing to other addresses', async () => {
    const before = new Date()
    await send({ to: 'other@shop.test', subject: 'Not for us', text: 'Someone else' })
    // IMAP's TO search matches part of an address.
    await send({ to: 'malice@shop.test', subject: 'Not for Alice', text: 'Someone else' })
    await send({
      to: 'alice@shop.test',
      subject: 'Your order',
      text: 'Thanks for your order.',
      html: '<h1>Thanks for your order</h1><p>Manage it in <a href="https://shop.test/account">your account</a>.</p>',
    })
    const source = openMailSource(
      { address: 'alice@shop.test', waitMs: 5000, imap: { host: imap.host, port: imap.port, secure: false, user: imap.user, password: imap.password, folder: 'INBOX' } },
      5000,
    )
    try {
      const collected = await collectMail(source, 'alice@shop.test', before, { waitMs: 5000, pollMs: 100, seen: new Set() })
      expect(collected.error).toBeUndefined()
      expect(collected.messages).toHaveLength(1)
      const parsed = await parseMessage(collected.messages[0]!)
      expect(parsed).toMatchObject({
        from: 'billing@shop.test',
        to: ['alice@shop.test'],
        subject: 'Your order',
        text: 'Thanks for your order.',
        links: [{ text: 'your account', href: 'https://shop.test/account' }],
      })
      const later = await collectMail(source, 'alice@shop.test', new Date(Date.now() + 2000), { waitMs: 400, pollMs: 100, seen: new Set() })
      expect(later.messages).toEqual([])
      expect(later.waitedMs).toBeGreaterThanOrEqual(400)
    } finally {
      await source.close()
    }
  })

  it('reports a refused login as the reason no message could be read', async () => {
    const source = openMailSource(
      { address: 'alice@shop.test', waitMs: 1000, imap: { host: imap.host, port: imap.port, secure: false, user: imap.user, password: 'wrong-password', folder: 'INBOX' } },
      3000,
    )
    const collected = await collectMail(source, 'alice@shop.test', new Date(), { waitMs: 1000, pollMs: 100, seen: new Set() })
    await source.close()
    expect(collected.error).toBeTruthy()
    expect(collected.error).not.toContain('wrong-password')
  })
})

describe('a scenario mailbox', () => {
  const write = async (text: string) => {
    const file = join(await mkdtemp(join(tmpdir(), 'cancelcheck-mailbox-')), 'shop.yaml')
    await writeFile(file, text)
    return file
  }
  const flows = 'flows:\n  - name: signup\n    steps:\n      - goto: /\n'

  it('takes its credentials from the environment and counts the password among the secrets', async () => {
    const file = await write(
      `site: Shop\nbaseUrl: http://127.0.0.1:9\nmailbox:\n  address: alice@shop.test\n  imap: { host: 127.0.0.1, port: 1143, user: auditor, password: '\${env.MAIL_PASSWORD}' }\n${flows}`,
    )
    const scenario = await loadScenario(file, { MAIL_PASSWORD: 'mailbox-secret-1' })
    expect(scenario.mailbox).toEqual({
      address: 'alice@shop.test',
      waitMs: 10_000,
      imap: { host: '127.0.0.1', port: 1143, secure: false, user: 'auditor', password: 'mailbox-secret-1', folder: 'INBOX' },
    })
    expect(scenario.secrets).toContain('mailbox-secret-1')
  })

  it('names the file, the field and what was expected when the mailbox is not right', async () => {
    const file = await write(`site: Shop\nbaseUrl: http://127.0.0.1:9\nmailbox:\n  address: alice\n${flows}`)
    const error = await loadScenario(file, {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ScenarioError)
    const text = (error as ScenarioError).message
    expect(text).toContain('shop.yaml')
    expect(text).toMatch(/mailbox\.address.*e-mail address/)
    expect(text).toMatch(/mailbox.*exactly one of imap or mailpit/)
  })
})

describe('a mailbox file (--mailbox)', () => {
  const write = async (name: string, text: string) => {
    const file = join(await mkdtemp(join(tmpdir(), 'cancelcheck-mailbox-')), name)
    await writeFile(file, text)
    return file
  }

  it('reads the mailbox object alone, its password a secret', async () => {
    const file = await write('mailbox.yaml', "address: alex@shop.test\nmailpit: { url: 'http://127.0.0.1:8025', user: qa, password: '${env.MAILPIT_PASSWORD}' }\n")
    const { mailbox, secrets } = await loadMailboxFile(file, { MAILPIT_PASSWORD: 'catcher-secret-7' })
    expect(mailbox).toEqual({ address: 'alex@shop.test', waitMs: 10_000, mailpit: { url: 'http://127.0.0.1:8025', user: 'qa', password: 'catcher-secret-7' } })
    expect(secrets).toContain('catcher-secret-7')
  })

  it('names the file, line and field of a mistake', async () => {
    const file = await write('mailbox.yaml', 'address: alex@shop.test\nimap:\n  host: 127.0.0.1\n  port: imap\n  user: qa\n  password: x\n')
    const error = await loadMailboxFile(file, {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ScenarioError)
    expect((error as ScenarioError).message).toMatch(/mailbox\.yaml:4: imap\.port: expected a number/)
  })
})
