/** Which version of a demo site: `dark` shows every pattern the rules look for, `fair` none of them. */
export type Variant = 'dark' | 'fair'

type RenderPage = (variant: Variant) => string

/** The pages one variant of a site has, by clean URL path (`/`, `/pricing`, `/cancel/offer`), each
 * rendered for that variant when asked for. `/404` is also the page an unknown path gets. */
export type SitePages = Readonly<Record<string, RenderPage> & { '/404': RenderPage }>
