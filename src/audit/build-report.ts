import type { SiteTrace } from '../artifacts/site-trace.js'
import { type Report, type RuleResult, SCHEMA_VERSION, type Severity, type SiteReport } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import type { JurisdictionProfile } from '../rules/jurisdictions.js'
import { fingerprintFindings } from '../report/fingerprint.js'
import { TOOL_VERSION } from './tool-version.js'

/** One site's part of the report: its flows without the bulky snapshots (those stay in trace.json). */
export function siteReport(trace: SiteTrace, results: RuleResult[], tracePath?: string): SiteReport {
  const incomplete = Boolean(trace.error) || trace.flows.some((f) => f.status !== 'completed')
  return {
    site: trace.site,
    baseUrl: trace.baseUrl,
    scenarioFile: trace.scenarioFile,
    mode: trace.mode,
    status: incomplete ? 'incomplete' : 'complete',
    error: trace.error,
    durationMs: trace.durationMs,
    ...(trace.cookieBanner ? { cookieBanner: trace.cookieBanner } : {}),
    ...(trace.jurisdictionsInferred ? { jurisdictionsInferred: trace.jurisdictionsInferred } : {}),
    trace: tracePath,
    flows: trace.flows.map((flow) => ({
      name: flow.name,
      ...(flow.role ? { role: flow.role } : {}),
      status: flow.status,
      error: flow.error,
      ...(flow.context === undefined ? {} : { context: flow.context }),
      durationMs: flow.durationMs,
      playwrightTrace: flow.playwrightTrace,
      ...(flow.mail
        ? {
            mail: {
              waitedMs: flow.mail.waitedMs,
              ...(flow.mail.error ? { error: flow.mail.error } : {}),
              messages: flow.mail.messages.map(({ from, subject, receivedAt, image }) => ({ from, subject, receivedAt, ...(image ? { image } : {}) })),
            },
          }
        : {}),
      steps: flow.steps.map((s) => ({
        index: s.index,
        kind: s.kind,
        action: s.action,
        line: s.line,
        url: s.url,
        title: s.title,
        durationMs: s.durationMs,
        status: s.status,
        error: s.error,
        ...(s.mark ? { mark: s.mark } : {}),
        passed: s.passed,
        screenshot: s.screenshot,
        thumbnail: s.thumbnail,
        discovery: s.discovery,
      })),
    })),
    results,
  }
}

export function buildReport(
  sites: SiteReport[],
  rules: readonly Rule[],
  settings: { failOn: Severity } & JurisdictionProfile,
): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'cancelcheck', version: TOOL_VERSION },
    generatedAt: new Date().toISOString(),
    failOn: settings.failOn,
    jurisdictions: [...settings.jurisdictions],
    auditDate: settings.auditDate,
    rules: rules.map((r) => r.meta),
    sites: sites.map(fingerprintFindings),
  }
}

/** Marks a report that SIGINT or SIGTERM ended early, naming the sites it does not hold. */
export function withInterruption(report: Report, signal: AbortSignal | undefined, notAudited: readonly string[]): Report {
  if (!signal?.aborted) return report
  const reason: unknown = signal.reason
  return { ...report, interrupted: { signal: reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM', notAudited: [...notAudited] } }
}
