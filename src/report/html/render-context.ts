import type { Finding, Report, ReportedRule } from '../model.js'
import { ruleMetaById } from '../report-counts.js'
import type { JurisdictionProfile } from '../../rules/jurisdictions.js'
import type { ImageSize } from './image-size.js'
import { reportRelativeUrl } from './safe-html.js'

/** What every part of the HTML view looks things up in while rendering. */
export interface RenderContext {
  rules: Map<string, ReportedRule>
  /** Pixel sizes of the screenshots found in the report folder, by their relative path. */
  images: Map<string, ImageSize>
  /** Anchor id of every finding, so step thumbnails can link to what was seen on them. */
  findingIds: Map<Finding, string>
  /** The jurisdictions the report speaks for and its audit date. */
  profile: JurisdictionProfile
  /** Rules that never fail the build. */
  warnOnly: ReadonlySet<string>
  /** Whether the report was compared with a baseline, so findings carry `baseline`. */
  hasBaseline: boolean
  /** The `src` of an image in the report folder: its relative URL, or a `data:` URI when images
   * are inlined; undefined for a path outside the folder or, inlined, a file that was not read. */
  imageSrc(path: string | undefined): string | undefined
  /** Where "open the full screenshot" points; undefined when images are inlined, since browsers
   * refuse to navigate to a `data:` URI. */
  imageHref(path: string | undefined): string | undefined
  /** The URL of a file in the report folder from the page being rendered; undefined for a path
   * outside the folder. */
  fileUrl(path: string | undefined): string | undefined
  /** Where a site's section is: an anchor on this page, or the site's own page. */
  siteHref(siteIndex: number): string
  /** Where a rule's result on a site is. */
  resultHref(siteIndex: number, ruleId: string): string
}

/** Where the parts of the HTML report live: every site on index.html, or each on a page of its own
 * (large sweeps), linked from the overview on index.html. */
export interface PageLayout {
  /** From the page being rendered to the report folder: '' for index.html, '../' for a site's page. */
  toRoot: string
  /** The page of each site, relative to the report folder; absent when every site is on index.html. */
  sitePage?: (siteIndex: number) => string
}

export function createRenderContext(
  report: Report,
  images: Map<string, ImageSize>,
  inlined?: ReadonlyMap<string, string>,
  layout: PageLayout = { toRoot: '' },
): RenderContext {
  const findingIds = new Map<Finding, string>()
  report.sites.forEach((site, s) =>
    site.results.forEach((result, r) =>
      result.findings.forEach((finding, f) => findingIds.set(finding, `finding-${s + 1}-${r + 1}-${f + 1}`)),
    ),
  )
  return {
    rules: ruleMetaById(report),
    images,
    findingIds,
    profile: { jurisdictions: report.jurisdictions, auditDate: report.auditDate },
    warnOnly: new Set(report.warnOnly ?? []),
    hasBaseline: report.baseline !== undefined,
    imageSrc: (path) => (inlined ? (path === undefined ? undefined : inlined.get(path)) : fileUrl(path)),
    imageHref: (path) => (inlined ? undefined : fileUrl(path)),
    fileUrl,
    siteHref: (i) => pageOf(i) || `#${siteAnchor(i)}`,
    resultHref: (i, ruleId) => `${pageOf(i)}#${resultAnchor(i, ruleId)}`,
  }

  /** The site's own page from the page being rendered; '' when the site is on this page. */
  function pageOf(siteIndex: number): string {
    return layout.sitePage ? `${layout.toRoot}${layout.sitePage(siteIndex)}` : ''
  }

  function fileUrl(path: string | undefined): string | undefined {
    const relative = reportRelativeUrl(path)
    return relative === undefined ? undefined : `${layout.toRoot}${relative}`
  }
}

export const siteAnchor = (siteIndex: number): string => `site-${siteIndex + 1}`

/** The anchor of a rule's result in a site's section, e.g. `s3-r-confirmshaming`; characters an
 * id from another version could hold and a fragment could not are replaced. */
export const resultAnchor = (siteIndex: number, ruleId: string): string =>
  `s${siteIndex + 1}-r-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`
