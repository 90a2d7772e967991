import type { CookieConsentLexicon } from '../cookie-consent.js'

/** German. */
export const cookieConsentDe: CookieConsentLexicon = {
  topics: ['cookie*', 'tracking', 'tracker', 'ähnliche technologien'],
  refuse: [
    'ablehnen', 'alle ablehnen', 'alles ablehnen', 'cookies ablehnen', 'verweigern', 'nicht zustimmen', 'nicht akzeptieren',
    'nur notwendige', 'nur notwendige cookies', 'nur erforderliche', 'nur erforderliche cookies', 'nur essenzielle',
    'nur essenzielle cookies', 'nur technisch notwendige', 'weiter ohne einwilligung', 'ohne zustimmung fortfahren',
  ],
  settings: [
    'einstellungen', 'cookie-einstellungen', 'anpassen', 'verwalten', 'präferenzen', 'mehr optionen', 'optionen',
    'individuelle einstellungen', 'auswahl treffen',
  ],
  accept: [
    'akzeptieren', 'alle akzeptieren', 'alles akzeptieren', 'annehmen', 'alle annehmen', 'zustimmen', 'allen zustimmen',
    'alle zulassen', 'zulassen', 'erlauben', 'alle erlauben', 'einverstanden', 'ich stimme zu',
  ],
}
