import type { TrickQuestionLexicon } from '../trick-question.js'

/** Spanish. */
export const trickQuestionEs: TrickQuestionLexicon = {
  boxActions: ['marca', 'marque', 'marcar', 'marcada', 'marcado', 'casilla', 'selecciona', 'seleccione', 'seleccionar'],
  boxNegations: [
    'desmarca', 'desmarque', 'desmarcar', 'desmarcada', 'desmarcado', 'deja en blanco', 'deje en blanco',
    'deja vacía', 'deje vacía',
  ],
  negations: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'ni', 'tampoco'],
  consentTopics: [
    'recibir', 'contact*', 'boletín', 'newsletter*', 'correo*', 'email*', 'e-mail*', 'ofertas', 'promocion*',
    'información', 'informad*', 'novedades', 'compart*', 'terceros', 'socios', 'sms', 'comunicaciones', 'publicidad',
  ],
  conditions: ['si', 'en caso de que'],
  negatedActionTemplates: ['{negations} …2 {boxActions}'],
  refusalTemplates: ['{conditions} …2 {negations}'],
  optOuts: ['darme de baja', 'darse de baja', 'darte de baja', 'baja', 'anular la suscripción', 'cancelar la suscripción'],
}
