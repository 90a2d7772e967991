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
}
