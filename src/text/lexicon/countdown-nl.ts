import type { CountdownLexicon } from '../countdown.js'

/** Dutch. */
export const countdownNl: CountdownLexicon = {
  units: {
    dagen: 86_400, dag: 86_400, d: 86_400,
    uren: 3_600, uur: 3_600, u: 3_600, h: 3_600,
    minuten: 60, minuut: 60, min: 60, m: 60,
    seconden: 1, seconde: 1, sec: 1, s: 1,
  },
  offer: ['aanbieding*', 'korting*', 'actie*', 'deal*', 'prijs*', 'uitverkoop', 'sale', '#% korting', 'maanden gratis'],
}
