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
}
