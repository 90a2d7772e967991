import type { SubscriptionStatusLexicon } from '../subscription-status.js'

/** English. "Active" alone is a status label; "active until" has an end. */
export const subscriptionStatusEn: SubscriptionStatusLexicon = {
  ending: [
    'cancelled', 'canceled', 'cancellation confirmed', 'ends on', 'ending on', 'will end', 'has ended', 'ended',
    'expires on', 'will expire', 'expired', 'access until', 'active until', 'valid until', 'until then',
    'will not renew', "won't renew", 'will not be renewed', "won't be renewed", 'auto-renew* off',
    'auto-renew* is off', 'not be charged again', "won't be charged again", 'no further charges', 'terminated',
    'no longer active', 'inactive',
  ],
  continuing: [
    'renews on', 'renews', 'will renew', 'renewal date', 'next billing', 'next payment', 'next charge',
    'next invoice', 'auto-renew* on', 'auto-renew* is on', 'active',
  ],
  negations: ['not', 'has not', 'have not', "hasn't", "haven't", 'never', 'could not', "couldn't", 'was not', "wasn't"],
  negatedEndingTemplates: ['{negations} …2 {ending}'],
}
