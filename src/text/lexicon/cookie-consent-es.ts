import type { CookieConsentLexicon } from '../cookie-consent.js'

/** Spanish. */
export const cookieConsentEs: CookieConsentLexicon = {
  topics: ['cookie*', 'rastreadores', 'tecnologías similares'],
  refuse: [
    'rechazar', 'rechazar todo', 'rechazar todas', 'rechazar cookies', 'no acepto', 'no aceptar', 'denegar',
    'solo necesarias', 'solo las necesarias', 'solo esenciales', 'continuar sin aceptar',
  ],
  settings: ['configurar', 'configuración', 'ajustes', 'preferencias', 'personalizar', 'gestionar', 'más opciones', 'opciones'],
  accept: ['aceptar', 'aceptar todo', 'aceptar todas', 'aceptar cookies', 'acepto', 'permitir', 'permitir todas', 'de acuerdo'],
}
