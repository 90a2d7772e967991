import type { SitePages, Variant } from '../site-pages.js'
import { account, login, membership } from './account.js'
import { cancelConfirmation, cancelForm, cancelRequested, withdrawal } from './cancel.js'
import { prices, start } from './home.js'
import { imprint, notFound, privacy, terms } from './info.js'
import { checkout, register, welcome } from './signup.js'
import { contact, help } from './support.js'

/** The pages Kiosk Plus has in a variant. */
export function kioskPages(variant: Variant): SitePages {
  return {
    '/': start,
    '/preise': prices,
    '/registrieren': register,
    '/kasse': checkout,
    '/willkommen': welcome,
    '/login': login,
    '/konto': account,
    '/kuendigen': cancelForm,
    '/hilfe': help,
    '/kontakt': contact,
    '/agb': terms,
    '/datenschutz': privacy,
    '/impressum': imprint,
    '/404': notFound,
    ...(variant === 'dark'
      ? // The way out runs through the membership settings and ends on a page that confirms nothing.
        { '/konto/mitgliedschaft': membership, '/kuendigen/fertig': cancelRequested }
      : { '/kuendigen/bestaetigung': cancelConfirmation, '/widerruf': withdrawal }),
  }
}
