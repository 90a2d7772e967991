import type { SitePages, Variant } from '../site-pages.js'
import { account, confirm, done, login } from './account.js'
import { home } from './home.js'
import { notFound, privacy, terms } from './info.js'
import { plans } from './plans.js'
import { checkout, checkoutOnce, orderConfirmed, signup, welcome } from './signup.js'
import { contact, help } from './support.js'

/** The pages Boxly has; both variants have the same ones. */
export function boxlyPages(_variant: Variant): SitePages {
  return {
    '/': home,
    '/plans': plans,
    '/signup': signup,
    '/checkout': checkout,
    '/checkout/once': checkoutOnce,
    '/welcome': welcome,
    '/order-confirmed': orderConfirmed,
    '/login': login,
    '/account': account,
    '/cancel/confirm': confirm,
    '/cancel/done': done,
    '/help': help,
    '/contact': contact,
    '/terms': terms,
    '/privacy': privacy,
    '/404': notFound,
  }
}
