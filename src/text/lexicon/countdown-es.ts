import type { CountdownLexicon } from '../countdown.js'

/** Spanish. */
export const countdownEs: CountdownLexicon = {
  units: {
    días: 86_400, dias: 86_400, día: 86_400, dia: 86_400, d: 86_400,
    horas: 3_600, hora: 3_600, h: 3_600,
    minutos: 60, minuto: 60, min: 60, m: 60,
    segundos: 1, segundo: 1, seg: 1, s: 1,
  },
  offer: ['oferta*', 'descuento*', 'promoción', 'promocion', 'promo*', 'rebaja*', 'precio*', 'cupón', 'cupon', '#% de descuento', 'meses gratis'],
}
