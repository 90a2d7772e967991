import type { BillingMessageLexicon } from '../billing-message.js'

/** German. */
export const billingMessageDe: BillingMessageLexicon = {
  billing: [
    'rechnung', 'zahlungsbestätigung', 'zahlungseingang', 'quittung', 'beleg', 'abgebucht', 'belastet',
    'zahlungserinnerung', 'mahnung', 'offener betrag', 'fälliger betrag', 'zahlung fällig', 'verlängert',
    'abbuchung',
  ],
  refunds: ['erstattung', 'erstattet', 'rückerstattung', 'gutschrift', 'gutgeschrieben', 'zurückgebucht'],
}
