import type { OrderButtonLexicon } from '../order-button.js'

/** Dutch. Burgerlijk Wetboek art. 6:230v names "bestelling met betalingsverplichting". */
export const orderButtonNl: OrderButtonLexicon = {
  obligations: [
    'bestelling met betalingsverplichting', 'bestellen met betalingsverplichting', 'kopen', 'nu kopen',
    'abonneren en betalen', 'bestellen en betalen', 'betaald abonnement',
  ],
  payVerbs: ['betalen', 'nu betalen', 'betaal', 'afrekenen'],
  paymentMethods: ['met paypal', 'via paypal', 'paypal', 'met ideal', 'via ideal', 'ideal', 'met creditcard', 'met kaart', 'apple pay', 'google pay'],
  orderVerbs: ['abonneren', 'bestellen', 'aanmelden', 'starten', 'beginnen', 'afsluiten'],
  freeWords: ['gratis', 'kosteloos', 'proef*', 'uitproberen'],
  paymentFields: ['kaartnummer', 'creditcard', 'vervaldatum', 'beveiligingscode', 'cvc', 'iban', 'rekeningnummer'],
  placeOrder: [
    'bestellen', 'nu bestellen', 'bestelling plaatsen', 'bestelling afronden', 'bevestig bestelling',
    'bestelling bevestigen', 'kopen', 'nu kopen', 'betalen', 'nu betalen', 'abonneren', 'abonnement afsluiten',
  ],
  toBasket: ['in winkelwagen', 'aan winkelwagen', 'naar winkelwagen', 'winkelmand', 'afrekenen', 'naar de kassa', 'verder naar betalen'],
  clickPhrases: ['door op', 'door te klikken op', 'door te klikken', 'wanneer je klikt op', 'als je klikt op'],
  paidChanges: ['upgraden', 'overstappen naar', 'in rekening gebracht'],
}
