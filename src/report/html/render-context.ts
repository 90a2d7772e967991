import type { Finding, Report, RuleMeta } from '../model.js'
import { ruleMetaById } from '../report-counts.js'
import type { JurisdictionProfile } from '../../rules/jurisdictions.js'
import type { ImageSize } from './image-size.js'

/** What every part of the HTML view looks things up in while rendering. */
export interface RenderContext {
  rules: Map<string, RuleMeta>
  /** Pixel sizes of the screenshots found in the report folder, by their relative path. */
  images: Map<string, ImageSize>
  /** Anchor id of every finding, so step thumbnails can link to what was seen on them. */
  findingIds: Map<Finding, string>
  /** The jurisdictions the report speaks for and its audit date. */
  profile: JurisdictionProfile
}

export function createRenderContext(report: Report, images: Map<string, ImageSize>): RenderContext {
  const findingIds = new Map<Finding, string>()
  report.sites.forEach((site, s) =>
    site.results.forEach((result, r) =>
      result.findings.forEach((finding, f) => findingIds.set(finding, `finding-${s + 1}-${r + 1}-${f + 1}`)),
    ),
  )
  return { rules: ruleMetaById(report), images, findingIds, profile: { jurisdictions: report.jurisdictions, auditDate: report.auditDate } }
}

export const siteAnchor = (siteIndex: number): string => `site-${siteIndex + 1}`
