import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditSites } from '../../src/audit/audit-sites.js'
import { requireBrowser } from '../../src/browser/find-browser.js'
import { loadDemoScenarios } from '../../src/demo/demo-scenarios.js'
import { type DemoMailbox, startDemoMailbox } from '../../src/demo/mail/demo-mailbox.js'
import { serveDemo } from '../../src/demo/serve-demo.js'
import type { Report } from '../../src/report/model.js'
import billedAfterCancelling from '../../src/rules/billed-after-cancelling.js'
import cancellationEmailMissing from '../../src/rules/cancellation-email-missing.js'
import orderEmailWithoutRenewalTerms from '../../src/rules/order-email-without-renewal-terms.js'

const MAIL_RULES = [cancellationEmailMissing, orderEmailWithoutRenewalTerms, billedAfterCancelling]
const PASSWORD = 'mail-secret-5520'

let mailbox: DemoMailbox
let demo: Awaited<ReturnType<typeof serveDemo>>
let report: Report
let outDir: string

// Streamly's two variants walked in Chromium (60 to 90 s on two busy cores: the walk, not the mail,
// takes the time), their e-mails sent over SMTP and read back over IMAP from a real dovecot.
beforeAll(async () => {
  mailbox = await startDemoMailbox(PASSWORD)
  demo = await serveDemo({ smtpPort: mailbox.smtpPort })
  outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-mail-'))
  const scenarios = (await loadDemoScenarios(demo, PASSWORD, mailbox)).filter((s) => s.site.startsWith('Streamly'))
  report = await auditSites(
    scenarios.map((s) => ({ ...s, mailbox: s.mailbox && { ...s.mailbox, waitMs: 4000 } })),
    { outDir, timeoutMs: 10_000, concurrency: 2, failOn: 'serious', rules: MAIL_RULES, browser: requireBrowser(), log: () => undefined },
  )
}, 150_000)

afterAll(async () => {
  await demo?.close()
  await mailbox?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const siteNamed = (variant: string) => report.sites.find((s) => s.site === `Streamly (${variant} variant)`)!
const outcomes = (variant: string) => Object.fromEntries(siteNamed(variant).results.map((r) => [r.ruleId, r.outcome]))

describe('the demo mailbox', () => {
  it('the three e-mail rules fire on the dark variant', () => {
    expect(outcomes('dark')).toEqual({
      'order-email-without-renewal-terms': 'fail',
      'cancellation-email-missing': 'fail',
      'billed-after-cancelling': 'fail',
    })
    const billed = siteNamed('dark').results.find((r) => r.ruleId === 'billed-after-cancelling')!.findings[0]!
    expect(billed.message).toContain('"Your Streamly receipt" bills the customer')
    expect(billed.evidence.box).toBeDefined()
  })

  it('and stay silent on the fair variant', () => {
    expect(outcomes('fair')).toEqual({
      'order-email-without-renewal-terms': 'pass',
      'cancellation-email-missing': 'pass',
      'billed-after-cancelling': 'pass',
    })
  })

  it('records each flow\'s messages with their rendered image, and no secret', async () => {
    expect(JSON.stringify(report)).not.toContain(PASSWORD)
    const messages = report.sites.flatMap((site) => site.flows.flatMap((flow) => flow.mail?.messages ?? []))
    expect(messages.map((m) => m.subject)).toContain('Your Streamly membership has been cancelled')
    for (const message of messages) {
      expect(message.image, message.subject).toBeDefined()
      expect((await stat(join(outDir, message.image!))).size).toBeGreaterThan(1000)
    }
  })
})
