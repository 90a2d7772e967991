import type { Vocabulary } from './vocabulary.js'

/** English. Phrases are as short as still says the topic: the rules that use them also check the
 * page state (ticked, visible, size), so a word here never decides a finding on its own. */
export const english: Vocabulary = {
  consent: [
    'i agree', 'i accept', 'i consent', 'yes', 'i want', "i'd like", 'i would like', "i'm happy to",
    'opt in', 'opt-in', 'sign me up', 'subscribe me', 'count me in', 'send me', 'email me', 'text me',
    'keep me', 'notify me', 'allow',
  ],
  decline: [
    'no thanks', 'no, thanks', 'no thank you', 'none', 'not now', 'not interested', 'without', 'skip',
    "i don't want", 'i do not want', "don't", 'do not', 'no',
  ],
  marketing: [
    'newsletter*', 'marketing', 'offers', 'special offer*', 'exclusive offer*', 'promotion*', 'promotional',
    'promo', 'promos', 'deals', 'discounts', 'coupons', 'news', 'product updates', 'updates', 'keep me updated',
    'keep me posted', 'keep me informed', 'tips and', 'recommendations', 'mailing list', 'marketing emails',
  ],
  partners: [
    'partner*', 'third part*', 'third-part*', 'affiliate*', 'sponsor*', 'selected companies', 'carefully selected',
    'trusted companies', 'other companies', 'group companies', 'family of brands', 'other brands',
  ],
  dataSharing: [
    'share my data', 'share my personal', 'share my information', 'share my details', 'sharing my data',
    'sharing my personal', 'sharing of my', 'sell my', 'selling my', 'sale of my', 'pass my details', 'pass on my',
    'personalised ads', 'personalized ads', 'personalised advertising', 'personalized advertising',
    'targeted ads', 'targeted advertising', 'interest-based', 'tailored ads', 'ad personali*', 'profiling',
    'advertising cookies', 'marketing cookies', 'cross-context',
  ],
  help: [
    'help', 'help cent*', 'support', 'customer support', 'customer service*', 'customer care', 'contact',
    'contact us', 'get in touch', 'faq*', 'live chat', 'chat with us', 'talk to us', 'ask us',
  ],
  contactMethod: [
    'call us', 'call', 'phone', 'telephone', 'tel', 'hotline', 'email us', 'write to us', 'reach us', 'text us',
  ],
  serviceMailbox: ['support', 'help', 'helpdesk', 'contact', 'service', 'customer*', 'care', 'info', 'hello', 'team', 'billing', 'members'],
  cancel: [
    'cancel*', 'end my', 'end membership', 'end subscription', 'end your', 'terminate', 'termination',
    'unsubscribe', 'close my account', 'close account', 'stop my subscription', 'stop subscription',
    'turn off auto-renew*',
  ],
  cancelled: [
    'cancelled', 'canceled', 'has ended', 'have ended', 'ended', 'will end', 'ends on', 'terminated',
    'will not renew', "won't renew", 'will not be renewed', "won't be renewed", 'will not be charged',
    "won't be charged", 'no longer be charged', 'not be billed again', 'cancellation confirmed',
    'cancellation is confirmed', 'cancellation complete', 'cancellation is complete', 'cancellation successful',
    'cancellation was successful', 'unsubscribed', 'auto-renew* is off', 'auto-renew* has been turned off',
  ],
  subscription: [
    'subscription*', 'membership*', 'plan', 'plans', 'account', 'contract', 'service', 'auto-renew*', 'renewal',
    'trial', 'free trial',
  ],
  endTiming: [
    'immediately', 'right away', 'today', 'at the end of', 'end of your', 'end of the', 'billing period',
    'billing cycle', 'current period', 'until', 'effective',
  ],
  months: [
    'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
    'august', 'aug', 'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec',
  ],
  orderConfirmation: [
    'thank you for your order', 'thanks for your order', 'thank you for your purchase', 'thanks for your purchase',
    'thank you for subscribing', 'thanks for subscribing', 'thank you for signing up', 'thanks for signing up',
    'thank you for joining', 'thanks for joining', 'order confirmed', 'order is confirmed', 'order complete',
    'order has been placed', 'payment successful', 'payment received', 'payment confirmed',
    'subscription is active', 'subscription is now active', "you're subscribed", 'you are subscribed',
    "you're all set", 'you are all set', 'welcome to', 'welcome aboard', 'membership is active', 'now a member',
    'purchase complete', 'confirmation number', 'order number',
  ],
  nextBilling: [
    'next billing', 'next payment', 'next charge', 'next invoice', 'renews on', 'will renew', 'renewal date',
    'billed on', 'charged on', 'will be charged', "you'll be charged", 'first payment', 'first charge',
  ],
  orderSummary: [
    'order summary', 'summary', 'your order', 'order details', 'order review', 'review your order', 'basket',
    'shopping basket', 'cart', 'shopping cart', 'bag', 'your bag', 'totals', 'order total', 'price breakdown',
  ],
  computedLines: [
    'total', 'totals', 'subtotal', 'sub-total', 'grand total', 'total due', 'due today', 'amount due',
    'billed today', "today's charge", 'tax', 'taxes', 'sales tax', 'vat', 'gst', 'shipping', 'delivery',
    'postage', 'discount', 'promo code', 'coupon', 'credit', 'savings', 'you save', 'balance',
  ],
  addOn: [
    'add', 'adds', 'add-on*', 'extra', 'extras', 'protection', 'insurance', 'warranty', 'care', 'cover',
    'coverage', 'upgrade', 'priority', 'bundle', 'include',
  ],
  free: ['free', 'for free', 'no charge', 'at no cost', 'no extra cost', 'included', 'complimentary'],
  password: ['password*', 'passcode', 'passphrase'],
  paymentDetails: [
    'card', 'card number', 'credit card', 'debit card', 'name on card', 'cardholder', 'expiry*', 'expiration*', 'exp',
    'cvc', 'cvv', 'security code', 'iban', 'bic', 'account number', 'routing number', 'sort code', 'billing address',
    'address', 'address line*', 'street', 'city', 'town', 'zip', 'zip code', 'postal code', 'postcode', 'state',
    'county', 'country', 'apartment', 'suite',
  ],
}
