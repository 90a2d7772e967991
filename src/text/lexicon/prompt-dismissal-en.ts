import type { PromptDismissalLexicon } from '../prompt-dismissal.js'

/** English. */
export const promptDismissalEn: PromptDismissalLexicon = {
  dismissals: [
    'cancel',
    'close', 'dismiss', 'not now', 'no thanks', 'no, thanks', 'no thank you', 'maybe later', 'later',
    'remind me later', 'ask me later', 'skip', 'not interested', 'reject all', 'reject', 'decline', 'hide',
    'got it',
  ],
}
