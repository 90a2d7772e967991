import type { UrgencyLexicon } from '../urgency.js'

/** English. "Hurry", "last chance" and "don't miss out" are not here: they go as often with stock
 * ("Last chance, only 2 left") as with time. Nor is "time remaining", which contracts use for the rest
 * of a term. */
export const urgencyEn: UrgencyLexicon = {
  deadlines: [
    'ends in', 'ending in', 'ends soon', 'ending soon', 'ends today', 'ends tonight', 'ends tomorrow',
    'ends at midnight', 'offer ends', 'sale ends', 'deal ends', 'discount ends', 'promotion ends', 'offer expires',
    'deal expires', 'discount expires', 'expires in', 'expires soon', 'expiring soon', 'expire in', 'time left',
    'time is running out', 'running out of time', 'before time runs out', 'limited time',
    'limited-time', 'for a limited time', 'limited offer', 'today only', 'only today', 'one day only',
    'this weekend only', 'this week only', 'tonight only', '# hours only', 'last day to', 'last day of', 'final hours',
    'final day', 'flash sale', 'flash deal', 'flash offer', 'lightning deal', 'order within',
    'order in the next', 'within the next', 'prices increase in', 'price goes up', 'prices go up', 'until midnight',
    'deal of the day', 'one-time offer', 'now or never', 'countdown', 'reserved in your cart',
    'reserved in your basket', 'reserved for you', 'cart is reserved', 'basket is reserved', 'order is reserved',
    'order has been reserved', 'items are reserved', 'cart will expire', 'cart expires', 'reservation expires',
  ],
  timeUnits: [
    'days', 'day', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'seconds', 'second', 'secs', 'sec',
  ],
  timeUnitLetters: ['d', 'h', 'm', 's'],
  secondsUnits: ['seconds', 'second', 'secs', 'sec', 's'],
  countdownCues: ['in', 'within', 'for', 'expires', 'expire', 'ends', 'remaining', 'left'],
  timeLeft: ['left', 'remaining', 'to go'],
}
