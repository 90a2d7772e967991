import type { OrderButtonLexicon } from '../order-button.js'

/** Spanish. The Ley General para la Defensa de los Consumidores names "pedido con obligación de pago". */
export const orderButtonEs: OrderButtonLexicon = {
  obligations: [
    'pedido con obligación de pago', 'pedir con obligación de pago', 'comprar', 'comprar ahora', 'suscribirse y pagar',
    'suscribirme y pagar', 'confirmar y pagar', 'suscripción de pago',
  ],
  payVerbs: ['pagar', 'pagar ahora', 'realizar pago'],
  paymentMethods: ['con paypal', 'por paypal', 'paypal', 'con tarjeta', 'con tarjeta de crédito', 'apple pay', 'google pay', 'con bizum', 'bizum'],
  orderVerbs: ['suscribirse', 'suscribirme', 'pedir', 'realizar pedido', 'empezar', 'comenzar', 'contratar'],
  freeWords: ['gratis', 'gratuito', 'gratuita', 'prueba', 'probar'],
  paymentFields: ['número de tarjeta', 'tarjeta de crédito', 'fecha de caducidad', 'código de seguridad', 'cvv', 'iban'],
  placeOrder: [
    'realizar pedido', 'hacer pedido', 'confirmar pedido', 'finalizar pedido', 'finalizar compra', 'confirmar compra',
    'comprar', 'comprar ahora', 'pagar', 'pagar ahora', 'suscribirse', 'suscríbete', 'confirmar suscripción',
  ],
  toBasket: ['añadir al carrito', 'agregar al carrito', 'al carrito', 'ver carrito', 'ir al carrito', 'ir a pagar', 'tramitar pedido'],
  clickPhrases: ['al hacer clic en', 'al hacer clic', 'al pulsar', 'al presionar', 'al seleccionar', 'al tocar'],
  paidChanges: ['mejorar a', 'actualizar a', 'se te cobrará', 'se le cobrará'],
}
