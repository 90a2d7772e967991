import type { OrderButtonLexicon } from '../order-button.js'

/** German. § 312j(3) BGB names "zahlungspflichtig bestellen"; "Bestellen", "Weiter", "Anmelden" and
 * "Jetzt starten" say nothing about paying. */
export const orderButtonDe: OrderButtonLexicon = {
  obligations: [
    'zahlungspflichtig bestellen', 'zahlungspflichtig abonnieren', 'zahlungspflichtig buchen', 'zahlungspflichtig*',
    'kostenpflichtig bestellen', 'kostenpflichtig abonnieren', 'kostenpflichtig buchen', 'kostenpflichtig*',
    'kaufen', 'jetzt kaufen', 'kauf abschließen', 'kaufen und bezahlen', 'bestellen und bezahlen',
    'abonnieren und bezahlen', 'zahlungspflichtigen vertrag abschließen', 'kostenpflichtiges abo abschließen',
  ],
  payVerbs: ['bezahlen', 'jetzt bezahlen', 'zahlen', 'jetzt zahlen', 'zahlung abschließen'],
  paymentMethods: [
    'mit paypal', 'per paypal', 'paypal', 'mit kreditkarte', 'per kreditkarte', 'mit karte', 'per lastschrift',
    'mit lastschrift', 'mit klarna', 'per klarna', 'mit apple pay', 'apple pay', 'mit google pay', 'google pay',
    'per rechnung', 'auf rechnung', 'mit sofort*',
  ],
  orderVerbs: ['bestellen', 'abonnieren', 'abschließen', 'buchen', 'starten', 'jetzt starten', 'anmelden', 'upgraden'],
  freeWords: ['kostenlos', 'gratis', 'testen', 'probe*', 'test*', '0 €'],
  paymentFields: [
    'iban', 'bic', 'kontonummer', 'kartennummer', 'kreditkarte*', 'karteninhaber*', 'ablaufdatum', 'gültig bis',
    'prüfnummer', 'sicherheitscode', 'cvc', 'cvv',
  ],
  placeOrder: [
    'bestellen', 'jetzt bestellen', 'bestellung abschicken', 'bestellung absenden', 'bestellung abschließen',
    'bestellung bestätigen', 'kaufen', 'jetzt kaufen', 'kauf abschließen', 'kauf bestätigen', 'abonnieren',
    'jetzt abonnieren', 'abo abschließen', 'abonnement abschließen', 'zahlungspflichtig*', 'kostenpflichtig*',
    'bezahlen', 'jetzt bezahlen', 'zahlen', 'buchen', 'jetzt buchen', 'upgrade bestätigen',
  ],
  toBasket: [
    'in den warenkorb', 'zum warenkorb', 'warenkorb', 'zur kasse', 'weiter zur kasse', 'zur zahlung',
    'weiter zur zahlung', 'in die einkaufstasche',
  ],
  clickPhrases: ['mit klick auf', 'mit dem klick auf', 'mit einem klick auf', 'durch klicken auf', 'durch klick auf', 'indem sie auf', 'indem du auf', 'mit betätigen', 'mit dem betätigen'],
  paidChanges: ['upgrade', 'upgraden', 'hochstufen', 'kostenpflichtig*', 'zahlungspflichtig*'],
}
