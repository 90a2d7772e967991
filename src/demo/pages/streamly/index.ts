import type { SitePages, Variant } from '../site-pages.js'
import { account, login, membership } from './account.js'
import { cancelConfirm, cancelDone, cancelOffer, cancelOffer2, cancelSurvey } from './cancel.js'
import { home } from './home.js'
import { about, notFound, privacy, terms } from './info.js'
import { pricing } from './pricing.js'
import { checkout, signup, welcome } from './signup.js'
import { contact, help } from './support.js'

/** The pages Streamly has in a variant. */
export function streamlyPages(variant: Variant): SitePages {
  return {
    '/': home,
    '/pricing': pricing,
    '/signup': signup,
    '/checkout': checkout,
    '/welcome': welcome,
    '/login': login,
    '/account': account,
    '/help': help,
    '/contact': contact,
    '/about': about,
    '/terms': terms,
    '/privacy': privacy,
    '/404': notFound,
    '/cancel/confirm': cancelConfirm,
    '/cancel/done': cancelDone,
    // Hard cancel: the steps between the account page and the confirmation.
    ...(variant === 'dark'
      ? { '/account/membership': membership, '/cancel/survey': cancelSurvey, '/cancel/offer': cancelOffer, '/cancel/offer-2': cancelOffer2 }
      : {}),
  }
}
