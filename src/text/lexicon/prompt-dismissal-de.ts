import type { PromptDismissalLexicon } from '../prompt-dismissal.js'

/** German. */
export const promptDismissalDe: PromptDismissalLexicon = {
  dismissals: [
    'abbrechen',
    'schließen', 'schliessen', 'nicht jetzt', 'nein danke', 'nein, danke', 'später', 'vielleicht später',
    'überspringen', 'ablehnen', 'alle ablehnen', 'kein interesse', 'ausblenden', 'verstanden',
  ],
}
