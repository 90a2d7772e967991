import type { DiscoveryLexicon } from '../../discover/discovery-lexicon.js'

/** Spanish. */
export const discoveryEs: DiscoveryLexicon = {
  words: {
    pricing: ['precios', 'planes', 'tarifas', 'suscripciones', 'membresía', 'membresías', 'paquetes'],
    signup: ['suscribirse', 'suscríbete', 'registrarse', 'regístrate', 'prueba gratis', 'prueba gratuita', 'crear cuenta', 'crear una cuenta'],
    help: ['ayuda', 'centro de ayuda', 'preguntas frecuentes', 'soporte', 'atención al cliente'],
    contact: ['contacto', 'contáctanos', 'contactar'],
    account: ['cuenta', 'mi cuenta', 'iniciar sesión', 'acceder'],
    cancel: ['cancelar suscripción', 'cancelar mi suscripción', 'cancelar la suscripción', 'darse de baja', 'dar de baja', 'baja', 'cancelación'],
    terms: ['términos', 'condiciones', 'términos y condiciones', 'condiciones de uso', 'condiciones generales', 'aviso legal'],
  },
  weakWords: { cancel: ['cancelar'] },
  paths: {
    pricing: ['precios', 'planes', 'tarifas'],
    signup: ['registro', 'suscripcion'],
    help: ['ayuda', 'soporte'],
    contact: ['contacto'],
    account: ['cuenta', 'mi-cuenta'],
    cancel: ['cancelar', 'cancelacion', 'baja'],
    terms: ['terminos', 'condiciones'],
  },
  never: ['comprar', 'pagar', 'pagar ahora', 'realizar pedido', 'finalizar compra', 'añadir al carrito', 'cerrar sesión', 'eliminar cuenta', 'descargar'],
}
