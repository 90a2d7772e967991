import type { UrgencyLexicon } from '../urgency.js'

/** German. "Solange der Vorrat reicht" and "letzte Chance" go with stock as often as with time, and
 * are left out. */
export const urgencyDe: UrgencyLexicon = {
  deadlines: [
    // Das Angebot endet oder läuft ab, bald oder zu einer genannten Zeit.
    'endet (in|bald|heute|morgen|um mitternacht)', '(angebot|aktion|sale|rabatt|deal) endet', 'läuft (bald )?ab', 'läuft in',
    // Nur heute, nur für kurze Zeit.
    '(nur|nur noch) heute', 'heute nur', '(nur )?für (kurze|begrenzte) zeit', 'begrenzte zeit', '(zeitlich begrenzt*|befristet*)',
    'nur noch # (stunden|tage)', 'nur bis',
    '(verbleibende zeit|restzeit|countdown)', 'blitz-angebot*', 'flash sale', '(deal|angebot) des tages',
    // Innerhalb einer Frist bestellen.
    '(bestellen sie|bestelle) innerhalb', 'innerhalb der nächsten',
    // Ein Warenkorb, der für eine Weile gehalten wird.
    'im warenkorb reserviert', 'reserviert für (sie|dich)', 'warenkorb läuft ab',
  ],
  timeUnits: [
    'tage', 'tagen', 'tag', 'stunden', 'stunde', 'std', 'minuten', 'minute', 'min', 'sekunden', 'sekunde', 'sek',
  ],
  timeUnitLetters: ['t', 'h', 'm', 's'],
  secondsUnits: ['sekunden', 'sekunde', 'sek', 's'],
  countdownCues: ['in', 'innerhalb', 'für', 'noch', 'endet'],
  timeLeft: ['übrig', 'verbleibend'],
}
