import type { SitePages, Variant } from '../site-pages.js'
import { account, cancel, cancelled, login } from './account.js'
import { home } from './home.js'
import { notFound, privacy, terms } from './info.js'
import { checkout, signup, welcome } from './signup.js'
import { contact, help } from './support.js'

/** The pages Shieldr VPN has; both variants have the same ones. */
export function shieldrPages(_variant: Variant): SitePages {
  return {
    '/': home,
    '/signup': signup,
    '/checkout': checkout,
    '/welcome': welcome,
    '/login': login,
    '/account': account,
    '/cancel': cancel,
    '/cancel/done': cancelled,
    '/help': help,
    '/contact': contact,
    '/terms': terms,
    '/privacy': privacy,
    '/404': notFound,
  }
}
