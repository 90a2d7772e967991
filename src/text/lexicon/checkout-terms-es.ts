import type { CheckoutTermsLexicon } from '../checkout-terms.js'

/** Spanish. */
export const checkoutTermsEs: CheckoutTermsLexicon = {
  fees: ['tarifa', 'tarifa de servicio', 'gastos de envío', 'gastos de gestión', 'cargo', 'cargo por servicio', 'recargo', 'envío', 'entrega'],
  delivery: ['envío', 'gastos de envío', 'entrega', 'gastos de entrega'],
  freeDelivery: ['envío (gratis|gratuito|incluido)', 'entrega (gratis|gratuita|incluida)', 'sin gastos de envío'],
  taxes: ['iva', 'impuesto', 'impuestos'],
  taxNotices: ['iva no incluido', 'más iva', 'impuestos no incluidos', 'se calcula al pagar'],
  taxIncluded: ['iva incluido', 'impuestos incluidos', 'iva incl', 'con iva incluido', 'todos los impuestos incluidos'],
  totals: ['total', 'importe total', 'total a pagar', 'a pagar'],
  notTotals: ['subtotal'],
  oneOff: ['comprar una vez', 'compra única', 'sin suscripción', 'saltar la prueba', 'comprar como invitado', 'como invitado'],
  paymentFields: ['número de tarjeta', 'tarjeta de crédito', 'titular de la tarjeta', 'código de seguridad', 'cvc', 'cvv', 'fecha de caducidad', 'iban'],
  optionalConsents: ['newsletter*', 'boletín', 'ofertas', 'promociones', 'socios', 'terceros', 'marketing', 'publicidad', 'compartir mis datos', 'cesión de mis datos', 'novedades'],
  necessaryConsents: ['términos', 'condiciones', 'política de privacidad', 'mayor de edad', '# años o más'],
}
