import type { Finding, LegalReference, Outcome, RuleMeta, RuleResult, SiteReport } from '../model.js'
import { type JurisdictionProfile, jurisdictionName, notYetInForce, referencesIn } from '../../rules/jurisdictions.js'
import { OUTCOME_LABEL, OUTCOME_ORDER, resultSeverity, ruleSeverity } from '../report-counts.js'
import { renderEvidenceCrop } from './evidence-crop.js'
import type { RenderContext } from './render-context.js'
import { html, httpUrl, reportRelativeUrl, type SafeHtml } from './safe-html.js'
import { OUTCOME_ICON } from './summary-section.js'
import { urlPath } from './url-path.js'

/** A site's rule results, one group per outcome, attention-worthy outcomes first. */
export function renderRuleResults(site: SiteReport, ctx: RenderContext): SafeHtml {
  const byOutcome = (outcome: Outcome) => site.results.filter((r) => r.outcome === outcome)
  const noIndicator = byOutcome('fail').length === 0
  return html`${noIndicator && site.results.length > 0
    ? html`<div class="card empty-note"><strong>No indicators found</strong> on this site by the rules that could run.</div>`
    : ''}
${OUTCOME_ORDER.map((outcome) => renderGroup(outcome, byOutcome(outcome), site, ctx))}
<p class="no-match" hidden>No result of this site matches the filter.</p>`
}

function renderGroup(outcome: Outcome, results: RuleResult[], site: SiteReport, ctx: RenderContext): SafeHtml {
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
  ${seen.map((r) => renderRuleCard(r, ctx.rules.get(r.ruleId), site, ctx))}
  ${quiet.length > 0
    ? html`<details class="card group-card collapsible">
    <summary>Show ${quiet.length} ${quiet.length === 1 ? 'rule' : 'rules'}</summary>
    <ul class="compact-list">${quiet.map((r) => renderCompactResult(r, ctx.rules.get(r.ruleId), ctx.profile))}</ul>
  </details>`
    : ''}
</section>`
  }
  return html`<section class="outcome-group tone-${outcome}">
  ${title}
  ${results.map((r) => renderRuleCard(r, ctx.rules.get(r.ruleId), site, ctx))}
</section>`
}

function renderCompactResult(result: RuleResult, meta: RuleMeta | undefined, profile: JurisdictionProfile): SafeHtml {
  const severity = resultSeverity(result, meta, profile)
  return html`<li data-outcome="${result.outcome}" data-severity="${severity ?? ''}">
  <span class="rule-name">${meta?.title ?? result.ruleId}</span>
  <code>${result.ruleId}</code>
  ${severity ? html`<span class="badge sev-${severity}">${severity}</span>` : ''}
  ${result.reason ? html`<span class="why">${result.reason}</span>` : ''}
</li>`
}

const REASON_LEAD: Partial<Record<Outcome, string>> = {
  'needs-review': 'Why it needs review:',
  error: 'Why it could not be checked:',
  'not-applicable': 'Why it does not apply:',
}

function renderRuleCard(result: RuleResult, meta: RuleMeta | undefined, site: SiteReport, ctx: RenderContext): SafeHtml {
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
  const lead = REASON_LEAD[result.outcome]
  return html`<details class="card rule tone-${result.outcome} collapsible" open data-outcome="${result.outcome}" data-severity="${severity ?? ''}">
  <summary>
    ${severity ? html`<span class="badge sev-${severity}">${severity}</span>` : ''}
    <h4>${meta?.title ?? result.ruleId}</h4>
    <code class="rule-id">${result.ruleId}</code>
    ${countLabel ? html`<span class="rule-count">${countLabel}</span>` : ''}
  </summary>
  <div class="rule-body">
    ${result.reason ? html`<p class="reason">${lead ? html`<strong>${lead}</strong> ` : ''}${result.reason}</p>` : ''}
    ${result.findings.map((finding) => renderFinding(finding, meta, site, ctx))}
    ${result.outcome !== 'error' && meta ? renderGuidance(meta) : ''}
    ${result.outcome !== 'error' ? renderReferences(referencesOf(result, meta, ctx.profile), ctx.profile.auditDate) : ''}
  </div>
</details>`
}

/** The references the findings carry (already narrowed to the report's jurisdictions), else the
 * rule's in those jurisdictions; the same provision listed once. */
function referencesOf(result: RuleResult, meta: RuleMeta | undefined, profile: JurisdictionProfile): LegalReference[] {
  const all = result.findings.flatMap((f) => f.references)
  const seen = new Set<string>()
  return (all.length > 0 ? all : referencesIn(meta?.references ?? [], profile.jurisdictions)).filter((ref) => {
    const key = `${ref.law}\u0000${ref.cite}\u0000${ref.url}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function renderFinding(finding: Finding, meta: RuleMeta | undefined, site: SiteReport, ctx: RenderContext): SafeHtml {
  const id = ctx.findingIds.get(finding)
  const evidence = renderEvidence(finding, site, ctx)
  return html`<article class="finding" id="${id ?? ''}">
  <div class="finding-head">
    <span class="finding-title">${finding.flow} flow${finding.step !== null ? html` · step ${finding.step}` : ''}</span>
    ${meta && finding.severity !== ruleSeverity(meta, ctx.profile) ? html`<span class="badge sev-${finding.severity}">${finding.severity}</span>` : ''}
  </div>
  <p class="message">${finding.message}</p>
  <div class="finding-body${evidence ? '' : ' no-evidence'}">
    ${evidence ?? ''}
    <div class="details">${renderEvidenceDetails(finding)}</div>
  </div>
</article>`
}

/** The step's screenshot, cropped around the element when the finding has its box. */
function renderEvidence(finding: Finding, site: SiteReport, ctx: RenderContext): SafeHtml | undefined {
  const stepShot =
    finding.step === null
      ? undefined
      : site.flows.find((f) => f.name === finding.flow)?.steps.find((s) => s.index === finding.step)?.screenshot
  const path = finding.evidence.screenshot ?? stepShot
  const src = reportRelativeUrl(path)
  if (!path || !src) return undefined
  const image = ctx.images.get(path)
  const box = finding.evidence.box
  const caption = html`<figcaption><span>${box ? 'The element is outlined.' : 'Top of the page.'}</span><a href="${src}" target="_blank" rel="noopener">Open full screenshot</a></figcaption>`
  if (!image) {
    return html`<figure><div class="no-shot-note">The screenshot <code>${path}</code> is not in the report folder.</div></figure>`
  }
  const alt = `Screenshot of ${finding.flow} flow${finding.step !== null ? ` step ${finding.step}` : ''}`
  if (!box) {
    return html`<figure><a class="shot-plain" href="${src}" target="_blank" rel="noopener"><img src="${src}" alt="${alt}" decoding="async"></a>${caption}</figure>`
  }
  return html`<figure>${renderEvidenceCrop({ src, image, box, alt: `${alt}, the element outlined` })}${caption}</figure>`
}

function renderEvidenceDetails(finding: Finding): SafeHtml {
  const { selector, text, url, facts } = finding.evidence
  const href = httpUrl(url)
  const factEntries = Object.entries(facts)
  const rows = [
    selector ? html`<dt>Element</dt><dd><code>${selector}</code></dd>` : '',
    text ? html`<dt>Text</dt><dd><blockquote>${text}</blockquote></dd>` : '',
    url
      ? html`<dt>Page</dt><dd>${href ? html`<a href="${href}" target="_blank" rel="noopener noreferrer" title="${url}">${urlPath(url)}</a>` : url}</dd>`
      : '',
  ]
  return html`${rows.some((r) => r !== '') ? html`<dl>${rows}</dl>` : ''}
${factEntries.length > 0
  ? html`<table class="facts"><caption hidden>Measured facts</caption><tbody>${factEntries.map(
      ([key, value]) => html`<tr><th scope="row">${key}</th><td>${formatFact(value)}</td></tr>`,
    )}</tbody></table>`
  : ''}`
}

function formatFact(value: string | number | boolean | null): string {
  if (value === null) return '—'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100)
  return value
}

function renderGuidance(meta: RuleMeta): SafeHtml {
  return html`<div class="guidance">
  <div><h5>Why it matters</h5><p>${meta.help}</p></div>
  <div><h5>How to fix</h5><p>${meta.fix}</p></div>
</div>`
}

/** Provisions not yet in force on the audit date are listed, marked, and weigh nothing. */
function renderReferences(references: LegalReference[], auditDate: string): SafeHtml {
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
      <td>${href ? html`<a href="${href}" target="_blank" rel="noopener noreferrer">${ref.cite}</a>` : ref.cite}${ref.note ? html`<span class="note">${ref.note}</span>` : ''}</td>
      <td><code title="${jurisdictionName(ref.jurisdiction)}">${ref.jurisdiction}</code></td>
      <td>${ref.effectiveFrom ?? '—'}${later ? html`<span class="informational-mark">informational — ${later}</span>` : ''}</td>
    </tr>`
    })}</tbody>
  </table></div>
</div>`
}
