import type { WithdrawalButtonLexicon } from '../withdrawal-button.js'

/** Spanish, as Directive (EU) 2023/2673 words it ("desistir del contrato aquí"). */
export const withdrawalButtonEs: WithdrawalButtonLexicon = {
  labels: [
    'desistir del contrato aquí', 'desistir del contrato', 'desistir aquí', 'ejercer el derecho de desistimiento',
    'ejercer mi derecho de desistimiento',
  ],
  mentions: ['derecho de desistimiento', 'plazo de desistimiento', 'desistimiento'],
}
