import type { UrgencyLexicon } from '../urgency.js'

/** Spanish. */
export const urgencyEs: UrgencyLexicon = {
  deadlines: [
    // La oferta termina o vence.
    '(termina|acaba|finaliza|expira|vence) en', '(termina|acaba|finaliza|expira) pronto', 'termina hoy', 'la oferta termina',
    // Solo hoy, tiempo limitado.
    '(solo|sólo) (por )?hoy', 'únicamente hoy', 'hoy solamente', '(por )?tiempo limitado', 'oferta limitada',
    '(últimas horas|últimos días)', '(venta|oferta) (flash|relámpago)', 'quedan # (horas|días)',
    '(tiempo restante|cuenta atrás|cuenta regresiva)', 'oferta del día',
    // Comprar en un plazo; un carrito guardado un tiempo.
    '(compra )?en los próximos', 'reservado en tu carrito', 'carrito expira',
  ],
  timeUnits: ['días', 'día', 'horas', 'hora', 'hrs', 'minutos', 'minuto', 'min', 'segundos', 'segundo', 'seg'],
  timeUnitLetters: ['d', 'h', 'm', 's'],
  secondsUnits: ['segundos', 'segundo', 'seg', 's'],
  countdownCues: ['en', 'durante', 'dentro de'],
  timeLeft: ['restantes', 'restante'],
}
