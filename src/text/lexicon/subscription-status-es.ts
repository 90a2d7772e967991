import type { SubscriptionStatusLexicon } from '../subscription-status.js'

/** Spanish. */
export const subscriptionStatusEs: SubscriptionStatusLexicon = {
  ending: [
    'cancelado', 'cancelada', 'anulado', 'anulada', 'finaliza el', 'termina el', 'vence el', 'activo hasta',
    'activa hasta', 'acceso hasta', 'no se renovará', 'no se renovara', 'dado de baja', 'dada de baja', 'inactivo',
    'inactiva',
  ],
  continuing: [
    'se renueva', 'se renovará', 'renovación el', 'próximo cobro', 'próximo pago', 'próxima factura',
    'fecha de renovación', 'activo', 'activa',
  ],
  negations: ['no', 'nunca'],
  negatedEndingTemplates: ['{negations} …2 {ending}'],
}
