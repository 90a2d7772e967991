import type { Finding } from '../report/model.js'
import { confirms } from '../text/confirmation.js'
import { disclosesRenewal, RENEWAL_TERMS, type RenewalTerm } from '../text/renewal-disclosure.js'
import { defineRule, failIfAny, needsReview, outOfScope } from './define-rule.js'
import { californiaArlAcknowledgment, roscaNegativeOption } from './data/legal-references.js'
import { quote } from './lib/evidence.js'
import { flowsWithRole } from './lib/flows.js'
import { blockSaying, mailEvidence, mailOf, NO_MAILBOX, readMailbox, wordingOf } from './lib/mail.js'

const TERM_NAMES: Record<RenewalTerm, string> = {
  untilCancelled: 'that it renews until cancelled',
  price: 'the price charged on renewal',
  period: 'how often it renews',
  howToCancel: 'how to cancel',
}

export default defineRule({
  meta: {
    id: 'order-email-without-renewal-terms',
    title: 'The order confirmation e-mail leaves out the renewal terms or how to cancel',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [californiaArlAcknowledgment, roscaNegativeOption],
    help: 'The acknowledgment is what a person keeps of an automatically renewing purchase: when it says nothing of the renewal, its price or how to cancel, the next charge comes as a surprise and leaving means searching the site. California requires these terms in the acknowledgment.',
    fix: 'State in the order confirmation e-mail that the subscription renews until cancelled, at what price and how often, and how to cancel online.',
    decides: {
      how: [
        'Reads the e-mails received during and after the signup and checkout flows, and takes those whose subject or text confirm an order or a paid subscription ("Thank you for your order", "Your subscription is active").',
        'Each is read for the renewal terms the checkout rules look for on pages: a renewal statement, that it runs until cancelled, the price, the period, and a way to cancel. An order e-mail that lacks any of them is flagged, with the terms it lacks.',
        'No order e-mail at all goes to review: the acknowledgment may come later than the wait. A scenario without a mailbox is not judged.',
      ],
      flagged: '"Thanks for joining Streamly Standard! Your order #1042: $15.49" with nothing on renewal or cancelling.',
      notFlagged: 'The same e-mail adding "Your membership renews every month at $15.49 until you cancel. Cancel anytime under Account › Membership."',
    },
  },
  check(site, ctx) {
    if (!readMailbox(site)) return outOfScope(NO_MAILBOX)
    const flows = flowsWithRole(site, ['signup', 'checkout'])
    const orders = mailOf(flows).filter((r) => confirms(wordingOf(r.message), 'order').match)
    if (orders.length === 0) {
      return needsReview(`no e-mail confirming the order arrived during the ${flows.map((f) => f.name).join(' and ')} flows' wait`)
    }
    const findings: Finding[] = []
    for (const received of orders) {
      const disclosure = disclosesRenewal(wordingOf(received.message))
      const missing = disclosure.renews ? disclosure.missing : [...RENEWAL_TERMS]
      if (missing.length === 0) continue
      const lastPage = received.flow.steps.findLast((s) => s.snapshot)?.snapshot?.url ?? site.baseUrl
      findings.push(
        ctx.finding({
          flow: received.flow.name,
          step: null,
          message: disclosure.renews
            ? `The order e-mail ${quote(received.message.subject)} does not say ${missing.map((t) => TERM_NAMES[t]).join(', ')}.`
            : `The order e-mail ${quote(received.message.subject)} never says that the subscription renews, at what price, or how to cancel.`,
          evidence: mailEvidence(received, lastPage, blockSaying(received.message, confirms(wordingOf(received.message), 'order').evidence), {
            missingTerms: missing.join(', '),
            statesRenewal: disclosure.renews,
          }),
        }),
      )
    }
    return failIfAny(findings)
  },
})
