import type { PromptDismissalLexicon } from '../prompt-dismissal.js'

/** Spanish. */
export const promptDismissalEs: PromptDismissalLexicon = {
  dismissals: [
    'cancelar',
    'cerrar', 'ahora no', 'no gracias', 'no, gracias', 'más tarde', 'quizás más tarde', 'omitir', 'saltar',
    'rechazar', 'rechazar todo', 'no me interesa', 'ocultar', 'entendido',
  ],
}
