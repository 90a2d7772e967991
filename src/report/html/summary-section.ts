import { formatDuration, formatTimestamp } from '../format-time.js'
import { type Outcome, type Report, Severity } from '../model.js'
import { OUTCOME_LABEL, OUTCOME_ORDER, reportTotals, siteTotals } from '../report-counts.js'
import { jurisdictionName } from '../../rules/jurisdictions.js'
import { siteAnchor } from './render-context.js'
import { html, type SafeHtml } from './safe-html.js'

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

export const DISCLAIMER =
  'These are indicators: what a browser saw on the pages and which legal provisions it touches. ' +
  'Whether a practice is unlawful depends on facts a browser cannot see, such as the jurisdiction, the contract and the emails sent later.'

export function renderMasthead(report: Report): SafeHtml {
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
    <nav class="sites-audited" aria-label="Sites audited">
      ${report.sites.map((site, i) => html`<a href="#${siteAnchor(i)}">${site.site}</a>`)}
    </nav>
  </div>
</header>`
}

export function renderSummary(report: Report): SafeHtml {
  const totals = reportTotals(report)
  return html`<section class="card summary" aria-labelledby="summary-title">
  <h2 id="summary-title">Summary</h2>
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
    <div>
      <h3>Sites</h3>
      <div class="table-scroll">
      <table class="site-table">
        <thead><tr><th>Site</th><th>Status</th><th class="num">Indicators</th><th class="num">Needs review</th><th class="num">Could not check</th><th class="num">Duration</th></tr></thead>
        <tbody>
          ${report.sites.map((site, i) => {
            const t = siteTotals(site)
            return html`<tr>
            <td><a href="#${siteAnchor(i)}">${site.site}</a></td>
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
    </div>
  </div>
  <p class="disclaimer">${DISCLAIMER}</p>
</section>`
}

export function renderFilters(): SafeHtml {
  const outcomes: Array<[string, string]> = [['all', 'All'], ...OUTCOME_ORDER.map((o): [string, string] => [o, OUTCOME_LABEL[o]])]
  const severities: Array<[string, string]> = [['all', 'All'], ...Severity.options.map((s): [string, string] => [s, s])]
  return html`<div class="filters" hidden role="toolbar" aria-label="Filter results">
  <div class="filter-group"><span>Outcome</span>${outcomes.map(
    ([value, label]) => html`<button type="button" data-set-outcome="${value}" aria-pressed="false">${label}</button>`,
  )}</div>
  <div class="filter-group"><span>Severity</span>${severities.map(
    ([value, label]) => html`<button type="button" data-set-severity="${value}" aria-pressed="false">${label}</button>`,
  )}</div>
  <span class="spacer"></span>
  <div class="filter-group"><button type="button" data-expand="all">Expand all</button><button type="button" data-expand="none">Collapse all</button></div>
</div>`
}
