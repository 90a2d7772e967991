import type { CheckoutTermsLexicon } from '../checkout-terms.js'

/** German. */
export const checkoutTermsDe: CheckoutTermsLexicon = {
  fees: [
    '*gebühr', '*gebühren', 'servicegebühr', 'bearbeitungsgebühr', 'liefergebühr', 'zuschlag', 'servicepauschale',
    'versand', 'versandkosten', 'lieferung', 'lieferkosten', 'porto', 'verpackung',
  ],
  delivery: ['versand', 'versandkosten', 'lieferung', 'lieferkosten', 'liefergebühr', 'porto'],
  freeDelivery: ['versandkostenfrei', 'kostenlose(r|n)? (versand|lieferung)', 'gratis (versand|lieferung)', '(versand|lieferung) (ist )?(kostenlos|gratis|inklusive)', 'portofrei'],
  taxes: ['mwst', 'mwst.', 'mehrwertsteuer', 'ust', 'umsatzsteuer', 'steuer'],
  taxNotices: ['zzgl. mwst', 'zzgl. mehrwertsteuer', 'zuzüglich mehrwertsteuer', 'exkl. mwst', 'ohne mwst', 'netto'],
  taxIncluded: [
    'inkl. mwst', 'inkl mwst', 'inkl. mwst.', 'inklusive mwst', 'inklusive mehrwertsteuer', 'inkl. ust', 'inkl. gesetzlicher mwst',
    'mwst. inklusive', 'mwst inbegriffen', 'steuern inbegriffen', 'inklusive steuern',
  ],
  totals: ['gesamt', 'gesamtbetrag', 'gesamtsumme', 'summe', 'endbetrag', 'zu zahlen', 'wöchentlich gesamt', 'monatlich gesamt'],
  notTotals: ['zwischensumme'],
  oneOff: ['einmalig kaufen', 'einmalkauf', 'einzelkauf', 'ohne abo', 'ohne abonnement', 'probe überspringen', 'als gast bestellen', 'gastbestellung'],
  paymentFields: ['kartennummer', 'kreditkarte', 'karteninhaber', 'prüfziffer', 'sicherheitscode', 'cvc', 'cvv', 'ablaufdatum', 'gültig bis', 'iban', 'bic'],
  optionalConsents: ['newsletter*', 'werbung', 'angebote', 'aktionen', 'rabatte', 'partner*', 'dritte*', 'gewinnspiel*', 'marketing', 'daten weitergeben', 'weitergabe meiner daten', 'neuigkeiten'],
  necessaryConsents: ['agb', 'geschäftsbedingungen', 'nutzungsbedingungen', 'datenschutz*', 'widerrufsbelehrung', 'volljährig', '# jahre alt', 'mindestens # jahre'],
}
