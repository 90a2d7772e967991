import { describe, expect, it } from 'vitest'
import { dismissesPrompt } from '../../src/text/prompt-dismissal.js'

describe('dismissesPrompt', () => {
  it.each(['Not now', 'Close', '×', 'No thanks', 'Maybe later', 'Reject all', 'Cancel', 'Nicht jetzt', 'Schließen', 'Pas maintenant', 'Ahora no', 'Niet nu'])(
    '%s sends a prompt away',
    (label) => {
      expect(dismissesPrompt(label).match).toBe(true)
    },
  )

  it.each(['Close my account', 'Cancel subscription', 'Subscribe', 'Accept all', 'See print options', 'Read the full story about why we will close the bridge later this year'])(
    'decoy: %s does not',
    (label) => {
      expect(dismissesPrompt(label).match).toBe(false)
    },
  )
})
