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
}
