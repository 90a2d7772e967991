import type { CheckoutTermsLexicon } from '../checkout-terms.js'

/** Dutch. */
export const checkoutTermsNl: CheckoutTermsLexicon = {
  fees: ['kosten', 'servicekosten', 'bezorgkosten', 'verzendkosten', 'administratiekosten', 'toeslag', 'bezorging', 'verzending'],
  delivery: ['bezorging', 'bezorgkosten', 'verzending', 'verzendkosten', 'levering'],
  freeDelivery: ['gratis (verzending|bezorging|levering)', '(verzending|bezorging) (is )?gratis', 'geen verzendkosten', 'geen bezorgkosten'],
  taxes: ['btw', 'belasting'],
  taxNotices: ['excl. btw', 'exclusief btw', 'excl btw', 'plus btw'],
  taxIncluded: ['incl. btw', 'incl btw', 'inclusief btw', 'btw inbegrepen', 'inclusief belastingen'],
  totals: ['totaal', 'totaalbedrag', 'te betalen'],
  notTotals: ['subtotaal'],
  oneOff: ['eenmalig kopen', 'eenmalige aankoop', 'zonder abonnement', 'proefperiode overslaan', 'als gast bestellen', 'als gast'],
  paymentFields: ['kaartnummer', 'creditcard', 'kaarthouder', 'beveiligingscode', 'cvc', 'vervaldatum', 'iban'],
  optionalConsents: ['nieuwsbrief*', 'aanbiedingen', 'acties', 'partners', 'derden', 'marketing', 'reclame', 'mijn gegevens delen', 'gegevens te delen', 'nieuws'],
  necessaryConsents: ['voorwaarden', 'algemene voorwaarden', 'privacybeleid', 'privacyverklaring', '18 jaar', '# jaar of ouder', 'meerderjarig'],
}
