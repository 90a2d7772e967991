import type { ChoiceWordingLexicon } from '../choice-wording.js'

/** Spanish. "Cancelar" alone closes a form; with the subscription named it ends the contract. */
export const choiceWordingEs: ChoiceWordingLexicon = {
  leave: [
    'cancelar mi suscripción', 'cancelar la suscripción', 'cancelar suscripción', 'cancelar mi membresía',
    'cancelar membresía', 'cancelar mi plan', 'darse de baja', 'dar de baja', 'darme de baja', 'baja',
    'continuar con la cancelación', 'confirmar la cancelación', 'cancelación',
  ],
  keep: [
    'mantener', 'conservar', 'quedarme', 'me quedo', 'aceptar', 'aceptar la oferta', 'aceptar todo', 'canjear',
    'aprovechar', 'cambiar a', 'añadir', 'agregar', 'sí', 'pausar', 'renovar',
  ],
  decline: ['no, gracias', 'no gracias', 'ahora no', 'rechazar', 'rechazar todo', 'omitir', 'continuar sin', 'sin', 'no'],
  consentTopics: ['cookie*', 'consentimiento', 'privacidad', 'rastreo'],
  dismissal: ['cancelar', 'cerrar', 'volver', 'descartar'],
}
