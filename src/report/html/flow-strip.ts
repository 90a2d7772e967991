import { formatDuration } from '../format-time.js'
import type { ReportFlow, SiteReport } from '../model.js'
import type { RenderContext } from './render-context.js'
import { html, httpUrl, type SafeHtml } from './safe-html.js'
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

/** A step slower than this is marked: a page that keeps people waiting is part of the friction. */
export const SLOW_STEP_MS = 5000

function renderStep(step: ReportStep, ctx: RenderContext, indicatorIds: string[]): SafeHtml {
  // A screenshot the report names but the folder lacks shows as missing, not as a broken image.
  const hasShot = step.screenshot !== undefined && ctx.images.has(step.screenshot)
  const small = step.thumbnail !== undefined && ctx.images.has(step.thumbnail) ? step.thumbnail : step.screenshot
  const thumbnail = hasShot ? ctx.imageSrc(small) : undefined
  const href = hasShot ? ctx.imageHref(step.screenshot) : undefined
  const failed = step.status === 'failed'
  const slow = step.durationMs > SLOW_STEP_MS
  const pageHref = httpUrl(step.url)
  const path = urlPath(step.url)
  const img = thumbnail ? html`<img src="${thumbnail}" alt="Page after step ${step.index}" loading="lazy">` : ''
  const shot = thumbnail
    ? href
      ? html`<a class="step-shot" href="${href}" target="_blank" rel="noopener">${img}</a>`
      : html`<div class="step-shot">${img}</div>`
    : html`<div class="step-shot"><div class="no-shot">${step.screenshot ? 'Screenshot missing' : 'No screenshot'}</div></div>`
  const firstIndicator = indicatorIds[0]
  // Lean markup: a report of fifty sites has a couple of thousand steps.
  return html`<li class="step${failed ? ' is-failed' : ''}${slow ? ' is-slow' : ''}" data-step="${step.index}">${shot}${firstIndicator
    ? html`<a class="step-marker badge tone-fail" href="#${firstIndicator}">${indicatorIds.length} ${indicatorIds.length === 1 ? 'indicator' : 'indicators'}</a>`
    : ''}<div class="step-body"><div class="step-index"><span>Step ${step.index}${step.line !== undefined ? html` · line ${step.line}` : ''}</span><span class="tag">${step.kind}</span></div><div class="step-action"${step.action.length > 60 ? html` title="${step.action}"` : ''}>${step.action}</div>${step.passed === true ? html`<div class="expect-pass">✓ Expected text seen</div>` : ''}${step.passed === false ? html`<div class="expect-fail">✗ Expected text not seen</div>` : ''}<div class="step-path">${pageHref ? html`<a href="${pageHref}" target="_blank" rel="noopener noreferrer">${path}</a>` : path}</div><div class="step-duration"><span>${formatDuration(step.durationMs)}${slow ? html` <span class="slow-mark" title="Slower than ${SLOW_STEP_MS / 1000} s">slow</span>` : ''}</span>${failed ? html`<span class="expect-fail">Failed</span>` : ''}</div>${failed && step.error ? html`<div class="step-error">${step.error}</div>` : ''}</div></li>`
}
