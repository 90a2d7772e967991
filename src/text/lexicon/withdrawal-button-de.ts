import type { WithdrawalButtonLexicon } from '../withdrawal-button.js'

/** German, as BGB § 356a words it ("Vertrag widerrufen"). "Widerrufsbelehrung" is information only. */
export const withdrawalButtonDe: WithdrawalButtonLexicon = {
  labels: [
    'vertrag hier widerrufen', 'verträge hier widerrufen', 'vertrag widerrufen', 'verträge widerrufen', 'hier widerrufen',
    'jetzt widerrufen', 'widerruf erklären', 'bestellung widerrufen', 'kauf widerrufen', 'abo widerrufen',
    'abonnement widerrufen', 'vertrag jetzt widerrufen',
  ],
  mentions: ['widerrufsrecht', 'widerrufsbelehrung', 'widerrufsfrist', 'widerrufen', 'widerruf'],
}
