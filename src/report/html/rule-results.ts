import type { Finding, LegalReference, Outcome, ReportedRule, RuleResult, SiteReport } from '../model.js'
import { isJurisdiction, JURISDICTIONS, type JurisdictionProfile, jurisdictionName, notYetInForce, referencesIn } from '../../rules/jurisdictions.js'
import { rolesRead } from '../../rules/lib/requirements.js'
import { OUTCOME_LABEL, OUTCOME_ORDER, resultSeverity, ruleSeverity } from '../report-counts.js'
import { renderEvidenceCrop } from './evidence-crop.js'
import { type RenderContext, resultAnchor } from './render-context.js'
import { html, httpUrl, reportRelativeUrl, type SafeHtml } from './safe-html.js'
import { OUTCOME_ICON } from './summary-section.js'
import { formatFact, type TicketInput, ticketRuleMarkdown } from './ticket-markdown.js'
import { urlPath } from './url-path.js'

/** A site's rule results, one group per outcome, attention-worthy outcomes first. */
export function renderRuleResults(site: SiteReport, siteIndex: number, ctx: RenderContext): SafeHtml {
  const byOutcome = (outcome: Outcome) => site.results.filter((r) => r.outcome === outcome)
  const noIndicator = byOutcome('fail').length === 0
  const row: RowContext = { site, siteIndex, ctx }
  return html`${noIndicator && site.results.length > 0
    ? html`<div class="card empty-note"><strong>No indicators found</strong> on this site by the rules that could run.</div>`
    : ''}
${OUTCOME_ORDER.map((outcome) => renderGroup(outcome, byOutcome(outcome), row))}
<p class="no-match" hidden>No result of this site matches the filter.</p>`
}

interface RowContext {
  site: SiteReport
  siteIndex: number
  ctx: RenderContext
}

function renderGroup(outcome: Outcome, results: RuleResult[], row: RowContext): SafeHtml {
  if (results.length === 0) return html``
  const title = html`<h3 class="group-title"><span class="group-icon" aria-hidden="true">${OUTCOME_ICON[outcome]}</span>${OUTCOME_LABEL[outcome]}<span class="count">${results.length}</span></h3>`
  // Passes and inapplicable rules are many and quiet: one collapsed list, not a card each. A rule
  // that saw something but has no provision in force in the report's jurisdictions keeps its card,
  // so what was seen stays visible.
  if (outcome === 'pass' || outcome === 'not-applicable') {
    const quiet = results.filter((r) => r.findings.length === 0)
    const seen = results.filter((r) => r.findings.length > 0)
    return html`<section class="outcome-group tone-${outcome}">
  ${title}
  ${seen.map((r) => renderRuleCard(r, row))}
  ${quiet.length > 0
    ? html`<details class="card group-card collapsible">
    <summary>Show ${quiet.length} ${quiet.length === 1 ? 'rule' : 'rules'}</summary>
    <ul class="compact-list">${quiet.map((r) => renderCompactResult(r, row))}</ul>
  </details>`
    : ''}
</section>`
  }
  // Said once for the group rather than under every screenshot of it.
  const shots = results.some((r) => r.findings.some((f) => f.evidence.screenshot))
  return html`<section class="outcome-group tone-${outcome}">
  ${title}
  ${shots ? html`<p class="group-note">A finding's screenshot outlines the element it is about; click it for the full screenshot.</p>` : ''}
  ${results.map((r) => renderRuleCard(r, row))}
</section>`
}

/** The attributes the filter script reads on a result. Flows and jurisdictions are those of its
 * findings, or the rule's own when it has none, so a filter never hides a result for lack of data.
 * A result without findings has nothing of its own to say there: its anchor names its rule, and the script
 * reads flows, jurisdictions and severity from the rule's entry in the provisions section (see
 * `ruleFilterAttributes`), and the site from the section it is in. Fifty sites of quiet rules
 * would otherwise repeat the same values a thousand times. */
function filterAttributes(result: RuleResult, meta: ReportedRule | undefined, severity: string | undefined, row: RowContext): SafeHtml {
  const own = html` id="${resultAnchor(row.siteIndex, result.ruleId)}" data-outcome="${result.outcome}"`
  const values = filterValues(result, meta, severity, row.ctx)
  // A quiet result's rule is read from its anchor (`s3-r-confirmshaming`).
  if (!values) return own
  const isNew = result.findings.some((f) => f.baseline === 'new')
  return html`${own} data-rule="${result.ruleId}" data-severity="${values.severity}" data-flow="${values.flow}" data-jurisdictions="${values.jurisdictions}"${isNew ? html` data-new="1"` : ''}`
}

interface FilterValues {
  severity: string
  flow: string
  jurisdictions: string
}

/** A result's own filter values; undefined when they are its rule's (no findings, a known rule). */
function filterValues(result: RuleResult, meta: ReportedRule | undefined, severity: string | undefined, ctx: RenderContext): FilterValues | undefined {
  if (result.findings.length === 0 && meta) return undefined
  const flows = result.findings.length > 0 ? result.findings.map((f) => f.flow) : meta ? flowWords(meta) : []
  const jurisdictions =
    result.findings.length > 0
      ? result.findings.flatMap((f) => applicableIn(f.references, ctx.profile))
      : applicableIn(referencesIn(meta?.references ?? [], ctx.profile.jurisdictions), ctx.profile)
  return { severity: severity ?? '', flow: spaced(flows), jurisdictions: spaced(jurisdictions) }
}

/** What a result of the rule without findings is filtered by, held once on the rule's entry. */
function ruleFilterAttributes(meta: ReportedRule, profile: JurisdictionProfile): SafeHtml {
  const jurisdictions = applicableIn(referencesIn(meta.references, profile.jurisdictions), profile)
  return html` data-severity="${ruleSeverity(meta, profile)}" data-flow="${spaced(flowWords(meta))}" data-jurisdictions="${spaced(jurisdictions)}"`
}

/** The flows a rule reads, as the flow filter matches them: by role, `*` for every flow. */
const flowWords = (meta: ReportedRule): string[] => rolesRead(meta.requires).map((role) => (role === 'any' ? '*' : role))

const spaced = (values: readonly string[]): string => [...new Set(values.map((v) => v.replace(/\s+/g, '_')))].join(' ')

/** The report's jurisdictions where the references apply: a provision of `eu` applies in `de` too,
 * so a finding citing EU law shows under Germany; a German provision does not show under the EU. */
export function applicableIn(references: readonly LegalReference[], profile: JurisdictionProfile): string[] {
  const cited = new Set(references.map((ref) => ref.jurisdiction))
  return profile.jurisdictions.filter((tag) => {
    for (let t: string | undefined = tag; t; t = isJurisdiction(t) ? JURISDICTIONS[t].parent : undefined) if (cited.has(t)) return true
    return false
  })
}

function renderCompactResult(result: RuleResult, row: RowContext): SafeHtml {
  const meta = row.ctx.rules.get(result.ruleId)
  const severity = resultSeverity(result, meta, row.ctx.profile)
  // The rule's id and severity are left to its entry in the provisions section: beside a rule that
  // saw nothing they are noise, and the filters still read them.
  return html`<li${filterAttributes(result, meta, severity, row)}><b>${meta?.title ?? result.ruleId}</b>${row.ctx.warnOnly.has(result.ruleId) ? WARN_ONLY_BADGE : ''}${result.reason ? html`<span class="why">${result.reason}</span>` : ''}</li>`
}

const WARN_ONLY_BADGE = html` <span class="badge warn-only" title="Set to warn in the configuration">warn only: does not fail the build</span>`

const REASON_LEAD: Partial<Record<Outcome, string>> = {
  'needs-review': 'Why it needs review:',
  error: 'Why it could not be checked:',
  'not-applicable': 'Why it does not apply:',
}

function renderRuleCard(result: RuleResult, row: RowContext): SafeHtml {
  const { ctx } = row
  const meta = ctx.rules.get(result.ruleId)
  const severity = resultSeverity(result, meta, ctx.profile)
  const count = result.findings.length
  const countLabel =
    result.outcome === 'fail'
      ? `${count} ${count === 1 ? 'indicator' : 'indicators'}`
      : count === 0
        ? ''
        : result.outcome === 'not-applicable'
          ? `${count} seen, not counted`
          : `${count} to review`
  const newCount = result.findings.filter((f) => f.baseline === 'new').length
  const lead = REASON_LEAD[result.outcome]
  const references = referencesOf(result, meta, ctx.profile)
  return html`<details class="card rule tone-${result.outcome} collapsible" open${filterAttributes(result, meta, severity, row)}>
  <summary>
    ${severity ? html`<span class="badge sev-${severity}">${severity}</span>` : ''}
    <h4>${meta?.title ?? result.ruleId}</h4>
    <code class="rule-id">${result.ruleId}</code>${ctx.warnOnly.has(result.ruleId) ? WARN_ONLY_BADGE : ''}
    ${newCount > 0 ? html`<span class="badge badge-new">${newCount} new</span>` : ''}
    ${countLabel ? html`<span class="rule-count">${countLabel}</span>` : ''}
  </summary>
  <div class="rule-body">
    ${result.reason ? html`<p class="reason">${lead ? html`<strong>${lead}</strong> ` : ''}${result.reason}</p>` : ''}
    ${result.findings.map((finding) => renderFinding(finding, result, meta, references, filterValues(result, meta, severity, ctx), row))}
    ${result.outcome !== 'error' && meta ? renderFix(meta) : ''}
    ${result.outcome !== 'error' ? renderReferenceSummary(references, meta, ctx.profile) : ''}
  </div>
</details>`
}

/** The references the findings carry (already narrowed to the report's jurisdictions), else the
 * rule's in those jurisdictions; the same provision listed once. */
function referencesOf(result: RuleResult, meta: ReportedRule | undefined, profile: JurisdictionProfile): LegalReference[] {
  const all = result.findings.flatMap((f) => f.references)
  return uniqueReferences(all.length > 0 ? all : referencesIn(meta?.references ?? [], profile.jurisdictions))
}

const referenceKey = (ref: LegalReference): string => `${ref.law}\u0000${ref.cite}\u0000${ref.url}\u0000${ref.note ?? ''}`

const sharedReferences = (meta: ReportedRule, profile: JurisdictionProfile): LegalReference[] =>
  uniqueReferences(referencesIn(meta.references, profile.jurisdictions))

const sameReferences = (a: readonly LegalReference[], b: readonly LegalReference[]): boolean =>
  a.length === b.length && a.every((ref, i) => referenceKey(ref) === referenceKey(b[i]!))

function uniqueReferences(references: readonly LegalReference[]): LegalReference[] {
  const seen = new Set<string>()
  return references.filter((ref) => {
    const key = referenceKey(ref)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** What the ticket of a finding is made of, and whether its rule part is the one the report prints
 * once for the rule (else the finding carries its own). The copy button composes the ticket from
 * what the finding shows; `ticketMarkdown` of this input is the text it must compose. */
export function ticketInputOf(finding: Finding, result: RuleResult, site: SiteReport, ctx: RenderContext): { input: TicketInput; sharesRulePart: boolean } {
  const meta = ctx.rules.get(result.ruleId)
  const step = finding.step === null ? undefined : site.flows.find((f) => f.name === finding.flow)?.steps.find((s) => s.index === finding.step)
  const screenshot = finding.evidence.screenshot ?? step?.screenshot
  const references = finding.references.length > 0 ? uniqueReferences(finding.references) : referencesOf(result, meta, ctx.profile)
  const input: TicketInput = {
    finding,
    meta,
    ...(step ? { stepAction: step.action } : {}),
    ...(screenshot ? { screenshot } : {}),
    references,
    auditDate: ctx.profile.auditDate,
  }
  return { input, sharesRulePart: meta !== undefined && sameReferences(references, sharedReferences(meta, ctx.profile)) }
}

/** A finding names the flow, jurisdictions and severity it is filtered by only where they differ
 * from its result's (most results have one finding); the script reads the result's otherwise. */
function renderFinding(
  finding: Finding,
  result: RuleResult,
  meta: ReportedRule | undefined,
  references: readonly LegalReference[],
  inResult: FilterValues | undefined,
  row: RowContext,
): SafeHtml {
  const { site, ctx } = row
  const id = ctx.findingIds.get(finding)
  const { input, sharesRulePart } = ticketInputOf(finding, result, site, ctx)
  const evidence = renderEvidence(finding, input.screenshot, ctx)
  // The copy button composes the ticket from what the finding shows; what it does not show is
  // in data attributes, and a rule part other than the rule's shared one in a template.
  const ownRulePart = sharesRulePart ? '' : ticketRuleMarkdown(meta, input.references, ctx.profile.auditDate)
  const flow = spaced([finding.flow])
  const jurisdictions = spaced(applicableIn(finding.references.length > 0 ? finding.references : references, ctx.profile))
  const differs = (name: keyof FilterValues, value: string): SafeHtml | '' =>
    inResult?.[name] === value ? '' : html` data-${name}="${value}"`
  return html`<article class="finding" id="${id ?? ''}"${differs('flow', flow)}${differs('jurisdictions', jurisdictions)}${differs('severity', finding.severity)}${input.screenshot ? html` data-shot="${input.screenshot}"` : ''}${finding.site !== site.site ? html` data-site="${finding.site}"` : ''}${finding.baseline === 'new' ? html` data-new="1"` : ''}>
  <div class="finding-head">
    <span class="finding-title">${finding.flow} flow${finding.step !== null ? html` · step ${finding.step}` : ''}</span>
    ${meta && finding.severity !== ruleSeverity(meta, ctx.profile) ? html`<span class="badge sev-${finding.severity}">${finding.severity}</span>` : ''}
    ${finding.baseline === 'new' ? html`<span class="badge badge-new" title="Not in the baseline report">New</span>` : ''}
    ${finding.baseline === 'unchanged' ? html`<span class="seen-before" title="Also in the baseline report">Seen before</span>` : ''}
    <button type="button" class="copy-ticket" data-copy-ticket hidden>Copy as ticket</button>
  </div>
  <p class="message">${finding.message}</p>
  <div class="finding-body${evidence ? '' : ' no-evidence'}">
    ${evidence ?? ''}
    <div class="details">${renderEvidenceDetails(finding)}</div>
  </div>${ownRulePart ? html`<template>${ownRulePart}</template>` : ''}
</article>`
}

/** The step's screenshot, cropped around the element when the finding has its box. */
function renderEvidence(finding: Finding, path: string | undefined, ctx: RenderContext): SafeHtml | undefined {
  if (!path || !reportRelativeUrl(path)) return undefined
  const src = ctx.imageSrc(path)
  const image = ctx.images.get(path)
  if (!image || !src) {
    return html`<figure><div class="no-shot-note">The screenshot <code>${path}</code> is not in the report folder.</div></figure>`
  }
  const href = ctx.imageHref(path)
  const box = finding.evidence.box
  // The image itself links to the full screenshot, as the group's note says; a screenshot with
  // nothing outlined says why.
  const caption = box ? '' : html`<figcaption>Top of the page.</figcaption>`
  const alt = `Screenshot of ${finding.flow} flow${finding.step !== null ? ` step ${finding.step}` : ''}`
  if (!box) {
    const img = html`<img src="${src}" alt="${alt}" loading="lazy">`
    return html`<figure>${href ? html`<a class="shot-plain" href="${href}">${img}</a>` : html`<span class="shot-plain">${img}</span>`}${caption}</figure>`
  }
  return html`<figure>${renderEvidenceCrop({ src, href, image, box, alt: `${alt}, the element outlined` })}${caption}</figure>`
}

function renderEvidenceDetails(finding: Finding): SafeHtml {
  const { selector, text, url, facts } = finding.evidence
  const href = httpUrl(url)
  const factEntries = Object.entries(facts)
  const rows = [
    selector ? html`<dt>Element</dt><dd><code>${selector}</code></dd>` : '',
    text ? html`<dt>Text</dt><dd><blockquote>${text}</blockquote></dd>` : '',
    url
      ? html`<dt>Page</dt><dd>${href ? html`<a href="${href}" target="_blank">${urlPath(url)}</a>` : url}</dd>`
      : '',
  ]
  return html`${rows.some((r) => r !== '') ? html`<dl>${rows}</dl>` : ''}
${factEntries.length > 0
  ? html`<dl class="facts">${factEntries.map(([key, value]) => html`<dt>${key}</dt><dd>${formatFact(value)}</dd>`)}</dl>`
  : ''}`
}

/** Under a result, what to do: the rule's fix, with its reasoning a link away in the rule's entry.
 * Fifty sites need not print the same two paragraphs a rule at a time. */
function renderFix(meta: ReportedRule): SafeHtml {
  return html`<p class="fix"><strong>How to fix:</strong> ${meta.fix} <a href="#${lawAnchor(meta.id)}">Why it matters</a></p>`
}

function renderGuidance(meta: ReportedRule): SafeHtml {
  return html`<div class="guidance">
  <div><h5>Why it matters</h5><p>${meta.help}</p></div>
  <div><h5>How to fix</h5><p>${meta.fix}</p></div>
</div>`
}

/** The provisions under a result. When they are the rule's own in the report's jurisdictions, the
 * full table (notes and all) is printed once for the report, in the provisions section, and the
 * result only names them: fifty sites need not repeat it fifty times. */
function renderReferenceSummary(references: LegalReference[], meta: ReportedRule | undefined, profile: JurisdictionProfile): SafeHtml {
  if (references.length === 0) return html``
  if (!meta || !sameReferences(references, sharedReferences(meta, profile))) return renderReferences(references, profile.auditDate)
  return html`<p class="reference-line"><strong>Provisions this touches:</strong> ${references.map((ref, i) => {
    const later = notYetInForce(ref, profile.auditDate)
    return html`${i > 0 ? ' · ' : ''}${ref.law} <code>${ref.jurisdiction}</code>${later ? html` <span class="informational-mark">(${later})</span>` : ''}`
  })} — <a href="#${lawAnchor(meta.id)}">details</a></p>`
}

export const lawAnchor = (ruleId: string): string => `law-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`
/** The id of the template holding the ticket text a rule's findings share. */
const ticketRuleAnchor = (ruleId: string): string => `ticket-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`

/** Provisions not yet in force on the audit date are listed, marked, and weigh nothing. */
export function renderReferences(references: LegalReference[], auditDate: string): SafeHtml {
  if (references.length === 0) return html``
  return html`<div class="references">
  <h5>Provisions this touches</h5>
  <div class="table-scroll"><table>
    <thead><tr><th>Law</th><th>Provision</th><th>Jurisdiction</th><th>In force from</th></tr></thead>
    <tbody>${references.map((ref) => {
      const href = httpUrl(ref.url)
      const later = notYetInForce(ref, auditDate)
      return html`<tr${later ? html` class="informational"` : ''}>
      <td><strong>${ref.law}</strong></td>
      <td>${href ? html`<a href="${href}" target="_blank">${ref.cite}</a>` : ref.cite}${ref.note ? html`<span class="note">${ref.note}</span>` : ''}</td>
      <td><code title="${jurisdictionName(ref.jurisdiction)}">${ref.jurisdiction}</code></td>
      <td>${ref.effectiveFrom ?? '—'}${later ? html`<span class="informational-mark">informational — ${later}</span>` : ''}</td>
    </tr>`
    })}</tbody>
  </table></div>
</div>`
}

/** Every rule a result names, with why it matters, how to fix it and its provisions in the report's
 * jurisdictions: the one place these are printed in full. */
export function renderProvisions(ruleIds: readonly string[], ctx: RenderContext): SafeHtml {
  const metas = ruleIds.map((id) => ctx.rules.get(id)).filter((m): m is ReportedRule => m !== undefined)
  if (metas.length === 0) return html``
  return html`<section class="provisions" aria-labelledby="provisions-title">
  <h2 id="provisions-title" class="section-title">Rules and the provisions they touch</h2>
  ${metas.map((meta) => html`<details class="card law collapsible" id="${lawAnchor(meta.id)}"${ruleFilterAttributes(meta, ctx.profile)}>
    <summary><span class="badge sev-${ruleSeverity(meta, ctx.profile)}">${ruleSeverity(meta, ctx.profile)}</span> <strong>${meta.title}</strong> <code>${meta.id}</code>${ctx.warnOnly.has(meta.id) ? WARN_ONLY_BADGE : ''}</summary>
    <div class="law-body">${renderGuidance(meta)}${renderReferences(sharedReferences(meta, ctx.profile), ctx.profile.auditDate)}</div>
    <template id="${ticketRuleAnchor(meta.id)}">${ticketRuleMarkdown(meta, sharedReferences(meta, ctx.profile), ctx.profile.auditDate)}</template>
  </details>`)}
</section>`
}
