import type { BillingMessageLexicon } from '../billing-message.js'

/** English. */
export const billingMessageEn: BillingMessageLexicon = {
  billing: [
    'invoice', 'receipt', 'payment received', 'payment confirmation', 'payment confirmed', 'payment successful',
    'we charged', "we've charged", 'has been charged', 'have been charged', 'was charged', 'were charged',
    'your card (was|has been) charged', 'amount due', 'balance due', 'payment due', 'payment reminder',
    'payment is overdue', 'overdue', 'renewal (charge|payment)', 'your subscription (has been |was )?renewed',
    'billing statement', 'upcoming (charge|payment)', 'next (charge|payment) (of|on)',
  ],
  refunds: ['refund*', 'refunded', 'credited', 'credit note', 'reimburse*', 'money back', 'payment (was )?reversed'],
}
