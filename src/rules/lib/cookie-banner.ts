import type { SiteTrace } from '../../artifacts/site-trace.js'
import type { SnapshotElement } from '../../capture/page-snapshot.js'
import { type CookieChoice, cookieChoice, mentionsCookies } from '../../text/cookie-consent.js'
import { pressableText } from './choice-options.js'
import { ranFlows, type SeenStep, seenSteps } from './flows.js'
import { labelLanguages } from './site-language.js'

/** A button or link of a cookie banner. */
export interface BannerOption {
  element: SnapshotElement
  text: string
  choice: CookieChoice
}

/** A cookie banner as one step showed it: what it offered in one click. */
export interface CookieBannerSeen {
  seen: SeenStep
  /** Whether a consent platform was recognised on this step (a scan's record of the banner). */
  recognised: boolean
  options: BannerOption[]
}

/** The cookie banners the site showed, each once, where it was first seen: on the step a scan recorded
 * a recognised banner on, and wherever visible options to accept or refuse cookies sit in wording
 * about cookies. A banner counts once it offers to accept; a settings page listing categories offers
 * no "Accept all" of that kind and is not one. A banner left unanswered shows on every page: it is
 * the same banner while its accept option is. */
export function cookieBannersSeen(site: SiteTrace): CookieBannerSeen[] {
  const shownAt = site.cookieBanner?.found ? site.cookieBanner.shownAt : undefined
  const banners: CookieBannerSeen[] = []
  const known = new Set<string>()
  for (const seen of ranFlows(site).flatMap(seenSteps)) {
    const recognised = shownAt !== undefined && seen.flow.name === shownAt.flow && seen.step.index === shownAt.step
    const options = bannerOptions(site, seen, recognised)
    const accepts = options.filter((o) => o.choice === 'accept').map((o) => `${o.element.selector}|${o.text}`)
    if (accepts.length === 0 || accepts.every((key) => known.has(key))) continue
    for (const key of accepts) known.add(key)
    banners.push({ seen, recognised, options })
  }
  return banners
}

function bannerOptions(site: SiteTrace, seen: SeenStep, recognised: boolean): BannerOption[] {
  // The words decide over a template's lang="en" left on a German page.
  const langs = labelLanguages(site, seen.snapshot)
  return seen.snapshot.elements.flatMap((element) => {
    if (!element.visible || element.disabled) return []
    const text = pressableText(element)
    const lang = langs.find((l) => text && cookieChoice(text, { lang: l }))
    const choice = text ? cookieChoice(text, { lang }) : undefined
    if (!text || !choice) return []
    // On a recognised banner's step the platform said where the banner is; elsewhere the wording
    // around the button must be about cookies, or "Accept" could be a retention offer's.
    const about = `${element.region ?? ''} ${element.contextText ?? ''} ${text}`
    if (!recognised && !langs.some((l) => mentionsCookies(about, { lang: l }).match)) return []
    return [{ element, text, choice: choice.choice }]
  })
}
