import { formatDuration, formatTimestamp } from '../format-time.js'
import { type Outcome, type Report, Severity } from '../model.js'
import { OUTCOME_LABEL, OUTCOME_ORDER, reportTotals, siteTotals } from '../report-counts.js'
import { jurisdictionName } from '../../rules/jurisdictions.js'
import type { RenderContext } from './render-context.js'
import { html, type SafeHtml } from './safe-html.js'
import { matrixRuleIds, renderSiteRuleMatrix } from './site-rule-matrix.js'

const OUTCOME_HINT: Record<Outcome, string> = {
  fail: 'rules that saw a dark-pattern indicator',
  'needs-review': 'ambiguous evidence: a person should look',
  error: 'rules that could not run to the end',
  pass: 'rules that saw nothing to report',
  'not-applicable': 'flows they need were not walked, or no provision in force where the report applies',
}

export const OUTCOME_ICON: Record<Outcome, string> = {
  fail: '!',
  'needs-review': '?',
  error: '×',
  pass: '✓',
  'not-applicable': '–',
}

/** Past this many sites the masthead lists none: the sites table and the matrix link them all. */
const MASTHEAD_SITE_LINKS = 20

export const DISCLAIMER =
  'These are indicators: what a browser saw on the pages and which legal provisions it touches. ' +
  'Whether a practice is unlawful depends on facts a browser cannot see, such as the jurisdiction, the contract and the emails sent later.'

/** The report's head: what was audited, when and under which law, with a link to each site, or on a
 * site's own page (`back`) the way back to the overview. */
export function renderMasthead(report: Report, ctx: RenderContext, back?: string): SafeHtml {
  const siteCount = report.sites.length
  return html`<header class="masthead">
  <div class="wrap">
    <div class="brand"><span class="brand-mark" aria-hidden="true">✓</span>${report.tool.name} <span class="version">v${report.tool.version}</span></div>
    <h1>Subscription flow audit</h1>
    <div class="meta">
      <span>Generated <strong>${formatTimestamp(report.generatedAt)}</strong></span>
      <span><strong>${siteCount}</strong> ${siteCount === 1 ? 'site' : 'sites'} audited</span>
      <span>Fails on <strong>${report.failOn}</strong> and above</span>
      <span>Jurisdictions: <strong>${report.jurisdictions.map(jurisdictionName).join(', ') || 'none'}</strong></span>
      <span>Law as of <strong>${report.auditDate}</strong></span>
      <span><strong>${report.rules.length}</strong> rules</span>
    </div>
    ${back
      ? html`<nav class="sites-audited" aria-label="Report"><a href="${back}">← All ${siteCount} sites</a></nav>`
      : siteCount <= MASTHEAD_SITE_LINKS
        ? html`<nav class="sites-audited" aria-label="Sites audited">${report.sites.map((site, i) => html`<a href="${ctx.siteHref(i)}">${site.site}</a>`)}</nav>`
        : ''}
  </div>
</header>`
}

/** The sites table, unless the matrix lists the sites instead: a sweep's hundreds of rows would push
 * the matrix, which says more, off the first screens. */
const listsSites = (report: Report): boolean => report.sites.length <= MASTHEAD_SITE_LINKS || matrixRuleIds(report).length === 0

/** A report that SIGINT or SIGTERM ended early says so before any count, and names what it lacks. */
function renderInterrupted(report: Report): SafeHtml | '' {
  const stopped = report.interrupted
  if (!stopped) return ''
  const missing = stopped.notAudited
  const shown = missing.slice(0, 10).join(', ')
  return html`<p class="interrupted-note" role="status"><strong>Partial report.</strong> The audit was stopped by ${stopped.signal} before ${missing.length} ${missing.length === 1 ? 'site was' : 'sites were'} audited${missing.length > 0 ? html`: ${shown}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}` : ''}. The counts below cover only the sites it finished.</p>`
}

export function renderSummary(report: Report, ctx: RenderContext): SafeHtml {
  const totals = reportTotals(report)
  return html`<section class="card summary" aria-labelledby="summary-title">
  <h2 id="summary-title">Summary</h2>
  ${renderInterrupted(report)}
  <div class="tiles">
    ${OUTCOME_ORDER.map(
      (outcome) => html`<a class="tile tone-${outcome}" href="#outcome=${outcome}" data-tile-outcome="${outcome}">
      <div class="count">${totals.outcomes[outcome]}</div>
      <div class="label">${OUTCOME_LABEL[outcome]}</div>
      <div class="hint">${OUTCOME_HINT[outcome]}</div>
    </a>`,
    )}
  </div>
  <div class="summary-row">
    <div>
      <h3>Indicators by severity</h3>
      <ul class="severity-counts">
        ${Severity.options.map((severity) => {
          const n = totals.indicators[severity]
          const most = Math.max(1, ...Object.values(totals.indicators))
          return html`<li class="sev-${severity}${n === 0 ? ' is-zero' : ''}"><span class="badge sev-${severity}">${severity}</span><span class="severity-bar"><span style="width:${Math.round((n / most) * 100)}%"></span></span><strong>${n}</strong></li>`
        })}
      </ul>
    </div>
    ${listsSites(report) ? html`<div>
      <h3>Sites</h3>
      <div class="table-scroll">
      <table class="site-table">
        <thead><tr><th>Site</th><th>Status</th><th class="num">Indicators</th><th class="num">Needs review</th><th class="num">Could not check</th><th class="num">Duration</th></tr></thead>
        <tbody>
          ${report.sites.map((site, i) => {
            const t = siteTotals(site)
            return html`<tr>
            <td><a href="${ctx.siteHref(i)}">${site.site}</a></td>
            <td><span class="badge status-${site.status}">${site.status}</span></td>
            <td class="num">${t.indicatorCount}</td>
            <td class="num">${t.outcomes['needs-review']}</td>
            <td class="num">${t.outcomes.error}</td>
            <td class="num">${formatDuration(site.durationMs)}</td>
          </tr>`
          })}
        </tbody>
      </table>
      </div>
    </div>` : ''}
  </div>
  ${renderSiteRuleMatrix(report, ctx)}
  <p class="disclaimer">${DISCLAIMER}</p>
</section>`
}

/** What changed since the baseline report: counts in one line, and the findings it had that this
 * run no longer shows. */
export function renderBaseline(report: Report, ctx: RenderContext): SafeHtml {
  const baseline = report.baseline
  if (!baseline) return html``
  const fixed = baseline.fixed
  return html`<section class="card baseline" aria-labelledby="baseline-title">
  <h2 id="baseline-title">Compared with <code>${baseline.file}</code> (${formatTimestamp(baseline.generatedAt)}): <span class="baseline-counts"><strong>${baseline.newCount}</strong> new, <strong>${baseline.unchangedCount}</strong> unchanged, <strong>${fixed.length}</strong> fixed</span></h2>
  ${fixed.length > 0
    ? html`<details class="collapsible fixed-list"${fixed.length <= 10 ? html` open` : ''}>
    <summary>Fixed since the baseline (${fixed.length})</summary>
    <div class="table-scroll"><table>
      <thead><tr><th>Rule</th><th>Site</th><th>Flow</th><th>What the baseline saw</th></tr></thead>
      <tbody>${fixed.map((finding) => html`<tr><td>${ctx.rules.get(finding.ruleId)?.title ?? finding.ruleId} <code>${finding.ruleId}</code></td><td>${finding.site}</td><td>${finding.flow}</td><td>${finding.message}</td></tr>`)}</tbody>
    </table></div>
  </details>`
    : html`<p class="empty-note">No finding of the baseline has gone.</p>`}
</section>`
}

type Option = readonly [value: string, label: string]

function renderSelect(key: string, label: string, options: readonly Option[]): SafeHtml {
  return html`<label class="filter-select"><span>${label}</span><select data-filter="${key}"><option value="">All</option>${options.map(
    ([value, text]) => html`<option value="${value}">${text}</option>`,
  )}</select></label>`
}

/** The filter bar, shown by the script (without it every result is shown). The choices are what the
 * report holds: its rules, the flows walked or named by findings, its sites and jurisdictions. On an
 * overview whose sites have pages of their own (`sites`), it filters the matrix's rows: by outcome,
 * severity and rule, and a search in the sites' names and addresses. */
export function renderFilters(report: Report, scope: 'results' | 'sites' = 'results'): SafeHtml {
  const outcomes: Option[] = [['all', 'All'], ...OUTCOME_ORDER.map((o): Option => [o, OUTCOME_LABEL[o]])]
  const severities: Option[] = [['all', 'All'], ...Severity.options.map((s): Option => [s, s])]
  const ruleIds = [...new Set(report.sites.flatMap((site) => site.results.map((r) => r.ruleId)))]
  const titles = new Map(report.rules.map((meta) => [meta.id, meta.title]))
  const flows = [
    ...new Set(
      report.sites.flatMap((site) => [
        ...site.flows.map((f) => f.name),
        ...site.results.flatMap((r) => r.findings.map((f) => f.flow)),
      ]),
    ),
  ].map((f) => f.replace(/\s+/g, '_'))
  const results = scope === 'results'
  return html`<div class="filters" hidden role="toolbar" aria-label="${results ? 'Filter results' : 'Filter sites'}">
  <div class="filter-group"><span>Outcome</span>${outcomes.map(
    ([value, label]) => html`<button type="button" data-set-outcome="${value}" aria-pressed="false">${label}</button>`,
  )}</div>
  <div class="filter-group"><span>Severity</span>${severities.map(
    ([value, label]) => html`<button type="button" data-set-severity="${value}" aria-pressed="false">${label}</button>`,
  )}</div>
  <div class="filter-group filter-selects">
    ${renderSelect('rule', 'Rule', ruleIds.map((id): Option => [id, titles.get(id) ?? id]))}
    ${results ? renderSelect('flow', 'Flow', flows.map((f): Option => [f, f])) : ''}
    ${results && report.sites.length > 1 ? renderSelect('site', 'Site', report.sites.map((site): Option => [site.site, site.site])) : ''}
    ${results ? renderSelect('jurisdiction', 'Law of', report.jurisdictions.map((j): Option => [j, jurisdictionName(j)])) : ''}
    <label class="filter-search"><span>Search</span><input type="search" data-filter="q" placeholder="${results ? 'Text in results' : 'Site name or address'}" autocomplete="off" spellcheck="false"></label>
    ${results && report.baseline ? html`<label class="filter-new"><input type="checkbox" data-filter="new"> New only</label>` : ''}
  </div>
  <span class="spacer"></span>
  <div class="filter-group"><button type="button" data-clear-filters>Clear</button>${results ? html`<button type="button" data-expand="all">Expand all</button><button type="button" data-expand="none">Collapse all</button>` : ''}</div>
</div>`
}
