import type { ConfirmationLexicon } from '../confirmation.js'

/** Spanish. */
export const confirmationEs: ConfirmationLexicon = {
  orderPlaced: [
    'gracias por tu compra', 'gracias por su compra', 'gracias por tu pedido', 'gracias por su pedido',
    'pedido confirmado', 'pedido realizado', 'pedido recibido', 'compra realizada', 'compra completada',
    'compra confirmada', 'pago realizado', 'pago completado', 'pago confirmado', 'pago exitoso', 'pago recibido',
    'suscripción activada', 'suscripción confirmada', 'te has suscrito', 'ya estás suscrito', 'ya eres miembro',
    'reserva (confirmada|realizada|completada)', 'gracias por (tu|su) reserva',
  ],
  cancelled: [
    'cancelado', 'cancelada', 'cancelación confirmada', 'suscripción cancelada', 'dado de baja', 'dada de baja',
    'baja confirmada', 'finalizará el', 'no se renovará', 'no se te cobrará',
  ],
  unsubscribed: ['te has dado de baja', 'has sido dado de baja', 'dado de baja', 'ya no recibirás', 'desuscrito'],
  references: ['número de pedido', 'pedido n°', 'pedido #', 'número de confirmación', 'referencia', 'número de reserva', 'localizador'],
  endTimings: ['inmediatamente', 'de inmediato', 'hoy', 'al final de', 'al finalizar'],
  subjects: ['suscripción', 'membresía', 'plan', 'contrato', 'cuenta', 'abono'],
  mailings: ['boletín', 'newsletter*', 'correos'],
  negations: ['no', 'nunca', 'fallido', 'rechazado'],
  negatedTemplates: ['{negations} …2 {cancelled}'],
}
