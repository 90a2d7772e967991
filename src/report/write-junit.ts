import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { roleOf } from '../rules/lib/flows.js'
import { rolesRead } from '../rules/lib/requirements.js'
import { isGating, whyNotGating } from './gating.js'
import type { Finding, Report, ReportedRule, RuleResult, SiteReport } from './model.js'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { plainText } from '../artifacts/plain-text.js'

export const JUNIT_REPORT_FILE = 'junit.xml'

// JUnit XML as CI servers read it (Jenkins, GitLab, GitHub test reporters): a suite per audited
// site, a test case per rule and flow it reads. Findings that fail the build (the exit code's rule:
// at or above --fail-on, not set to warn, new since the baseline) are failures; the others pass with
// the findings and why they do not fail in the output, so the test report and the exit code agree.
// A rule that could not run is an error, a rule with nothing to read is skipped; needs-review passes
// with its reason in the output. Screenshots are named by path, never embedded.

const escapeXml = (text: string): string =>
  // Terminal colours would leave `[2m` behind; characters XML 1.0 cannot hold at all are dropped;
  // the five with meaning are escaped.
  plainText(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

const seconds = (ms: number): string => (ms / 1000).toFixed(3)

/** The site's flows a rule reads: by role (`cancel-2` is a cancel flow), or all. */
function flowsRead(meta: ReportedRule, site: SiteReport): string[] {
  const roles: string[] = rolesRead(meta.requires)
  return site.flows.filter((flow) => roles.includes('any') || roles.includes(roleOf(flow) ?? '')).map((flow) => flow.name)
}

function findingText(f: Finding): string {
  const lines = [
    f.message,
    `flow: ${f.flow}${f.step === null ? '' : `, step ${f.step}`}`,
    f.evidence.selector ? `element: ${f.evidence.selector}` : '',
    f.evidence.url ? `page: ${f.evidence.url}` : '',
    `provisions: ${f.references.map((r) => `${r.law} ${r.cite}`).join('; ')}`,
    f.evidence.screenshot ? `[[ATTACHMENT|${f.evidence.screenshot}]]` : '',
  ]
  return lines.filter(Boolean).join('\n')
}

interface TestCase {
  name: string
  classname: string
  body: string
  outcome: 'passed' | 'failed' | 'error' | 'skipped'
}

function testCasesOf(report: Report, site: SiteReport, meta: ReportedRule, result: RuleResult): TestCase[] {
  const classname = `${site.site}.${meta.id}`
  const flows = flowsRead(meta, site)
  const reason = escapeXml(result.reason ?? '')
  if (result.outcome === 'not-applicable' || flows.length === 0) {
    return [{ name: meta.id, classname, outcome: 'skipped', body: `<skipped message="${reason}"/>` }]
  }
  if (result.outcome === 'error') {
    return [{ name: meta.id, classname, outcome: 'error', body: `<error message="${reason}" type="rule-error"/>` }]
  }
  return flows.map((flow) => {
    const name = `${meta.id} (${flow} flow)`
    const findings = result.outcome === 'fail' ? result.findings.filter((f) => f.flow === flow) : []
    const failing = findings.filter((f) => isGating(report, result, f))
    // Findings that do not fail the build are still shown, with why, where CI servers show output.
    const shown = findings
      .filter((f) => !failing.includes(f))
      .map((f) => `${findingText(f)}\nnot failing the build: ${whyNotGating(report, result, f)}`)
    if (result.outcome === 'needs-review') shown.push(`needs review: ${result.reason ?? ''}`)
    const out = shown.length > 0 ? `<system-out>${escapeXml(shown.join('\n\n'))}</system-out>` : ''
    if (failing.length > 0) {
      const summary = escapeXml(`${failing.length} indicator${failing.length === 1 ? '' : 's'}: ${meta.title}`)
      const detail = escapeXml(failing.map(findingText).join('\n\n'))
      return { name, classname, outcome: 'failed', body: `<failure message="${summary}" type="${meta.severity}">${detail}</failure>${out}` }
    }
    return { name, classname, outcome: 'passed', body: out }
  })
}

type Counts = Record<'tests' | 'failures' | 'errors' | 'skipped', number>

const countsOf = (cases: readonly TestCase[]): Counts => ({
  tests: cases.length,
  failures: cases.filter((c) => c.outcome === 'failed').length,
  errors: cases.filter((c) => c.outcome === 'error').length,
  skipped: cases.filter((c) => c.outcome === 'skipped').length,
})

const countAttributes = (c: Counts): string => `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`

/** The report as JUnit XML. */
export function renderJunit(report: Report): string {
  const metaOf = new Map(report.rules.map((meta) => [meta.id, meta]))
  const suites = report.sites.map((site) => ({
    site,
    cases: site.results.flatMap((result) => {
      const meta = metaOf.get(result.ruleId)
      return meta ? testCasesOf(report, site, meta, result) : []
    }),
  }))
  const xml = suites.map(({ site, cases }) => {
    const name = site.scenarioFile ? `${site.site} (${site.scenarioFile})` : site.site
    const body = cases.map((c) => `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(c.classname)}">${c.body}</testcase>`).join('\n')
    return (
      `  <testsuite name="${escapeXml(name)}" ${countAttributes(countsOf(cases))} time="${seconds(site.durationMs)}" timestamp="${escapeXml(report.generatedAt)}">\n` +
      `${body}\n  </testsuite>`
    )
  })
  const all = countsOf(suites.flatMap((s) => s.cases))
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cancelcheck" ${countAttributes(all)}>\n${xml.join('\n')}\n</testsuites>\n`
}

/** Writes `junit.xml` beside `report.json`. */
export async function writeJunitReport(report: Report, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, JUNIT_REPORT_FILE)
  await writeFileAtomic(file, renderJunit(report))
  return file
}
