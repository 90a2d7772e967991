import type { Finding } from '../report/model.js'
import { confirmationWords } from '../text/confirmation.js'
import { dateIn } from '../text/dates.js'
import { defineRule, needsReview, notApplicable, outOfScope, pass, ruleError } from './define-rule.js'
import { bgbCancellationConfirmationText, californiaArlCancellation, ukDmccSubscriptions } from './data/legal-references.js'
import { cancellationStep } from './lib/cancellation-page.js'
import { quote } from './lib/evidence.js'
import { blockSaying, fromCancelling, confirmsCancellation, mailEvidence, mailOf, NO_MAILBOX, readMailbox, wordingOf } from './lib/mail.js'

export default defineRule({
  meta: {
    id: 'cancellation-email-missing',
    title: 'No e-mail confirms the cancellation',
    category: 'obstruction',
    severity: 'serious',
    requires: [
      { flows: ['cancel'], needs: 'every-page' },
      { flows: ['verify'], needs: 'any-page', optional: true },
    ],
    references: [bgbCancellationConfirmationText, californiaArlCancellation, ukDmccSubscriptions],
    help: 'Without a written confirmation a person who cancelled has nothing to show when the next charge comes, and no way to tell a cancellation that went through from one that silently failed. German law requires the confirmation at once and in text form, with the date the contract ends.',
    fix: 'Send an e-mail as soon as the cancellation is received, saying what was cancelled and the date it ends.',
    decides: {
      how: [
        'Reads the e-mails the scenario\'s mailbox received from the start of the first completed cancel flow to the end of the walk, waiting `waitMs` (the mailbox\'s setting) after each flow.',
        'A message whose subject or text confirms a cancellation ("has been cancelled", "will not renew", "gekündigt") passes; one that confirms it without a date or a time it takes effect ("immediately", "at the end of your billing period") goes to review.',
        'No such message is flagged, whatever else arrived (a newsletter, a survey, a "we miss you" offer). A scenario without a mailbox is not judged.',
      ],
      flagged: 'After "Finish cancellation" the inbox receives only a receipt for the next month within the wait.',
      notFlagged: 'An e-mail "Your Streamly membership has been cancelled. You can watch until 14 March 2026." arrives a few seconds after the click.',
    },
  },
  check(site, ctx) {
    if (!readMailbox(site)) return outOfScope(NO_MAILBOX)
    const cancelled = fromCancelling(site)
    if (!cancelled) return notApplicable('no cancel flow went through to its end')
    const { cancel, flows: afterwards } = cancelled
    const unread = afterwards.find((flow) => flow.mail?.error && flow.mail.messages.length === 0)
    const received = mailOf(afterwards)
    const confirming = received.filter((r) => confirmsCancellation(r.message))
    const dated = confirming.find((r) => dateIn(r.message.text) || confirmationWords(wordingOf(r.message), 'endTimings'))
    if (dated) return pass(`${quote(dated.message.subject)} confirms the cancellation by e-mail`)
    if (unread && confirming.length === 0) return ruleError(`the mailbox could not be read after the ${unread.name} flow: ${unread.mail?.error}`)

    const submitted = cancellationStep(cancel) ?? cancel.steps.at(-1)
    const url = submitted?.snapshot?.url ?? submitted?.url ?? site.baseUrl
    const first = confirming[0]
    if (first) {
      const finding: Finding = ctx.finding({
        flow: first.flow.name,
        step: null,
        message: `The e-mail ${quote(first.message.subject)} confirms the cancellation but says neither when it takes effect nor until when the service runs.`,
        evidence: mailEvidence(first, url, blockSaying(first.message, ['cancel'])),
      })
      return needsReview('the cancellation e-mail gives no date or time it takes effect: see the finding', [finding])
    }
    const waitedMs = afterwards.reduce((sum, flow) => sum + (flow.mail?.waitedMs ?? 0), 0)
    const subjects = received.map((r) => quote(r.message.subject, 60))
    return {
      outcome: 'fail',
      findings: [
        ctx.finding({
          flow: cancel.name,
          step: submitted?.index ?? null,
          message:
            `No e-mail confirmed the cancellation within ${Math.round(waitedMs / 1000)} s after the ${cancel.name} flow` +
            (subjects.length > 0 ? `: the ${subjects.length} message(s) that arrived (${subjects.join(', ')}) do not confirm it.` : ': no message arrived at all.'),
          evidence: {
            url,
            ...(submitted?.target ? { selector: submitted.target.selector, text: submitted.target.text } : {}),
            ...(submitted?.screenshot ? { screenshot: submitted.screenshot } : {}),
            facts: { waitedMs, messagesAfterCancelling: received.length, subjects: subjects.join(' | ') || null },
          },
        }),
      ],
    }
  },
})
