import type { UrgencyLexicon } from '../urgency.js'

/** Spanish. */
export const urgencyEs: UrgencyLexicon = {
  deadlines: [
    'termina en', 'termina pronto', 'termina hoy', 'acaba en', 'acaba pronto', 'finaliza en', 'finaliza pronto',
    'expira en', 'expira pronto', 'vence en', 'la oferta termina', 'solo hoy', 'sólo hoy', 'solo por hoy',
    'sólo por hoy', 'únicamente hoy', 'hoy solamente', 'tiempo limitado', 'por tiempo limitado', 'oferta limitada',
    'últimas horas', 'últimos días', 'venta flash', 'oferta flash', 'oferta relámpago',
    'tiempo restante', 'quedan # horas', 'quedan # días', 'cuenta atrás', 'cuenta regresiva',
    'reservado en tu carrito', 'carrito expira', 'compra en los próximos', 'en los próximos', 'oferta del día',
  ],
  timeUnits: ['días', 'día', 'horas', 'hora', 'hrs', 'minutos', 'minuto', 'min', 'segundos', 'segundo', 'seg'],
  timeUnitLetters: ['d', 'h', 'm', 's'],
  secondsUnits: ['segundos', 'segundo', 'seg', 's'],
  countdownCues: ['en', 'durante', 'dentro de'],
  timeLeft: ['restantes', 'restante'],
}
