import type { CountdownLexicon } from '../countdown.js'

/** French. */
export const countdownFr: CountdownLexicon = {
  units: {
    jours: 86_400, jour: 86_400, j: 86_400,
    heures: 3_600, heure: 3_600, h: 3_600,
    minutes: 60, minute: 60, min: 60, m: 60,
    secondes: 1, seconde: 1, sec: 1, s: 1,
  },
  offer: ['offre*', 'promo*', 'réduction*', 'remise*', 'solde*', 'prix', 'bon plan', 'vente flash', '#% de réduction', 'mois offerts'],
}
