import { formatDuration } from '../format-time.js'
import type { ReportFlow, SiteReport } from '../model.js'
import type { RenderContext } from './render-context.js'
import { html, httpUrl, reportRelativeUrl, type SafeHtml } from './safe-html.js'
import { urlPath } from './url-path.js'

type ReportStep = ReportFlow['steps'][number]

/** Anchors of the indicators seen on each step, keyed by flow and step index. */
function indicatorsByStep(site: SiteReport, ctx: RenderContext): Map<string, string[]> {
  const byStep = new Map<string, string[]>()
  for (const result of site.results) {
    if (result.outcome !== 'fail') continue
    for (const finding of result.findings) {
      if (finding.step === null) continue
      const key = `${finding.flow}\u0000${finding.step}`
      const id = ctx.findingIds.get(finding)
      if (id) byStep.set(key, [...(byStep.get(key) ?? []), id])
    }
  }
  return byStep
}

export function renderFlows(site: SiteReport, ctx: RenderContext): SafeHtml {
  if (site.flows.length === 0) return html``
  const indicators = indicatorsByStep(site, ctx)
  return html`<h3 class="section-title">Flows walked</h3>
${site.flows.map((flow) => renderFlow(flow, ctx, (step) => indicators.get(`${flow.name}\u0000${step.index}`) ?? []))}`
}

function renderFlow(flow: ReportFlow, ctx: RenderContext, indicatorsOn: (step: ReportStep) => string[]): SafeHtml {
  const stepCount = flow.steps.length
  return html`<section class="card flow">
  <div class="flow-head">
    <h3>${flow.name}</h3>
    <span class="badge status-${flow.status}">${flow.status}</span>
    <span class="flow-meta">${stepCount} ${stepCount === 1 ? 'step' : 'steps'} · ${formatDuration(flow.durationMs)}</span>
  </div>
  ${flow.error ? html`<div class="alert alert-error"><strong>Flow stopped:</strong> ${flow.error}</div>` : ''}
  ${stepCount === 0
    ? html`<p class="empty-note">No step was recorded.</p>`
    : html`<ol class="strip">${flow.steps.map((step) => renderStep(step, ctx, indicatorsOn(step)))}</ol>`}
</section>`
}

function renderStep(step: ReportStep, ctx: RenderContext, indicatorIds: string[]): SafeHtml {
  // A screenshot the report names but the folder lacks shows as missing, not as a broken image.
  const src = step.screenshot && ctx.images.has(step.screenshot) ? reportRelativeUrl(step.screenshot) : undefined
  const failed = step.status === 'failed'
  const pageHref = httpUrl(step.url)
  const path = urlPath(step.url)
  const shot = src
    ? html`<a class="step-shot" href="${src}" target="_blank" rel="noopener" title="Open the full screenshot"><img src="${src}" alt="Page after step ${step.index}: ${step.action}" decoding="async"></a>`
    : html`<div class="step-shot"><div class="no-shot">${step.screenshot ? 'Screenshot missing' : 'No screenshot'}</div></div>`
  const firstIndicator = indicatorIds[0]
  return html`<li class="step${failed ? ' is-failed' : ''}" data-step="${step.index}">
  ${shot}
  ${firstIndicator
    ? html`<a class="step-marker badge tone-fail" href="#${firstIndicator}">${indicatorIds.length} ${indicatorIds.length === 1 ? 'indicator' : 'indicators'}</a>`
    : ''}
  <div class="step-body">
    <div class="step-index"><span>Step ${step.index}${step.line !== undefined ? html` · line ${step.line}` : ''}</span><span class="tag">${step.kind}</span></div>
    <div class="step-action" title="${step.action}">${step.action}</div>
    ${step.passed === true ? html`<div class="expect-pass">✓ Expected text seen</div>` : ''}
    ${step.passed === false ? html`<div class="expect-fail">✗ Expected text not seen</div>` : ''}
    <div class="step-path" title="${step.url}">${pageHref ? html`<a href="${pageHref}" target="_blank" rel="noopener noreferrer">${path}</a>` : path}</div>
    <div class="step-duration"><span>${formatDuration(step.durationMs)}</span>${failed ? html`<span class="expect-fail">Failed</span>` : ''}</div>
    ${failed && step.error ? html`<div class="step-error">${step.error}</div>` : ''}
  </div>
</li>`
}
