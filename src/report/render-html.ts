import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { fileNamePart } from '../artifacts/file-name-part.js'
import { formatDuration } from './format-time.js'
import { ENHANCE_SCRIPT, ENHANCE_SCRIPT_CSP_SOURCE } from './html/enhance-script.js'
import { renderEffortComparison } from './html/effort-comparison.js'
import { renderFlows } from './html/flow-strip.js'
import { type ImageSize, imageSizeOf } from './html/image-size.js'
import { createRenderContext, type RenderContext, siteAnchor } from './html/render-context.js'
import { REPORT_STYLES } from './html/report-styles.js'
import { renderProvisions, renderRuleResults } from './html/rule-results.js'
import { renderSiteRuleMatrix } from './html/site-rule-matrix.js'
import { html, httpUrl, reportRelativeUrl, type SafeHtml, trustedConstant } from './html/safe-html.js'
import { renderBaseline, renderFilters, renderMasthead, renderSummary } from './html/summary-section.js'
import type { Outcome, Report, SiteReport } from './model.js'
import { jurisdictionName } from '../rules/jurisdictions.js'
import { OUTCOME_ORDER, siteTotals } from './report-counts.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

export const HTML_REPORT_FILE = 'index.html'

/** Nothing may load from anywhere but the report folder, and the only script that may run is the
 * report's own (by hash): a page's text that slipped through escaping still could not execute.
 * `'self'` covers the relative screenshots over http and, in Chromium, from file://; `file:` is
 * listed for browsers that give file:// documents an opaque origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "img-src 'self' data: file:",
  "style-src 'unsafe-inline'",
  `script-src ${ENHANCE_SCRIPT_CSP_SOURCE}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

export interface HtmlReportOptions {
  /** Embed every image as a `data:` URI, so index.html travels alone, without the sites folder. */
  inlineImages?: boolean
}

/** Past this many sites each site gets a page of its own and index.html holds the overview: one
 * page for a sweep of hundreds of sites would be tens of megabytes. */
export const SITES_ON_ONE_PAGE = 20
/** The folder of the sites' own pages, in the report folder. */
export const SITE_PAGES_DIR = 'pages'

/** A site's own page, relative to the report folder: `pages/0007-shop-example.html`. */
export const sitePageFile = (site: SiteReport, siteIndex: number): string =>
  `${SITE_PAGES_DIR}/${String(siteIndex + 1).padStart(4, '0')}-${fileNamePart(site.site) || 'site'}.html`

/** The whole report as one HTML document. `outDir` is the report folder: the screenshots the report
 * names are read there for their pixel size, which the evidence crops need, and for their bytes
 * when they are inlined. */
export async function renderHtml(report: Report, outDir: string, options: HtmlReportOptions = {}): Promise<string> {
  const images = await readImages(report, outDir, options.inlineImages === true)
  const ctx = createRenderContext(report, images.sizes, images.dataUris)
  return renderDocument(
    report,
    `cancelcheck report: ${report.sites.map((s) => s.site).join(', ') || 'no sites'}`,
    html`${renderMasthead(report, ctx)}
<main class="wrap">
${renderSummary(report, ctx)}
${renderBaseline(report, ctx)}
${renderFilters(report)}
${report.sites.length === 0 ? html`<div class="card empty-note">No site was audited.</div>` : ''}
${report.sites.map((site, i) => renderSite(site, i, ctx))}
${renderProvisions([...new Set(report.sites.flatMap((site) => site.results.map((r) => r.ruleId)))], ctx)}
</main>`,
    '',
  )
}

/** Writes index.html, and for more than `SITES_ON_ONE_PAGE` sites (unless images are inlined, which
 * asks for one file) a page per site under `pages/`, which index.html's tables link to. Pages of an
 * earlier report in the folder are removed, so none is left that the new index does not name. */
export async function writeHtmlReport(report: Report, outDir: string, options: HtmlReportOptions = {}): Promise<string> {
  await mkdir(outDir, { recursive: true })
  await removeSitePages(outDir)
  const file = join(outDir, HTML_REPORT_FILE)
  if (options.inlineImages || report.sites.length <= SITES_ON_ONE_PAGE) {
    await writeFileAtomic(file, await renderHtml(report, outDir, options))
    return file
  }
  const images = await readImages(report, outDir, false)
  const sitePage = (i: number): string => sitePageFile(report.sites[i] as SiteReport, i)
  const overview = createRenderContext(report, images.sizes, undefined, { toRoot: '', sitePage })
  await writeFileAtomic(
    file,
    renderDocument(
      report,
      `cancelcheck report: ${report.sites.length} sites`,
      html`${renderMasthead(report, overview)}
<main class="wrap">
${renderFilters(report, 'sites')}
<p class="site-pages-note">Each site's flows, findings and screenshots are on a page of its own: follow a site's name or a cell of the matrix.</p>
${renderSummary(report, overview)}
${renderBaseline(report, overview)}
</main>`,
      '',
    ),
  )
  const onPage = createRenderContext(report, images.sizes, undefined, { toRoot: '../', sitePage })
  await mkdir(join(outDir, SITE_PAGES_DIR), { recursive: true })
  for (const [i, site] of report.sites.entries()) {
    const alone = { ...report, sites: [site] }
    const markup = renderDocument(
      report,
      `cancelcheck report: ${site.site}`,
      html`${renderMasthead(report, onPage, `../${HTML_REPORT_FILE}`)}
<main class="wrap">
${renderFilters(alone)}
${renderSite(site, i, onPage)}
${renderProvisions(site.results.map((r) => r.ruleId), onPage)}
</main>`,
      '../',
    )
    await writeFileAtomic(join(outDir, sitePage(i)), markup)
  }
  return file
}

/** Removes the site pages an earlier report wrote to `outDir`, and nothing else: the folder may be
 * one the user keeps other things in. */
async function removeSitePages(outDir: string): Promise<void> {
  const dir = join(outDir, SITE_PAGES_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter((name) => SITE_PAGE_NAME.test(name)).map((name) => rm(join(dir, name), { force: true })))
}
const SITE_PAGE_NAME = /^\d{4}-[a-z0-9-]*\.html$/

/** A page of the report around `body`: head, styles, footer and the script. */
function renderDocument(report: Report, title: string, body: SafeHtml, toRoot: string): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${report.tool.name} ${report.tool.version}">
<title>${title}</title>
<style>${trustedConstant(REPORT_STYLES)}</style>
</head>
<body>
${body}
<footer class="wrap">
  Generated by ${report.tool.name} ${report.tool.version} from <a href="${toRoot}report.json">report.json</a> (schema version ${report.schemaVersion}).
</footer>
<script>${trustedConstant(ENHANCE_SCRIPT)}</script>
</body>
</html>
`.markup
}

function renderSite(site: SiteReport, index: number, reportCtx: RenderContext): SafeHtml {
  // A site with jurisdictions of its own was judged under those, and its results read so.
  const ctx = site.jurisdictions ? { ...reportCtx, profile: { ...reportCtx.profile, jurisdictions: site.jurisdictions } } : reportCtx
  const baseHref = httpUrl(site.baseUrl)
  const trace = ctx.fileUrl(site.trace)
  return html`<section class="site" id="${siteAnchor(index)}" aria-labelledby="${siteAnchor(index)}-title" data-site="${site.site}" style="contain-intrinsic-size:auto ${estimatedHeight(site)}px">
  <div class="card">
    <div class="site-head">
      <h2 id="${siteAnchor(index)}-title">${site.site}</h2>
      ${baseHref ? html`<a class="base-url" href="${baseHref}" target="_blank">${site.baseUrl}</a>` : html`<span class="base-url">${site.baseUrl}</span>`}
      <div class="site-meta">
        <span class="badge status-${site.status}">${site.status}</span>
        <span>${formatDuration(site.durationMs)}</span>
        ${site.scenarioFile ? html`<span>Scenario <code>${site.scenarioFile}</code></span>` : ''}
        ${site.jurisdictions ? renderSiteJurisdictions(site.jurisdictions, site.jurisdictionsInferred) : ''}
        ${site.cookieBanner ? renderCookieBanner(site.cookieBanner) : ''}
        ${trace ? html`<a href="${trace}">Trace</a>` : ''}
      </div>
    </div>
    ${renderSiteCounts(site)}
    ${site.error ? html`<div class="alert alert-error site-error"><strong>The site could not be walked to the end:</strong> ${site.error}</div>` : ''}
  </div>
  ${renderFlows(site, ctx)}
  ${renderEffortComparison(site)}
  ${renderRuleResults(site, index, ctx)}
</section>`
}

/** The law a site with jurisdictions of its own was judged under, and where they came from: its
 * scenario, or what a scan read off its pages. */
function renderSiteJurisdictions(tags: readonly string[], inferred: SiteReport['jurisdictionsInferred']): SafeHtml {
  const names = tags.map(jurisdictionName).join(', ') || "none of the report's"
  const from = inferred ? `inferred from ${inferred.because.join(', ')}` : 'named by the scenario'
  return html`<span class="site-jurisdictions">Law of <strong>${names}</strong> (${from})</span>`
}

const COOKIE_BANNER_WORDS: Record<NonNullable<SiteReport['cookieBanner']>['outcome'], string> = {
  rejected: 'declined',
  'reject-failed': 'no way to decline found',
  'not-handled': 'could not be declined',
  'no-banner': 'none recognised',
}

const COOKIE_BANNER_TONES: Record<NonNullable<SiteReport['cookieBanner']>['outcome'], Outcome> = {
  rejected: 'pass',
  'reject-failed': 'needs-review',
  'not-handled': 'needs-review',
  'no-banner': 'not-applicable',
}

/** What a scan met on the home page: the banner's platform, and whether declining it worked (the
 * banner itself is the first step of the home flow). */
function renderCookieBanner(banner: NonNullable<SiteReport['cookieBanner']>): SafeHtml {
  const where = banner.shownAt ? ` (${banner.shownAt.flow} flow, step ${banner.shownAt.step})` : ''
  return html`<span class="cookie-banner-state tone-${COOKIE_BANNER_TONES[banner.outcome]}" title="${banner.error ?? `Cookie banner${where}`}">Cookie banner${banner.cmp ? html` <code>${banner.cmp}</code>` : ''}: ${COOKIE_BANNER_WORDS[banner.outcome]}</span>`
}

/** Roughly how tall a site's section is on a desktop screen, in CSS pixels. Sections off screen are
 * not laid out (`content-visibility: auto`) and take this height until they are, so the better the
 * guess, the less the scrollbar and anchor targets shift while a reader scrolls. Fitted to the demo
 * sites at 1280 px; once shown, a section keeps its real height. */
function estimatedHeight(site: SiteReport): number {
  const findings = site.results.flatMap((r) => r.findings)
  const cards = site.results.filter((r) => r.findings.length > 0 || (r.outcome !== 'pass' && r.outcome !== 'not-applicable')).length
  const facts = findings.reduce((n, f) => n + Object.keys(f.evidence.facts).length, 0)
  return 600 + 330 * site.flows.length + 380 * findings.length + 240 * cards + 25 * facts
}

/** Counts of rules, per outcome, as they read in a row of pills. */
const SITE_COUNT_WORDS: Record<Outcome, string> = {
  fail: 'with indicators',
  'needs-review': 'to review',
  error: 'could not check',
  pass: 'no indicator',
  'not-applicable': 'not applicable',
}

function renderSiteCounts(site: SiteReport): SafeHtml {
  const totals = siteTotals(site)
  return html`<div class="site-counts" aria-label="Rule outcomes">${OUTCOME_ORDER.map((outcome) => {
    const n = totals.outcomes[outcome]
    return html`<span class="count-pill tone-${outcome}${n === 0 ? ' is-zero' : ''}">${n} ${SITE_COUNT_WORDS[outcome]}</span>`
  })}</div>`
}

const IMAGE_MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' }

/** Pixel sizes of every screenshot and thumbnail the report shows, and, when inlining, their bytes
 * as `data:` URIs. Only paths that stay inside the report folder are read (and later shown). */
async function readImages(
  report: Report,
  outDir: string,
  inline: boolean,
): Promise<{ sizes: Map<string, ImageSize>; dataUris: Map<string, string> | undefined }> {
  const paths = new Set<string>()
  for (const site of report.sites) {
    for (const flow of site.flows)
      for (const path of [...flow.steps.flatMap((step) => [step.screenshot, step.thumbnail]), ...(flow.mail?.messages ?? []).map((m) => m.image)]) if (path) paths.add(path)
    for (const result of site.results)
      for (const finding of result.findings) if (finding.evidence.screenshot) paths.add(finding.evidence.screenshot)
  }
  const sizes = new Map<string, ImageSize>()
  const dataUris = inline ? new Map<string, string>() : undefined
  await Promise.all(
    [...paths].map(async (path) => {
      if (!reportRelativeUrl(path)) return
      let bytes: Buffer
      try {
        bytes = await readFile(join(outDir, path))
      } catch {
        return
      }
      const size = imageSizeOf(bytes)
      if (!size) return
      sizes.set(path, size)
      const mime = IMAGE_MIME[extname(path).toLowerCase()] ?? (bytes[0] === 0x89 ? 'image/png' : 'image/jpeg')
      dataUris?.set(path, `data:${mime};base64,${bytes.toString('base64')}`)
    }),
  )
  return { sizes, dataUris }
}
