import type { TrialTermsLexicon } from '../trial-terms.js'

/** Spanish. */
export const trialTermsEs: TrialTermsLexicon = {
  offers: [
    'prueba gratis', 'prueba gratuita', 'pruébalo gratis', 'pruebalo gratis', 'gratis durante # días',
    'gratis por # días', '# días gratis', 'primer mes gratis', 'primera caja gratis', '0 € hoy', '$0 hoy', 'no pagas nada hoy',
  ],
  notTrials: ['envío gratis', 'envío gratuito', 'entrega gratuita', 'devoluciones gratuitas', 'e-book gratis', 'receta* gratis', 'sin gluten'],
  conversions: [
    'luego', 'después', 'a continuación', 'después de la prueba', 'al finalizar la prueba', 'cuando termine la prueba',
    'tras # días', 'después de # días', 'se cobrará', 'se te cobrará', 'se renueva', 'a partir del',
  ],
  prices: ['<amount>'],
  lengths: ['# días', '# semanas', '# semana', '# meses', '# mes', 'una semana', 'un mes', 'siete días'],
  conversionTemplates: ['{conversions} …8 {prices}', '{prices} …6 {conversions}'],
}
