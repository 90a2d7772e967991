import type { CookieConsentLexicon } from '../cookie-consent.js'

/** Dutch. */
export const cookieConsentNl: CookieConsentLexicon = {
  topics: ['cookie*', 'tracking', 'trackers', 'vergelijkbare technieken'],
  refuse: [
    'weigeren', 'alles weigeren', 'alle weigeren', 'cookies weigeren', 'afwijzen', 'alles afwijzen', 'niet akkoord',
    'alleen noodzakelijke', 'alleen noodzakelijke cookies', 'alleen functionele', 'alleen functionele cookies',
    'doorgaan zonder te accepteren',
  ],
  settings: ['instellingen', 'cookie-instellingen', 'voorkeuren', 'aanpassen', 'beheren', 'meer opties', 'opties'],
  accept: ['accepteren', 'alles accepteren', 'alle cookies accepteren', 'akkoord', 'toestaan', 'alles toestaan', 'ik ga akkoord', 'ja, prima'],
}
