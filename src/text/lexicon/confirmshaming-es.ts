import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** Spanish. The subject is usually left out, so the first person is carried by the verb ("quiero",
 * "prefiero", "pagaré"). */
export const confirmshamingEs: ConfirmshamingLexicon = {
  openers: ['no gracias', 'no, gracias', 'no', 'ahora no', 'quizás más tarde', 'paso', 'omitir'],
  refusals: [
    'no quiero', 'no me gusta', 'no me gustan', 'no me interesa', 'no me interesan', 'no necesito', 'odio',
    'prefiero no', 'paso de', 'renuncio a', 'me pierdo', 'no me importa', 'quién necesita',
  ],
  benefits: [
    'ahorr*', 'descuento*', 'oferta*', 'promoci*', 'gratis', 'gratuit*', 'regalo*', 'dinero', 'cupón', 'cupones',
    'rebaja*', 'ganga*', 'ganar', 'premio*', 'suerte', 'mejor*', 'ventaja*', 'envío gratis', 'más barato',
    'protección', 'proteger', 'informad*', 'al día', '#%', '#% de descuento',
  ],
  choices: ['prefiero', 'pagaré', 'pago', 'voy a', 'me quedo', 'seguiré', 'quiero', 'elijo', 'me encanta'],
  losses: [
    'precio completo', 'precio total', 'precio normal', 'precio regular', 'precio lleno', 'pagar más', 'más caro',
    'pagar el envío', 'pagar los gastos de envío', 'sin descuento', 'sin ahorrar', 'sin protección', 'desinformad*',
    'sin informar*', 'a las malas', 'perderme',
  ],
  notForMe: ['no es para mí', 'no son para mí', 'no es lo mío', 'no son lo mío'],
  ordinary: [
    'recibir', 'correo*', 'email*', 'e-mail*', 'boletín', 'boletines', 'newsletter*', 'sms', 'notificaciones',
    'contactad*', 'comunicaciones', 'publicidad', 'suscribir*', 'cookies', 'tarjeta', 'contraseña', 'dirección',
    'mis datos', 'datos', 'guardar', 'configuración', 'carrito',
  ],
  inverters: ['perder', 'perderme', 'pagar', 'gastar', 'desperdiciar'],
  negations: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'sin'],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
