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
  placeOrder: [
    'place order', 'place my order', 'place your order', 'confirm order', 'confirm my order', 'confirm your order',
    'confirm purchase', 'complete order', 'complete my order', 'complete purchase', 'submit order', 'send order',
    'finish order', 'finalize order', 'finalise order', 'order now', 'confirm subscription', 'confirm and subscribe',
    'subscribe', 'subscribe now', 'start subscription', 'start membership', 'join now', 'confirm upgrade',
    'upgrade now', 'buy', 'buy now', 'purchase', 'pay', 'pay now',
  ],
  toBasket: [
    'add to cart', 'add to basket', 'add to bag', 'to cart', 'to basket', 'view cart', 'view basket', 'go to cart',
    'checkout', 'check out', 'proceed to checkout', 'go to checkout', 'continue to checkout', 'continue to payment',
    'proceed to payment',
  ],
  clickPhrases: ['by clicking', 'by clicking on', 'by pressing', 'by tapping', 'by selecting', 'by choosing', 'when you click'],
  paidChanges: ['upgrade', 'upgrading', 'be charged', 'be billed'],
}
