import type { WithdrawalButtonLexicon } from '../withdrawal-button.js'

/** English, as Directive (EU) 2023/2673 words it; "cancel" is left out, being the word for ending a
 * subscription. */
export const withdrawalButtonEn: WithdrawalButtonLexicon = {
  labels: [
    'withdraw from contract here', 'withdraw from the contract here', 'withdraw from contract', 'withdraw from the contract',
    'withdraw from your contract', 'withdraw from this contract', 'withdraw from purchase', 'withdraw from the purchase',
    'exercise right of withdrawal', 'exercise your right of withdrawal', 'withdraw here',
  ],
  mentions: ['right of withdrawal', 'right to withdraw', 'withdrawal period', 'withdraw from the contract'],
}
