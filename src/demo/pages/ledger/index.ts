import type { SitePages, Variant } from '../site-pages.js'
import { account, login, settings } from './account.js'
import { confirm, done, offer, offer2, survey } from './cancel.js'
import { front } from './home.js'
import { about, notFound, privacy, terms } from './info.js'
import { subscribe } from './pricing.js'
import { payment, signup, welcome } from './signup.js'
import { care, contact } from './support.js'

/** The pages The Daily Ledger has in a variant. */
export function ledgerPages(variant: Variant): SitePages {
  return {
    '/': front,
    '/pricing': subscribe,
    '/signup': signup,
    '/checkout': payment,
    '/welcome': welcome,
    '/login': login,
    '/account': account,
    '/help': care,
    '/contact': contact,
    '/about': about,
    '/terms': terms,
    '/privacy': privacy,
    '/404': notFound,
    '/cancel/confirm': confirm,
    '/cancel/done': done,
    // Hard cancel: the steps between the account page and the final step.
    ...(variant === 'dark' ? { '/account/membership': settings, '/cancel/survey': survey, '/cancel/offer': offer, '/cancel/offer-2': offer2 } : {}),
  }
}
