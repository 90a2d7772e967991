import type { Finding } from '../report/model.js'
import { markedAs } from '../scenario/step-mark.js'
import { billingWords } from '../text/billing-message.js'
import { defineRule, failIfAny, notApplicable, outOfScope } from './define-rule.js'
import { californiaArlCancellation, roscaNegativeOption, ukDmccSubscriptions } from './data/legal-references.js'
import { cancellationStep } from './lib/cancellation-page.js'
import { quote } from './lib/evidence.js'
import { blockSaying, fromCancelling, confirmsCancellation, mailEvidence, mailOf, NO_MAILBOX, readMailbox, toSecond, wordingOf } from './lib/mail.js'

export default defineRule({
  meta: {
    id: 'billed-after-cancelling',
    title: 'An invoice or payment request arrives after cancelling',
    category: 'obstruction',
    severity: 'critical',
    requires: [
      { flows: ['cancel'], needs: 'every-page' },
      { flows: ['verify'], needs: 'any-page', optional: true },
    ],
    references: [roscaNegativeOption, californiaArlCancellation, ukDmccSubscriptions],
    help: 'An invoice, receipt or payment reminder after the cancellation went through means the subscription is still billed, or the customer is made to believe so. Either way the cancellation did not do what it said, and the customer has to chase the money back.',
    fix: 'Stop every charge and billing e-mail once a cancellation is received; send only the confirmation (and a refund receipt where money is returned).',
    decides: {
      how: [
        'Takes the moment of cancelling: the step the scenario marks as submitting the cancellation (`mark: submits-cancellation`), else the last press on a control that says cancel in the first completed cancel flow ("Finish cancellation"). Messages are compared with it to the second, as IMAP servers keep arrival times.',
        'Every e-mail received from then on, in that flow\'s wait and in later flows\', is read for an invoice, receipt, charge or payment reminder ("Your receipt", "we charged your card", "Rechnung", "Zahlungserinnerung"). A message about a refund or credit, and the cancellation confirmation itself ("you will not receive another invoice"), are not bills.',
        'Each bill is flagged with the words that make it one. A scenario without a mailbox is not judged.',
      ],
      flagged: 'Two seconds after "Finish cancellation": "Your Streamly receipt — we charged $15.49 to your card".',
      notFlagged: '"Your refund of $15.49 is on its way" after cancelling within the cooling-off period.',
    },
  },
  check(site, ctx) {
    if (!readMailbox(site)) return outOfScope(NO_MAILBOX)
    const cancelled = fromCancelling(site)
    if (!cancelled) return notApplicable('no cancel flow went through to its end')
    const { cancel, flows: afterwards } = cancelled
    const submitted = cancellationStep(cancel)
    if (!submitted) return notApplicable(`the ${cancel.name} flow pressed nothing that says cancel, so when it cancelled is unknown`)
    const since = toSecond(submitted.startedAt)
    const findings: Finding[] = []
    for (const received of mailOf(afterwards)) {
      if (Date.parse(received.message.receivedAt) < since || confirmsCancellation(received.message)) continue
      const words = billingWords(wordingOf(received.message))
      if (words.length === 0) continue
      findings.push(
        ctx.finding({
          flow: received.flow.name,
          step: null,
          message: `After cancelling (${quote(submitted.target?.text ?? submitted.action, 50)} in the ${cancel.name} flow${submitted.mark === 'submits-cancellation' ? ` ${markedAs('submits-cancellation')}` : ''}), the e-mail ${quote(received.message.subject)} bills the customer (${words.map((w) => quote(w)).join(', ')}).`,
          evidence: mailEvidence(received, submitted.snapshot?.url ?? submitted.url, blockSaying(received.message, words), {
            billingWords: words.join(' | '),
            cancelledAt: submitted.startedAt,
          }),
        }),
      )
    }
    return failIfAny(findings)
  },
})
