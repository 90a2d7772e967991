import type { OrderButtonLexicon } from '../order-button.js'

/** English. "Place order", "Submit" and "Continue" are left out: they say nothing about paying. */
export const orderButtonEn: OrderButtonLexicon = {
  obligations: [
    'order with obligation to pay', 'order and pay', 'place order and pay', 'subscribe and pay', 'pay and subscribe',
    'confirm and pay', 'agree and pay', 'buy', 'buy now', 'purchase', 'complete purchase', 'complete my purchase',
    'start paid membership', 'start paid subscription', 'start my paid membership', 'start my paid subscription',
    'paid membership', 'paid subscription',
  ],
  payVerbs: ['pay', 'pay now', 'make payment'],
  paymentMethods: [
    'with paypal', 'via paypal', 'paypal', 'with apple pay', 'apple pay', 'with google pay', 'google pay',
    'with klarna', 'with card', 'by card', 'with credit card', 'by credit card', 'with your card',
  ],
  orderVerbs: ['subscribe', 'order', 'place order', 'join', 'start', 'get started', 'sign up', 'start membership', 'upgrade'],
  freeWords: ['free', 'trial', 'try', 'no charge', '$0'],
  paymentFields: [
    'card number', 'credit card', 'debit card', 'expiration', 'expiry', 'security code', 'cvc', 'cvv', 'iban',
    'account number', 'sort code', 'routing number', 'name on card',
  ],
}
