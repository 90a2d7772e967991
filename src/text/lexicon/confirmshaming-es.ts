import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** Spanish. The subject is usually left out, so the first person is carried by the verb ("quiero",
 * "prefiero", "pagaré"). */
export const confirmshamingEs: ConfirmshamingLexicon = {
  openers: ['no,? gracias', 'no', 'ahora no', '(quizás|quizá|tal vez) (más tarde|luego)', 'paso', 'omitir'],
  refusals: [
    // No querer, no necesitar, no gustar.
    'no (quiero|necesito)', 'no me (gusta|gustan|interesa|interesan|importa|importan)',
    // Alguien a cargo del usuario se queda sin ello: la mascota, la familia.
    'mi (perro|gato|mascota|familia|hijo|hija|jardín) no (necesita|merece)', 'mis hijos no (necesitan|merecen)',
    '(odio|detesto)', 'prefiero no',
    // Renunciar, pasar de ello.
    '(paso de|renuncio a|me pierdo)', 'quién necesita',
  ],
  benefits: [
    '(ahorr*|dinero)', '(descuento*|oferta*|promoci*|rebaja*|ganga*|cupón|cupones)',
    '(gratis|gratuit*|regalo*|envío gratis)', '(ganar|premio*|suerte)', '(mejor*|ventaja*|más barato)',
    '(protección|proteger)', '(informad*|al día)', '#%( de descuento)?',
  ],
  choices: ['(prefiero|pagaré|pago|voy a|me quedo|seguiré|quiero|elijo|me encanta)'],
  losses: [
    // Pagar más de lo que pide la oferta: el precio completo, el envío.
    '(pagar )?(el )?precio (completo|total|normal|regular|lleno)', '(pagar más|más caro)',
    'pagar (el envío|los gastos de envío)', 'sin (descuento|ahorrar|protección)',
    '(desinformad*|sin informar*)', 'a las malas', 'perderme',
    // Asumir el riesgo uno mismo.
    '((corro|correr|asumo|asumir) (el|ese|todo el) riesgo|bajo mi (propio )?riesgo)',
  ],
  notForMe: ['no (es|son) (para m(í|i)|lo mío)'],
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
