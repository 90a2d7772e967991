import type { CheckoutTermsLexicon } from '../checkout-terms.js'

/** English. "Delivery" and "shipping" count as fees: a line that charges for them is one everybody
 * pays; "free shipping" carries no price and is never a line with one. */
export const checkoutTermsEn: CheckoutTermsLexicon = {
  fees: [
    'fee', 'fees', 'service fee', 'delivery fee', 'processing fee', 'handling fee', 'booking fee', 'convenience fee',
    'admin fee', 'administration fee', 'platform fee', 'small order fee', 'packaging fee', 'surcharge', 'service charge',
    'delivery', 'shipping', 'shipping and handling', 'shipping & handling', 'postage', 'handling',
  ],
  delivery: ['delivery', 'delivery fee', 'shipping', 'shipping and handling', 'shipping & handling', 'postage'],
  freeDelivery: ['free (shipping|delivery|postage)', '(shipping|delivery|postage) (is )?free', '(shipping|delivery) included', 'no (shipping|delivery) (fee|fees|charge|charges|costs)'],
  taxes: ['tax', 'taxes', 'sales tax', 'vat', 'gst', 'hst'],
  taxNotices: [
    'calculated at checkout', 'tax calculated', 'taxes calculated', 'plus tax', 'plus sales tax', 'plus applicable tax*',
    '+ tax', 'excluding tax', 'excl. tax', 'excl tax', 'before tax', 'tax not included', 'taxes not included',
    'sales tax where applicable', 'tax where applicable',
  ],
  taxIncluded: [
    'include tax*', 'includes tax*', 'including tax*', 'inclusive of tax*', 'include applicable tax*', 'includes applicable tax*',
    'include any applicable tax*', 'include all applicable tax*', 'includes all applicable tax*', 'include all tax*',
    'includes all tax*', 'including all tax*', 'tax included', 'taxes included', 'all taxes included', 'tax-inclusive',
    'incl. tax', 'incl tax', 'incl. vat', 'inc. vat', 'including vat', 'vat included',
  ],
  totals: ['total', 'order total', 'grand total', 'total due', 'amount due', 'weekly total', 'monthly total', 'yearly total', 'you pay'],
  notTotals: ['subtotal', 'sub-total', 'total savings', 'total discount'],
  oneOff: [
    'buy once', 'pay once', 'one-time purchase', 'one time purchase', 'one-off', 'single purchase', 'single box',
    'no subscription', 'without subscription', 'without a subscription', 'skip trial', 'skip the trial',
    'buy without subscribing', 'guest checkout', 'check out as a guest', 'as a guest',
  ],
  paymentFields: [
    'card number', 'credit card', 'debit card', 'name on card', 'cardholder', 'security code', 'cvc', 'cvv', 'csc',
    'expiry date', 'expiration date', 'iban', 'account number', 'routing number', 'sort code',
  ],
  optionalConsents: [
    'newsletter*', 'marketing', 'offers', 'special offer*', 'promotion*', 'promotional', 'promo*', 'deals',
    'partner*', 'third part*', 'third-part*', 'sponsor*', 'affiliate*', 'selected companies', 'advertising',
    'product updates', 'tips and recipes', 'text messages', 'sms',
  ],
  necessaryConsents: [
    'terms', 'terms of service', 'terms and conditions', 'terms of use', 'conditions', 'privacy policy',
    'privacy notice', '# or older', '# years or older', '# years of age', 'of legal age', 'over #', 'at least #',
    'cancellation policy', 'right of withdrawal',
  ],
}
