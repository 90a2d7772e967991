import type { RenewalLexicon } from '../renewal-disclosure.js'

/** English. "Renewal" alone is left out: "your renewal date" and "confirming your renewal" do not
 * say that the renewal is automatic. */
export const renewalEn: RenewalLexicon = {
  renewals: [
    'renews automatically', 'automatically renews', 'renew automatically', 'automatically renew',
    'automatically renewed', 'auto-renew*', 'auto renew*', 'autorenew*', 'automatic renewal', 'will renew',
    'renews at', 'renews every', 'renews each', 'renews monthly', 'renews annually', 'recurring charge*',
    'recurring billing', 'recurring payment*', 'recurring fee*', 'recurring subscription', 'continuous service',
    'you will be enrolled', "you'll be enrolled", 'automatically enrolled', 'will automatically be enrolled',
    'until you cancel', 'until cancelled', 'until canceled', 'billed monthly until', 'continues until',
    // A contract that runs on, said by its billing or its term rather than by the word "renew".
    'billed monthly', 'billed annually', 'billed yearly', 'billed every', 'charged monthly', 'charged every month',
    'no commitment', 'minimum term', 'minimum commitment',
    '#-month commitment', '#-month term', 'contract term', 'for a term of',
  ],
  untilCancelled: [
    'until you cancel', 'until cancelled', 'until canceled', 'unless you cancel', 'unless cancelled',
    'unless canceled', 'until you turn off', 'unless you turn off', 'until you stop', 'until further notice',
  ],
  charges: [
    'will be charged', "you'll be charged", 'we will charge', "we'll charge", 'will be billed', "you'll be billed",
    'will automatically charge', 'will be debited', 'will be deducted',
  ],
  trialEnds: [
    'after your free trial', 'after the free trial', 'after your trial', 'after the trial', 'at the end of your trial',
    'at the end of the trial', 'when your trial ends', 'when the trial ends', 'after # days', 'after # months',
    'after the first month', 'after the first year', 'after the introductory period', 'at the end of your credit',
  ],
  prices: ['<amount>'],
  periods: [
    'per month', 'a month', 'each month', 'every month', 'monthly', 'per year', 'a year', 'each year', 'every year',
    'annually', 'annual', 'yearly', 'per week', 'a week', 'weekly', 'every # weeks', 'every # months',
    'every # days', '/month', '/mo', '/year', '/yr', '/week', 'per quarter', 'quarterly', 'every billing cycle',
    'each billing period',
  ],
  renewalTemplates: ['{charges} …10 {untilCancelled}', '{untilCancelled} …10 {charges}', '{trialEnds} …8 {charges}'],
}
