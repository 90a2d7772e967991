import type { Outcome, Report, RuleResult } from '../model.js'
import { OUTCOME_LABEL, resultSeverity, totalsOf } from '../report-counts.js'
import type { RenderContext } from './render-context.js'
import { html, type SafeHtml } from './safe-html.js'
import { OUTCOME_ICON } from './summary-section.js'

const QUIET: readonly Outcome[] = ['pass', 'not-applicable']

/** The rules worth a column: those that are not quiet (pass or not applicable) on every site, in
 * the report's rule order, then any rule id a result names that the report does not list. */
export function matrixRuleIds(report: Report): string[] {
  const loud = new Set<string>()
  for (const site of report.sites) for (const r of site.results) if (!QUIET.includes(r.outcome)) loud.add(r.ruleId)
  const listed = report.rules.map((meta) => meta.id)
  return [...listed.filter((id) => loud.has(id)), ...[...loud].filter((id) => !listed.includes(id))]
}

/** Sites down, rules across: where each rule saw something, at a glance, for many sites. Shown from
 * two sites on; one site reads better in its own section. Rows sort by a column and follow the
 * filters (outcome, severity, rule, site; on an overview without results, the search too). */
export function renderSiteRuleMatrix(report: Report, ctx: RenderContext): SafeHtml {
  if (report.sites.length < 2) return html``
  const ruleIds = matrixRuleIds(report)
  const title = html`<h3 id="matrix-title">Sites × rules</h3>`
  if (ruleIds.length === 0) {
    return html`<div class="matrix-block">${title}<p class="empty-note">Every rule saw nothing or did not apply, on every site.</p></div>`
  }
  const resultsOf = (ruleId: string): RuleResult[] =>
    report.sites.flatMap((site) => site.results.filter((r) => r.ruleId === ruleId))
  return html`<div class="matrix-block">
  ${title}
  <p class="matrix-hint">Only rules that found something, need review or could not run somewhere have a column. Each cell links to the result.</p>
  <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-title">
  <table class="matrix">
    <thead><tr><th scope="col" class="matrix-corner">Site</th>${ruleIds.map((id) => {
      const meta = ctx.rules.get(id)
      const warn = ctx.warnOnly.has(id)
      return html`<th scope="col" class="matrix-rule${warn ? ' is-warn-only' : ''}" title="${meta?.title ?? id}${warn ? ' (warn only)' : ''}"><span>${id}</span></th>`
    })}<th scope="col" class="matrix-total" title="Indicators on the site">Σ</th></tr></thead>
    <tbody>${report.sites.map((site, s) => html`<tr data-site="${site.site}" data-url="${site.baseUrl}" data-cells="${loudCells(site.results, ruleIds, ctx)}">
      <th scope="row"><a href="${ctx.siteHref(s)}">${site.site}</a>${site.status === 'incomplete' ? html` <span class="badge status-incomplete" title="${site.error ?? 'A flow stopped before its end'}">incomplete</span>` : ''}</th>${ruleIds.map((id) =>
        renderCell(site.results.find((r) => r.ruleId === id), ctx.resultHref(s, id), ctx))}<td class="matrix-total">${totalsOf(site.results).indicatorCount}</td>
    </tr>`)}</tbody>
    <tfoot><tr><th scope="row">Indicators</th>${ruleIds.map((id) => {
      const results = resultsOf(id)
      const failing = results.filter((r) => r.outcome === 'fail')
      const findings = failing.reduce((n, r) => n + r.findings.length, 0)
      const review = results.filter((r) => r.outcome === 'needs-review').length
      const label = `${findings} ${findings === 1 ? 'indicator' : 'indicators'} on ${failing.length} ${failing.length === 1 ? 'site' : 'sites'}${review > 0 ? `, ${review} to review` : ''}`
      return html`<td title="${label}"><strong>${findings}</strong>${failing.length > 0 ? html`<small>${failing.length}/${report.sites.length}</small>` : ''}</td>`
    })}<td class="matrix-total">${totalsOf(report.sites.flatMap((site) => site.results)).indicatorCount}</td></tr></tfoot>
  </table>
  </div>
</div>`
}

/** What the filters compare a row with: `rule:outcome:severity` of each result that is not quiet, in
 * the matrix's columns. */
function loudCells(results: readonly RuleResult[], ruleIds: readonly string[], ctx: RenderContext): string {
  return results
    .filter((r) => ruleIds.includes(r.ruleId) && !(QUIET.includes(r.outcome) && r.findings.length === 0))
    .map((r) => `${r.ruleId}:${r.outcome}:${r.outcome === 'fail' ? resultSeverity(r, ctx.rules.get(r.ruleId), ctx.profile) : ''}`)
    .join(' ')
}

function renderCell(result: RuleResult | undefined, href: string, ctx: RenderContext): SafeHtml {
  if (!result) return html`<td class="mx-absent" title="Not run on this site">·</td>`
  // Quiet cells are most of a big matrix: an icon, no link, no tooltip, and a pass, the commonest,
  // not even a class (the style sheet's default cell).
  if (QUIET.includes(result.outcome) && result.findings.length === 0) {
    return result.outcome === 'pass' ? html`<td>${OUTCOME_ICON.pass}</td>` : html`<td class="mx-quiet">${OUTCOME_ICON[result.outcome]}</td>`
  }
  const severity = result.outcome === 'fail' ? resultSeverity(result, ctx.rules.get(result.ruleId), ctx.profile) : undefined
  const tone = severity ? `sev-${severity}` : `tone-${result.outcome}`
  const count = result.findings.length
  const label = `${OUTCOME_LABEL[result.outcome]}${severity ? ` (${severity})` : ''}${count > 0 ? `: ${count} ${count === 1 ? 'finding' : 'findings'}` : ''}`
  return html`<td class="mx-cell ${tone}"><a href="${href}" title="${label}">${OUTCOME_ICON[result.outcome]}${count > 0 ? html`<b>${count}</b>` : ''}</a></td>`
}
