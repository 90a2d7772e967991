import type { Evidence, SiteReport } from '../model.js'
import { html, type SafeHtml } from './safe-html.js'

const RULE_ID = 'cancel-harder-than-signup'

type Facts = Evidence['facts']

/** The facts of the first finding of `cancel-harder-than-signup` that carries both action counts. */
function effortFacts(site: SiteReport): Facts | undefined {
  const findings = site.results.filter((r) => r.ruleId === RULE_ID).flatMap((r) => r.findings)
  return findings
    .map((f) => f.evidence.facts)
    .find((facts) => typeof facts.cancelActions === 'number' && typeof facts.signupActions === 'number')
}

/** "cancelPages" → "pages", "signupFieldsFilled" → "fields filled". */
const humanise = (suffix: string): string => suffix.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()

/** Pairs `signupX` / `cancelX` facts other than the totals, e.g. pages, clicks, fields. */
function pairedCounts(facts: Facts): Array<{ label: string; signup: number; cancel: number }> {
  const rows: Array<{ label: string; signup: number; cancel: number }> = []
  for (const [key, signup] of Object.entries(facts)) {
    if (!key.startsWith('signup') || key === 'signupActions' || typeof signup !== 'number') continue
    const suffix = key.slice('signup'.length)
    const cancel = facts[`cancel${suffix}`]
    if (suffix !== '' && typeof cancel === 'number') rows.push({ label: humanise(suffix), signup, cancel })
  }
  return rows
}

/** Side by side: what it took to sign up and what it took to cancel, when the rule measured it. */
export function renderEffortComparison(site: SiteReport): SafeHtml {
  const facts = effortFacts(site)
  if (!facts) return html``
  const signup = facts.signupActions as number
  const cancel = facts.cancelActions as number
  const most = Math.max(signup, cancel, 1)
  const rows = pairedCounts(facts)
  const ratio = typeof facts.ratio === 'number' ? facts.ratio : signup > 0 ? cancel / signup : undefined
  const side = (label: string, total: number, kind: 'signup' | 'cancel') => html`<div class="effort-side${kind === 'cancel' ? ' is-cancel' : ''}">
      <div class="effort-label">${label}</div>
      <div class="effort-total">${total} <small>${total === 1 ? 'action' : 'actions'}</small></div>
      <div class="effort-bar"><span style="width:${Math.round((total / most) * 100)}%"></span></div>
      ${rows.length > 0 ? html`<dl>${rows.map((row) => html`<dt>${row.label}</dt><dd>${kind === 'cancel' ? row.cancel : row.signup}</dd>`)}</dl>` : ''}
    </div>`
  return html`<section class="card effort">
  <h3>Effort to sign up vs effort to cancel</h3>
  <p>Cancelling took ${cancel} ${cancel === 1 ? 'action' : 'actions'}; signing up took ${signup}${ratio !== undefined ? html` (${formatRatio(ratio)} as many)` : ''}.</p>
  <div class="effort-grid">
    ${side('To sign up', signup, 'signup')}
    ${side('To cancel', cancel, 'cancel')}
  </div>
</section>`
}

const formatRatio = (ratio: number): string => `${Math.round(ratio * 10) / 10}×`
