import { formatDuration } from '../format-time.js'
import { STEP_MARKS } from '../../scenario/step-mark.js'
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
${site.flows.map((flow) => renderFlow(flow, site.baseUrl, ctx, (step) => indicators.get(`${flow.name}\u0000${step.index}`) ?? []))}`
}

function renderFlow(flow: ReportFlow, baseUrl: string, ctx: RenderContext, indicatorsOn: (step: ReportStep) => string[]): SafeHtml {
  const stepCount = flow.steps.length
  const playwrightTrace = ctx.fileUrl(flow.playwrightTrace)
  return html`<section class="card flow">
  <div class="flow-head">
    <h3>${flow.name}</h3>
    <span class="badge status-${flow.status}">${flow.status}</span>
    <span class="flow-meta">${stepCount} ${stepCount === 1 ? 'step' : 'steps'} · ${formatDuration(flow.durationMs)}</span>
    ${flow.context === undefined ? '' : html`<span class="flow-meta" title="Flows of one browser context share its cookies, login and page">browser: ${flow.context}</span>`}
    ${playwrightTrace ? html`<a class="flow-meta" href="${playwrightTrace}" download title="Replay the flow: npx playwright show-trace ${flow.playwrightTrace ?? ''}">Playwright trace</a>` : ''}
  </div>
  ${flow.error ? html`<div class="alert alert-error"><strong>Flow stopped:</strong> ${flow.error}</div>` : ''}
  ${stepCount === 0
    ? html`<p class="empty-note">No step was recorded.</p>`
    : html`<ol class="strip">${flow.steps.map((step) => renderStep(step, baseUrl, ctx, indicatorsOn(step)))}</ol>`}
  ${flow.mail ? renderMail(flow.mail, ctx) : ''}
</section>`
}

/** The e-mails that reached the scenario's address during and after the flow, beside its strip. */
function renderMail(mail: NonNullable<ReportFlow['mail']>, ctx: RenderContext): SafeHtml {
  const waited = formatDuration(mail.waitedMs)
  return html`<div class="flow-mail">
  <h4>E-mail received <small>${mail.messages.length === 0 ? `none, in ${waited} of waiting` : `${mail.messages.length} · waited ${waited}`}</small></h4>
  ${mail.error ? html`<p class="step-error">The mailbox could not be read: ${mail.error}</p>` : ''}
  ${mail.messages.length > 0
    ? html`<ol class="strip mail-strip">${mail.messages.map((message) => {
        const shown = message.image !== undefined && ctx.images.has(message.image)
        const src = shown ? ctx.imageSrc(message.image) : undefined
        const href = shown ? ctx.imageHref(message.image) : undefined
        const img = src ? html`<img src="${src}" alt="The e-mail ${message.subject}" loading="lazy">` : html`<p class="no-shot">No image</p>`
        return html`<li class="step">${href ? html`<a href="${href}">${img}</a>` : img}<div><small>${message.receivedAt.slice(11, 19)} UTC<i>e-mail</i></small><code>${message.subject}</code><small>from ${message.from}</small></div></li>`
      })}</ol>`
    : ''}
</div>`
}

/** A step slower than this is marked: a page that keeps people waiting is part of the friction. */
export const SLOW_STEP_MS = 5000

function renderStep(step: ReportStep, baseUrl: string, ctx: RenderContext, indicatorIds: string[]): SafeHtml {
  // A screenshot the report names but the folder lacks shows as missing, not as a broken image.
  const hasShot = step.screenshot !== undefined && ctx.images.has(step.screenshot)
  const small = step.thumbnail !== undefined && ctx.images.has(step.thumbnail) ? step.thumbnail : step.screenshot
  const thumbnail = hasShot ? ctx.imageSrc(small) : undefined
  const href = hasShot ? ctx.imageHref(step.screenshot) : undefined
  const failed = step.status === 'failed'
  const slow = step.durationMs > SLOW_STEP_MS
  const img = thumbnail ? html`<img src="${thumbnail}" alt="Page after step ${step.index}" loading="lazy">` : ''
  const shot = thumbnail
    ? href
      ? html`<a href="${href}">${img}</a>`
      : html`<span>${img}</span>`
    : html`<p class="no-shot">${step.screenshot ? 'Screenshot missing' : 'No screenshot'}</p>`
  const firstIndicator = indicatorIds[0]
  // Lean markup, read by the style sheet by position (the shot first; in the text, index first
  // and duration last): a report of fifty sites has a couple of thousand steps. A long action is
  // clamped and shown whole on hover, by the style sheet, rather than spelled twice.
  return html`<li class="step${failed ? ' is-failed' : ''}${slow ? ' is-slow' : ''}" data-step="${step.index}">${shot}${firstIndicator
    ? html`<a class="step-marker badge tone-fail" href="#${firstIndicator}">${indicatorIds.length} ${indicatorIds.length === 1 ? 'indicator' : 'indicators'}</a>`
    : ''}<div><small>Step ${step.index}${step.line !== undefined ? html` · line ${step.line}` : ''}<i>${step.kind}</i></small><code>${step.action}</code>${step.mark ? html`<b class="step-mark" title="${STEP_MARKS[step.mark].what}">${step.mark}</b>` : ''}${step.status === 'skipped' ? html`<b class="step-skipped">Skipped: optional, its target did not show</b>` : ''}${step.passed === true ? html`<b class="expect-pass">✓ Expected text seen</b>` : ''}${step.passed === false ? html`<b class="expect-fail">✗ Expected text not seen</b>` : ''}${renderStepPath(step.url, baseUrl)}${step.discovery ? renderDiscovery(step.discovery) : ''}${failed && step.error ? html`<p class="step-error">${step.error}</p>` : ''}<small>${formatDuration(step.durationMs)}${slow ? html` <b class="slow-mark" title="Slower than ${SLOW_STEP_MS / 1000} s">slow</b>` : ''}${failed ? html`<b class="expect-fail">Failed</b>` : ''}</small></div></li>`
}

/** Why a scan followed this link: the kind of page it looked for and what about the link scored. */
function renderDiscovery(discovery: NonNullable<ReportStep['discovery']>): SafeHtml {
  return html`<p class="step-why">Looking for <b>${discovery.category}</b> (score ${Math.round(discovery.score * 10) / 10}): ${discovery.matched.join(' · ')}</p>`
}

/** The page a step ended on, as its path: the site's base URL is printed once above the strips, so
 * the full URL is only spelled out (on hover) when the step left that origin. It is text, not a
 * link: the audited page is evidence, not a destination. */
function renderStepPath(url: string, baseUrl: string): SafeHtml {
  const path = urlPath(url)
  const full = httpUrl(url)
  let onBase = false
  try {
    onBase = full !== undefined && new URL(path, baseUrl).href === full
  } catch {
    onBase = false
  }
  return html`<span${full && !onBase ? html` title="${url}"` : ''}>${path}</span>`
}
