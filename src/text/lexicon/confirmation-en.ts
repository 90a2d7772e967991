import type { ConfirmationLexicon } from '../confirmation.js'

/** English. "Welcome to" is left out: it greets visitors on every home page. */
export const confirmationEn: ConfirmationLexicon = {
  orderPlaced: [
    'thank you for your order', 'thanks for your order', 'thank you for your purchase', 'thanks for your purchase',
    'thank you for shopping', 'thanks for shopping', 'thank you for subscribing', 'thanks for subscribing',
    'thank you for joining', 'thanks for joining', 'thank you for upgrading', 'thanks for upgrading',
    'order confirmed', 'order is confirmed', 'order has been confirmed', 'order complete', 'order completed',
    'order has been placed', 'order was placed', 'order placed', 'order received', 'received your order',
    'order successful', 'purchase complete', 'purchase completed', 'purchase successful', 'payment successful',
    'payment was successful', 'payment succeeded', 'payment received', 'payment confirmed', 'payment complete',
    'payment completed', 'subscription is active', 'subscription is now active', 'subscription confirmed',
    'subscription activated', "you're subscribed", 'you are subscribed', "you're now subscribed",
    'you are now subscribed', 'successfully subscribed', 'membership is active', 'now a member', 'welcome aboard',
    'upgrade complete', 'upgrade successful', 'successfully upgraded', "you've upgraded", 'you have upgraded',
    '(booking|reservation) (is |has been )?confirmed', '(booking|reservation) (complete|completed|successful)',
    'thank(s| you) for your (booking|reservation)', '(booking|reservation) (has been )?(made|placed|received)',
  ],
  cancelled: [
    'cancelled', 'canceled', 'cancellation confirmed', 'cancellation is confirmed', 'cancellation complete',
    'cancellation is complete', 'cancellation successful', 'cancellation was successful', 'cancellation received',
    'received your cancellation', 'has ended', 'have ended', 'will end on', 'ends on', 'set to end', 'terminated',
    'will not renew', "won't renew", 'will not be renewed', "won't be renewed", 'will not be charged again',
    "won't be charged again", 'no longer be charged', 'not be billed again', 'auto-renew* is off',
    'auto-renew* has been turned off',
  ],
  unsubscribed: [
    'unsubscribed', 'you have been removed', "you've been removed", 'removed from our mailing list',
    'removed from the mailing list', 'will no longer receive', "won't receive any more", 'opted out',
  ],
  references: ['order number', 'order no', 'order #', 'order id', 'confirmation number', 'confirmation code', 'reference number', 'receipt', '(booking|reservation) (reference|ref|number|code)'],
  endTimings: [
    'immediately', 'right away', 'with immediate effect', 'effective immediately', 'today', 'at the end of your',
    'at the end of the', 'end of your billing', 'end of the billing', 'end of the current', 'end of your current',
  ],
  subjects: ['subscription*', 'membership*', 'plan', 'contract', 'account', 'trial', 'auto-renew*'],
  mailings: ['newsletter*', 'mailing list*', 'marketing email*', 'emails', 'e-mails', 'mailings'],
  negations: ['not', 'has not', 'have not', "hasn't", "haven't", 'never', 'could not', "couldn't", 'was not', "wasn't", 'failed'],
  negatedTemplates: ['{negations} …2 {cancelled}', '{negations} …2 {orderPlaced}', '{negations} …2 {unsubscribed}'],
}
