import type { CountdownLexicon } from '../countdown.js'

/** English. "Save" is not an offer word: "save your work before your session expires" is not a sale. */
export const countdownEn: CountdownLexicon = {
  units: {
    days: 86_400, day: 86_400, d: 86_400,
    hours: 3_600, hour: 3_600, hrs: 3_600, hr: 3_600, h: 3_600,
    minutes: 60, minute: 60, mins: 60, min: 60, m: 60,
    seconds: 1, second: 1, secs: 1, sec: 1, s: 1,
  },
  offer: [
    'deal*', 'offer*', 'sale', 'discount*', 'promotion*', 'promo*', 'coupon*', '#% off', 'off your', 'price*',
    'bonus', 'special', 'free months', 'months free', 'half price', 'lowest price',
  ],
}
