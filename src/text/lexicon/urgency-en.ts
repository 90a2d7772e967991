import type { UrgencyLexicon } from '../urgency.js'

/** English. "Hurry", "last chance" and "don't miss out" are not here: they go as often with stock
 * ("Last chance, only 2 left") as with time. Nor is "time remaining", which contracts use for the rest
 * of a term. */
export const urgencyEn: UrgencyLexicon = {
  deadlines: [
    // The offer ends or expires, soon or at a named time.
    '(ends|ending|expires|expiring|expire) (in|soon|today|tonight|tomorrow|at midnight)',
    '(offer|sale|deal|discount|promotion|promo) (ends|expires)',
    // Time running out.
    "(time left|time is running out|running out of time|before time runs out|time('s| is) almost up)",
    // For a limited time, or this one only.
    '(for a )?limited-time', 'limited offer',
    '(today|tonight|this weekend|this week|one day|# hours|# days) only', 'only (today|tonight|this weekend|this week)',
    '(last|final) day (to|of)', 'final (hours|day|days)', 'until midnight',
    '(flash|lightning) (sale|deal|offer)', '(deal|offer) of the day', '(one-time (offer|deal)|now or never)', 'countdown',
    // Buying within a time, before the price goes up.
    '((order|buy|purchase) (within|in the next)|within the next)',
    '(price|prices) (go(es)? up|(increase(s)?|rise(s)?) (in|soon|tomorrow|at midnight))',
    // A cart or order held for a while.
    '(reserved (in your (cart|basket|bag)|for you)|(cart|basket|bag|order|item|items) (is|are|has been|have been) reserved|(cart|basket|bag|reservation) (will expire|expires))',
  ],
  timeUnits: [
    'days', 'day', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'seconds', 'second', 'secs', 'sec',
  ],
  timeUnitLetters: ['d', 'h', 'm', 's'],
  secondsUnits: ['seconds', 'second', 'secs', 'sec', 's'],
  countdownCues: ['in', 'within', 'for', 'expires', 'expire', 'ends', 'remaining', 'left'],
  timeLeft: ['left', 'remaining', 'to go'],
}
