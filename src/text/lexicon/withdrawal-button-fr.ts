import type { WithdrawalButtonLexicon } from '../withdrawal-button.js'

/** French, as Directive (EU) 2023/2673 words it ("se rétracter du contrat ici"). */
export const withdrawalButtonFr: WithdrawalButtonLexicon = {
  labels: [
    'se rétracter du contrat ici', 'se rétracter du contrat', 'me rétracter du contrat', 'se rétracter ici',
    'exercer mon droit de rétractation', 'exercer le droit de rétractation', 'rétractation du contrat',
  ],
  mentions: ['droit de rétractation', 'délai de rétractation', 'rétractation'],
}
