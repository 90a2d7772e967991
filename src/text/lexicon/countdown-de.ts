import type { CountdownLexicon } from '../countdown.js'

/** German. */
export const countdownDe: CountdownLexicon = {
  units: {
    tage: 86_400, tagen: 86_400, tag: 86_400, t: 86_400,
    stunden: 3_600, stunde: 3_600, std: 3_600, h: 3_600,
    minuten: 60, minute: 60, min: 60, m: 60,
    sekunden: 1, sekunde: 1, sek: 1, s: 1,
  },
  offer: [
    'angebot*', '*angebot', 'deal*', 'rabatt*', 'sale', 'aktion*', 'preis*', '*preis', 'gutschein*', '#% rabatt',
    'sparen sie', 'gratis-monat*', 'monate gratis',
  ],
}
