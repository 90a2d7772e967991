import type { PromptDismissalLexicon } from '../prompt-dismissal.js'

/** French. */
export const promptDismissalFr: PromptDismissalLexicon = {
  dismissals: [
    'annuler',
    'fermer', 'pas maintenant', 'non merci', 'non, merci', 'plus tard', 'ignorer', 'passer', 'refuser',
    'tout refuser', 'pas intéressé*', 'masquer', "j'ai compris",
  ],
}
