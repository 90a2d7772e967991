import type { CookieConsentLexicon } from '../cookie-consent.js'

/** English. */
export const cookieConsentEn: CookieConsentLexicon = {
  topics: ['cookie*', 'tracking technologies', 'trackers', 'similar technologies'],
  refuse: [
    'reject', 'reject all', 'reject cookies', 'reject all cookies', 'decline', 'decline all', 'refuse', 'refuse all', 'deny',
    'deny all', 'disagree', "don't accept", 'do not accept', "don't allow", 'do not allow', 'disallow', 'only necessary',
    'necessary only', 'only essential', 'essential only', 'only required', 'necessary cookies only', 'essential cookies only',
    'continue without accepting', 'accept necessary', 'accept essential', 'only accept necessary', 'no thanks',
  ],
  settings: [
    'settings', 'cookie settings', 'manage', 'manage cookies', 'manage settings', 'manage preferences', 'manage options',
    'preferences', 'customise', 'customize', 'more options', 'options', 'let me choose', 'choose cookies',
  ],
  accept: ['accept', 'accept all', 'accept cookies', 'accept all cookies', 'allow', 'allow all', 'allow cookies', 'agree', 'i agree', 'agree and close', 'i accept'],
}
