import type { Finding, Report, RuleMeta } from '../model.js'
import { ruleMetaById } from '../report-counts.js'
import type { JurisdictionProfile } from '../../rules/jurisdictions.js'
import type { ImageSize } from './image-size.js'
import { reportRelativeUrl } from './safe-html.js'

/** What every part of the HTML view looks things up in while rendering. */
export interface RenderContext {
  rules: Map<string, RuleMeta>
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
}

export function createRenderContext(
  report: Report,
  images: Map<string, ImageSize>,
  inlined?: ReadonlyMap<string, string>,
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
    imageSrc: (path) => (inlined ? (path === undefined ? undefined : inlined.get(path)) : reportRelativeUrl(path)),
    imageHref: (path) => (inlined ? undefined : reportRelativeUrl(path)),
  }
}

export const siteAnchor = (siteIndex: number): string => `site-${siteIndex + 1}`

/** The anchor of a rule's result in a site's section, e.g. `s3-r-confirmshaming`; characters an
 * id from another version could hold and a fragment could not are replaced. */
export const resultAnchor = (siteIndex: number, ruleId: string): string =>
  `s${siteIndex + 1}-r-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`
