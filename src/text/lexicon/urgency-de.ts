import type { UrgencyLexicon } from '../urgency.js'

/** German. "Solange der Vorrat reicht" and "letzte Chance" go with stock as often as with time, and
 * are left out. */
export const urgencyDe: UrgencyLexicon = {
  deadlines: [
    'endet in', 'endet bald', 'endet heute', 'endet morgen', 'endet um mitternacht', 'angebot endet', 'aktion endet',
    'sale endet', 'rabatt endet', 'läuft ab', 'läuft bald ab', 'läuft in', 'nur heute', 'nur noch heute',
    'heute nur', 'nur für kurze zeit', 'für kurze zeit', 'begrenzte zeit', 'für begrenzte zeit',
    'zeitlich begrenzt*', 'befristet*', 'nur noch # stunden', 'nur noch # tage',
    'verbleibende zeit', 'restzeit', 'countdown', 'blitzangebot*', 'blitz-angebot*', 'flash sale', 'deal des tages',
    'angebot des tages', 'im warenkorb reserviert', 'reserviert für sie', 'warenkorb läuft ab',
    'bestellen sie innerhalb', 'innerhalb der nächsten', 'nur bis',
  ],
  timeUnits: [
    'tage', 'tagen', 'tag', 'stunden', 'stunde', 'std', 'minuten', 'minute', 'min', 'sekunden', 'sekunde', 'sek',
  ],
  timeUnitLetters: ['t', 'h', 'm', 's'],
  secondsUnits: ['sekunden', 'sekunde', 'sek', 's'],
  countdownCues: ['in', 'innerhalb', 'für', 'noch', 'endet'],
  timeLeft: ['übrig', 'verbleibend'],
}
