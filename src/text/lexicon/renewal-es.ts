import type { RenewalLexicon } from '../renewal-disclosure.js'

/** Spanish. */
export const renewalEs: RenewalLexicon = {
  renewals: [
    'se renueva automáticamente', 'renovación automática', 'renovará automáticamente', 'renovado automáticamente',
    'renovada automáticamente', 'se renovará', 'cargo recurrente', 'cargos recurrentes', 'pago recurrente',
    'pagos recurrentes', 'facturación recurrente', 'suscripción recurrente', 'hasta que canceles',
    'hasta que cancele',
    // A contract that runs on, said by its term or by how it ends.
    'se renueva', 'sin permanencia', 'permanencia mínima',
  ],
  untilCancelled: [
    'hasta que canceles', 'hasta que cancele', 'hasta la cancelación', 'a menos que canceles', 'a menos que cancele',
    'salvo que canceles', 'salvo cancelación', 'si no cancelas', 'si no cancela',
  ],
  charges: ['se te cobrará', 'se le cobrará', 'te cobraremos', 'le cobraremos', 'se cargará', 'se cobrará'],
  trialEnds: [
    'después de la prueba', 'tras el periodo de prueba', 'al finalizar la prueba', 'al final del periodo de prueba',
    'después de # días', 'tras # días',
  ],
  prices: ['<amount>'],
  periods: [
    'al mes', 'por mes', 'mensual*', 'cada mes', 'al año', 'por año', 'anual*', 'cada año', 'a la semana',
    'semanal*', 'cada # semanas', '/mes', '/año',
  ],
  renewalTemplates: ['{charges} …10 {untilCancelled}', '{untilCancelled} …10 {charges}', '{trialEnds} …8 {charges}'],
}
