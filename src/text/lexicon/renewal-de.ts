import type { RenewalLexicon } from '../renewal-disclosure.js'

/** German. "Bis auf Widerruf" is left out: it is the wording of a direct-debit mandate, not of a
 * renewal. */
export const renewalDe: RenewalLexicon = {
  renewals: [
    'verlängert sich automatisch', 'automatisch verlängert', 'automatische verlängerung', 'verlängert sich',
    'stillschweigend verlängert', 'stillschweigende verlängerung', 'wiederkehrende zahlung*',
    'wiederkehrende abbuchung*', 'wiederkehrende gebühr*', 'automatisch abgebucht', 'geht automatisch in',
    'in ein kostenpflichtiges abo*', 'bis zur kündigung', 'läuft automatisch weiter', 'läuft weiter',
    // A contract that runs on, said by its term or by how it ends.
    'monatlich kündbar', 'jederzeit kündbar', 'kündbar', 'mindestlaufzeit', 'vertragslaufzeit', 'laufzeit von',
    'verlängert sich jeweils', 'verlängert sich um',
  ],
  untilCancelled: [
    'bis zur kündigung', 'bis sie kündigen', 'bis du kündigst', 'sofern sie nicht kündigen', 'sofern du nicht kündigst',
    'wenn sie nicht kündigen', 'wenn du nicht kündigst', 'falls sie nicht kündigen', 'falls du nicht kündigst',
    'sofern nicht gekündigt', 'wenn nicht gekündigt', 'sofern nicht rechtzeitig gekündigt',
    'wenn nicht rechtzeitig gekündigt', 'es sei denn, sie kündigen', 'auf unbestimmte zeit',
  ],
  charges: [
    'wird abgebucht', 'werden abgebucht', 'wird berechnet', 'werden berechnet', 'belasten wir', 'wird belastet',
    'buchen wir',
  ],
  trialEnds: [
    'nach dem testzeitraum', 'nach der testphase', 'nach ablauf des probezeitraums', 'nach ablauf der testphase',
    'nach dem probemonat', 'nach # tagen', 'nach # monaten', 'nach dem ersten monat', 'nach ablauf',
  ],
  prices: ['<amount>'],
  periods: [
    'pro monat', 'im monat', 'monatlich*', 'jeden monat', 'pro jahr', 'im jahr', 'jährlich*', 'jedes jahr',
    'pro woche', 'wöchentlich*', 'alle # wochen', 'alle # monate', '/monat', '/jahr', 'um einen monat',
    'um ein jahr', 'um # monate', 'um jeweils', 'vierteljährlich*', 'halbjährlich*',
  ],
  renewalTemplates: ['{charges} …10 {untilCancelled}', '{untilCancelled} …10 {charges}', '{trialEnds} …8 {charges}'],
}
