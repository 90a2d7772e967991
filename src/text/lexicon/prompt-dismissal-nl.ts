import type { PromptDismissalLexicon } from '../prompt-dismissal.js'

/** Dutch. */
export const promptDismissalNl: PromptDismissalLexicon = {
  dismissals: [
    'annuleren',
    'sluiten', 'niet nu', 'nee bedankt', 'nee, bedankt', 'later', 'misschien later', 'overslaan', 'weigeren',
    'alles weigeren', 'geen interesse', 'verbergen', 'begrepen',
  ],
}
