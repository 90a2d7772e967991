import { createHash } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif'
import { fingerprintFindings } from './fingerprint.js'
import { atFailingLevel } from './gating.js'
import type { Finding, Report, ReportedRule, RuleResult, Severity, SiteReport } from './model.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'

export const SARIF_REPORT_FILE = 'report.sarif'

// SARIF 2.1.0 as GitHub code scanning and other SARIF viewers read it. A finding is located in the
// scenario file, at the line of the step whose page shows it, or for a scan in the `--urls` list at
// the site's line: code scanning accepts only files of the repository as locations, so the audited
// page's URL goes into the message and properties.

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
export const TOOL_INFORMATION_URI = 'https://www.npmjs.com/package/cancelcheck'
/** Where a rule's documentation page is published; `docs/rules/<id>.md` in the repository. */
export const RULE_DOCS_BASE_URI = 'https://github.com/cancelcheck/cancelcheck/blob/main/docs/rules/'
/** The key of `partialFingerprints`; its version changes if the fingerprint's recipe ever does. */
export const FINGERPRINT_KEY = 'cancelcheck/v1'

type Level = 'error' | 'warning' | 'note'

const LEVEL_OF: Record<Severity, Level> = {
  critical: 'error',
  serious: 'error',
  moderate: 'warning',
  minor: 'warning',
  info: 'note',
}

/** GitHub ranks alerts by this score (CVSS-like, 0–10) when a rule carries it. */
const SECURITY_SEVERITY_OF: Record<Severity, string> = {
  critical: '9.0',
  serious: '7.0',
  moderate: '5.0',
  minor: '3.0',
  info: '1.0',
}

export const ruleDocsUri = (id: string): string => `${RULE_DOCS_BASE_URI}${id}.md`

const pascalCase = (id: string): string =>
  id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

const escapeMarkdown = (text: string): string => text.replace(/[\\`*_{}[\]()<>#|!]/g, '\\$&')

/** Parentheses and spaces would end a Markdown link destination early. */
const markdownUrl = (url: string): string => url.replace(/[()\s]/g, (c) => encodeURIComponent(c))

function ruleDescriptor(meta: ReportedRule): ReportingDescriptor {
  const provisions = meta.references.map((r) => `${r.law}, ${r.cite}`)
  const tags = [meta.category, 'dark-pattern', ...new Set(meta.references.map((r) => r.jurisdiction))]
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.help },
    help: {
      text: `${meta.help}\n\nFix: ${meta.fix}\n\nProvisions: ${provisions.join('; ')}`,
      markdown: [
        escapeMarkdown(meta.help),
        `**Fix:** ${escapeMarkdown(meta.fix)}`,
        '**Provisions:**',
        meta.references.map((r) => `- [${escapeMarkdown(`${r.law}, ${r.cite}`)}](${markdownUrl(r.url)}) (${r.jurisdiction})`).join('\n'),
      ].join('\n\n'),
    },
    helpUri: ruleDocsUri(meta.id),
    defaultConfiguration: { level: LEVEL_OF[meta.severity] },
    properties: { tags, 'security-severity': SECURITY_SEVERITY_OF[meta.severity], precision: 'high' },
  }
}

/** A scenario or URL list file as a URI relative to the repository root (`%SRCROOT%`); an absolute
 * path becomes a file: URI of its own. */
function fileArtifact(file: string): Location['physicalLocation'] {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  const encoded = path
    .split('/')
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/')
  if (path.startsWith('/')) return { artifactLocation: { uri: `file://${encoded}` } }
  if (/^[A-Za-z]:\//.test(path)) return { artifactLocation: { uri: `file:///${encoded}` } }
  return { artifactLocation: { uri: encoded, uriBaseId: '%SRCROOT%' } }
}

/** The scenario line of the step a finding names; else of the flow's first step that has one. */
function scenarioLine(site: SiteReport, flowName: string, stepIndex: number | null): number {
  const flow = site.flows.find((f) => f.name === flowName)
  const named = stepIndex === null ? undefined : flow?.steps.find((s) => s.index === stepIndex)?.line
  return named ?? flow?.steps.find((s) => s.line !== undefined)?.line ?? 1
}

/** The scenario file at `line`, or the line of the URL list that named the scanned site. */
function sourceOf(site: SiteReport, line: number): Location['physicalLocation'] | undefined {
  if (site.scenarioFile) return { ...fileArtifact(site.scenarioFile), region: { startLine: line } }
  if (site.listedAt) return { ...fileArtifact(site.listedAt.file), region: { startLine: site.listedAt.line } }
  return undefined
}

function locationOf(site: SiteReport, flow: string | undefined, step: number | null, line: number): Location {
  const where = [site.site, ...(flow === undefined ? [] : [flow]), ...(step === null ? [] : [`step-${step}`])]
  const physicalLocation = sourceOf(site, line)
  return {
    ...(physicalLocation ? { physicalLocation } : {}),
    logicalLocations: [{ name: flow ?? site.site, fullyQualifiedName: where.join('/'), kind: 'module' }],
  }
}

function messageOf(finding: Finding, review: string | undefined): string {
  const { url, selector, text, screenshot } = finding.evidence
  const element = [selector, text === undefined ? undefined : JSON.stringify(text)].filter(Boolean).join(' ')
  return [
    finding.message,
    url ? `Page: ${url}` : '',
    element ? `Element: ${element}` : '',
    screenshot ? `Screenshot: ${screenshot}` : '',
    review ? `Needs review: ${review}` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** A finding without a fingerprint (a report written before they existed) gets the one
 * fingerprintFindings gives it, so the same finding keeps its id between two runs. */
function withFingerprints(site: SiteReport): SiteReport {
  const missing = site.results.some((r) => r.findings.some((f) => f.fingerprint === undefined))
  if (!missing) return site
  const computed = fingerprintFindings(site)
  return {
    ...site,
    results: site.results.map((result, r) => ({
      ...result,
      findings: result.findings.map((finding, f) => ({
        ...finding,
        fingerprint: finding.fingerprint ?? computed.results[r]?.findings[f]?.fingerprint,
      })),
    })),
  }
}

interface Context {
  ruleIndex: Map<string, number>
  warnOnly: Set<string>
  report: Pick<Report, 'failOn' | 'warnOnly'>
}

/** A finding that does not fail the build (its rule is set to warn, or it is below --fail-on) is
 * a warning at most, so code scanning and the exit code agree. */
const lowered = (level: Level, failing: boolean): Level => (!failing && level === 'error' ? 'warning' : level)

function findingResult(site: SiteReport, result: RuleResult, finding: Finding, ctx: Context): Result {
  const review = result.outcome === 'needs-review'
  const warnOnly = ctx.warnOnly.has(result.ruleId)
  const index = ctx.ruleIndex.get(result.ruleId)
  return {
    ruleId: result.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: review ? 'note' : lowered(LEVEL_OF[finding.severity], atFailingLevel(ctx.report, result, finding)),
    message: { text: messageOf(finding, review ? result.reason : undefined) },
    locations: [locationOf(site, finding.flow, finding.step, scenarioLine(site, finding.flow, finding.step))],
    ...(finding.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } } : {}),
    ...(finding.baseline ? { baselineState: finding.baseline } : {}),
    properties: {
      outcome: result.outcome,
      severity: finding.severity,
      ...(warnOnly ? { warnOnly: true } : {}),
      site: site.site,
      flow: finding.flow,
      step: finding.step,
      pageUrl: finding.evidence.url ?? null,
      selector: finding.evidence.selector ?? null,
      text: finding.evidence.text ?? null,
      screenshot: finding.evidence.screenshot ?? null,
      facts: finding.evidence.facts,
      references: finding.references.map((r) => `${r.law}, ${r.cite}`),
    },
  }
}

/** A rule that needs review without pointing at an element still has a reason a person should read. */
function reviewResult(site: SiteReport, result: RuleResult, ctx: Context): Result {
  const index = ctx.ruleIndex.get(result.ruleId)
  const firstLine = site.flows.flatMap((f) => f.steps).find((s) => s.line !== undefined)?.line ?? 1
  const fingerprint = createHash('sha256').update([result.ruleId, site.site, 'needs-review'].join('\u001f')).digest('hex').slice(0, 20)
  return {
    ruleId: result.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: 'note',
    message: { text: `Needs review: ${result.reason ?? 'the evidence is ambiguous.'}` },
    locations: [locationOf(site, undefined, null, firstLine)],
    partialFingerprints: { [FINGERPRINT_KEY]: `${fingerprint}:1` },
    properties: { outcome: result.outcome, site: site.site },
  }
}

function siteResults(site: SiteReport, ctx: Context): Result[] {
  return site.results.flatMap((result) => {
    if (result.outcome === 'fail') return result.findings.map((f) => findingResult(site, result, f, ctx))
    if (result.outcome !== 'needs-review') return []
    if (result.findings.length === 0) return [reviewResult(site, result, ctx)]
    return result.findings.map((f) => findingResult(site, result, f, ctx))
  })
}

/** Rules that could not run and sites that could not be walked: the audit is incomplete there. */
function siteNotifications(site: SiteReport, ctx: Context): Notification[] {
  const source = site.scenarioFile ? fileArtifact(site.scenarioFile) : sourceOf(site, 1)
  const locations = source ? [{ physicalLocation: source }] : []
  const siteError: Notification[] = site.error
    ? [{ level: 'error', message: { text: site.error }, ...(locations.length ? { locations } : {}), properties: { site: site.site } }]
    : []
  const ruleErrors = site.results
    .filter((r) => r.outcome === 'error')
    .map((r): Notification => {
      const index = ctx.ruleIndex.get(r.ruleId)
      return {
        level: 'error',
        message: { text: r.reason ?? `The rule ${r.ruleId} could not run.` },
        associatedRule: { id: r.ruleId, ...(index === undefined ? {} : { index }) },
        ...(locations.length ? { locations } : {}),
        properties: { site: site.site },
      }
    })
  return [...siteError, ...ruleErrors]
}

const isoOrUndefined = (date: string): string | undefined => {
  const time = Date.parse(date)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** The report as a SARIF 2.1.0 log with one run. */
export function renderSarif(report: Report): Log {
  const ctx: Context = {
    ruleIndex: new Map(report.rules.map((meta, i) => [meta.id, i])),
    warnOnly: new Set(report.warnOnly ?? []),
    report,
  }
  const sites = report.sites.map(withFingerprints)
  const endTimeUtc = isoOrUndefined(report.generatedAt)
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: report.rules.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: sites.every((s) => s.status === 'complete'),
            ...(endTimeUtc ? { endTimeUtc } : {}),
            toolExecutionNotifications: sites.flatMap((s) => siteNotifications(s, ctx)),
          },
        ],
        results: sites.flatMap((s) => siteResults(s, ctx)),
        properties: {
          jurisdictions: report.jurisdictions,
          auditDate: report.auditDate,
          failOn: report.failOn,
          ...(report.warnOnly?.length ? { warnOnly: report.warnOnly } : {}),
        },
      },
    ],
  }
}

/** Writes `report.sarif` beside `report.json`. */
export async function writeSarifReport(report: Report, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, SARIF_REPORT_FILE)
  await writeFileAtomic(file, `${JSON.stringify(renderSarif(report), null, 2)}\n`)
  return file
}
