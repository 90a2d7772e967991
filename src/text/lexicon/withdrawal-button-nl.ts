import type { WithdrawalButtonLexicon } from '../withdrawal-button.js'

/** Dutch, as Directive (EU) 2023/2673 words it ("overeenkomst hier herroepen"). */
export const withdrawalButtonNl: WithdrawalButtonLexicon = {
  labels: [
    'overeenkomst hier herroepen', 'overeenkomst herroepen', 'contract herroepen', 'hier herroepen',
    'herroepingsrecht uitoefenen', 'aankoop herroepen',
  ],
  mentions: ['herroepingsrecht', 'herroepingstermijn', 'herroeping', 'bedenktijd'],
}
