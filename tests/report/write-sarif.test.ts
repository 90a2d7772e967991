import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import type { Log, Result } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fingerprintFindings } from '../../src/report/fingerprint.js'
import { Report } from '../../src/report/model.js'
import { FINGERPRINT_KEY, renderSarif, SARIF_REPORT_FILE, writeSarifReport } from '../../src/report/write-sarif.js'
import { buildFixtureReport, HOSTILE } from './fixture-report.js'

const schemaFile = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
)

/** The official SARIF 2.1.0 schema, with the three string formats it uses checked by pattern. Its
 * language pattern is not valid with the `u` flag, hence `unicodeRegExp: false`. */
const validateSarif = (() => {
  // A CommonJS module: under NodeNext its class is the default export's `default`.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false })
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i)
  ajv.addFormat('uri-reference', /^[^\s]*$/)
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object)
})()

const expectValid = (log: Log) => {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

const onlyRun = (log: Log) => {
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]
  if (!run) throw new Error('no run')
  return run
}

describe('renderSarif', () => {
  let outDir: string
  let report: Report
  let log: Log
  let results: Result[]

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cancelcheck-sarif-'))
    report = await buildFixtureReport(undefined, outDir)
    log = renderSarif(report)
    results = onlyRun(log).results ?? []
  })
  afterAll(() => rm(outDir, { recursive: true, force: true }))

  it('is valid against the SARIF 2.1.0 schema', () => {
    expectValid(log)
    expect(log.version).toBe('2.1.0')
  })

  it('is valid for a report with no sites, with no results and no notifications', () => {
    const empty = renderSarif({ ...report, sites: [] })
    expectValid(empty)
    const run = onlyRun(empty)
    expect(run.results).toEqual([])
    expect(run.invocations?.[0]?.toolExecutionNotifications).toEqual([])
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true)
    expect(run.tool.driver.rules).toHaveLength(report.rules.length)
  })

  it('describes every rule with its docs page, tags, severity score and default level', () => {
    const rules = onlyRun(log).tool.driver.rules ?? []
    expect(rules.map((r) => r.id)).toEqual(report.rules.map((r) => r.id))
    const upsell = rules.find((r) => r.id === 'pre-ticked-upsell')
    expect(upsell).toMatchObject({
      name: 'PreTickedUpsell',
      shortDescription: { text: 'Paid add-on is selected before the user chooses it' },
      helpUri: 'https://github.com/cancelcheck/cancelcheck/blob/main/docs/rules/pre-ticked-upsell.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['sneaking', 'dark-pattern', 'eu', 'us'], 'security-severity': '7.0', precision: 'high' },
    })
    expect(upsell?.help?.text).toContain('Leave paid add-ons unticked')
    expect(upsell?.help?.markdown).toContain('](https://eur-lex.europa.eu/eli/dir/2011/83/oj)')
    expect(rules.find((r) => r.id === 'fake-urgency-timer')?.defaultConfiguration?.level).toBe('warning')
  })

  it('has one result per finding of a failing rule and one note per finding that needs review', () => {
    const all = report.sites.flatMap((s) => s.results)
    const failing = all.filter((r) => r.outcome === 'fail').flatMap((r) => r.findings)
    const review = all.filter((r) => r.outcome === 'needs-review').flatMap((r) => r.findings)
    expect(results).toHaveLength(failing.length + review.length)
    const notes = results.filter((r) => r.properties?.outcome === 'needs-review')
    expect(notes).toHaveLength(review.length)
    expect(notes.every((r) => r.level === 'note')).toBe(true)
    expect(results.some((r) => r.ruleId === 'phone-only-cancel' || r.ruleId === 'fake-urgency-timer')).toBe(false)
  })

  it('maps severities to levels and points ruleIndex at the rule', () => {
    const rules = onlyRun(log).tool.driver.rules ?? []
    const levelOf = (ruleId: string) => results.find((r) => r.ruleId === ruleId)?.level
    expect(levelOf('pre-ticked-upsell')).toBe('error')
    expect(levelOf('cancel-harder-than-signup')).toBe('error')
    expect(levelOf('confirmshaming')).toBe('warning')
    expect(levelOf('tiny-cancel-link')).toBe('warning')
    for (const result of results) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId)
    const info = structuredClone(report)
    const finding = info.sites[0]?.results[0]?.findings[0]
    if (finding) finding.severity = 'info'
    expect(onlyRun(renderSarif(info)).results?.[0]?.level).toBe('note')
  })

  it('lowers a warn-only rule to a warning at most', () => {
    const run = onlyRun(renderSarif({ ...report, warnOnly: ['pre-ticked-upsell', 'confirmshaming'] }))
    const levelOf = (ruleId: string) => run.results?.find((r) => r.ruleId === ruleId)?.level
    expect(levelOf('pre-ticked-upsell')).toBe('warning')
    expect(levelOf('confirmshaming')).toBe('warning')
    expect(levelOf('cancel-harder-than-signup')).toBe('error')
    expect(run.properties?.warnOnly).toEqual(['pre-ticked-upsell', 'confirmshaming'])
  })

  it('lowers a finding below --fail-on to a warning, as the exit code lets it pass', () => {
    const run = onlyRun(renderSarif({ ...report, failOn: 'critical' }))
    expect(run.results?.filter((r) => r.level === 'error')).toEqual([])
    expect(run.results?.find((r) => r.ruleId === 'pre-ticked-upsell')?.level).toBe('warning')
  })

  it('locates a finding in its scenario file at the line of its step, never at a web URL', () => {
    const upsell = results.find((r) => r.ruleId === 'pre-ticked-upsell')
    expect(upsell?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'scenarios/streamly-dark.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6 },
    })
    expect(upsell?.locations?.[0]?.logicalLocations?.[0]).toEqual({
      name: 'signup',
      fullyQualifiedName: 'streamly-dark/signup/step-1',
      kind: 'module',
    })
    // A finding about a whole flow sits at the flow's first line; a scenario without lines at line 1.
    const effort = results.find((r) => r.ruleId === 'cancel-harder-than-signup')
    expect(effort?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(12)
    const fair = results.find((r) => r.properties?.site === 'streamly-fair')
    expect(fair?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1)

    const uris = JSON.stringify(log).match(/"artifactLocation":\s*\{[^}]*\}/g) ?? []
    expect(uris.length).toBeGreaterThan(0)
    for (const location of uris) expect(location).not.toMatch(/http|javascript:/)
  })

  it("locates a scanned site's findings and errors at the line of its URL in the --urls list", () => {
    const scanned = structuredClone(report)
    for (const [i, site] of scanned.sites.entries()) {
      delete site.scenarioFile
      site.mode = 'scan'
      site.listedAt = { file: 'ci/sites.txt', line: 3 + i }
    }
    const sites = scanned.sites
    const run = onlyRun(renderSarif(scanned))
    expectValid(renderSarif(scanned))
    const upsell = run.results?.find((r) => r.ruleId === 'pre-ticked-upsell')
    expect(upsell?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'ci/sites.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3 + sites.findIndex((s) => s.site === upsell?.properties?.site) },
    })
    for (const result of run.results ?? []) expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('ci/sites.txt')
    const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? []
    expect(notifications.length).toBeGreaterThan(0)
    for (const n of notifications) expect(n.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('ci/sites.txt')
    // A site given on the command line has no line of its own to point at.
    delete sites[0]!.listedAt
    expect(onlyRun(renderSarif(scanned)).results?.find((r) => r.properties?.site === sites[0]?.site)?.locations?.[0]?.physicalLocation).toBeUndefined()
  })

  it('names page, element and screenshot in the message and the properties', () => {
    const upsell = results.find((r) => r.ruleId === 'pre-ticked-upsell')
    const finding = report.sites[0]?.results[0]?.findings[0]
    expect(upsell?.message.text).toBe(
      [
        finding?.message,
        'Page: http://127.0.0.1:4173/pricing',
        'Element: label.addon > input[type="checkbox"] "Add Streamly Protect (+€4.99/mo, billed monthly)"',
        `Screenshot: ${finding?.evidence.screenshot}`,
      ].join('\n'),
    )
    expect(upsell?.properties).toMatchObject({
      site: 'streamly-dark',
      flow: 'signup',
      step: 1,
      pageUrl: 'http://127.0.0.1:4173/pricing',
      severity: 'serious',
      facts: { checked: true, price: '€4.99/mo', tickedBy: 'script' },
      references: ['EU CRD, Directive 2011/83/EU, Art. 22', 'ROSCA, 15 U.S.C. § 8403'],
    })
  })

  it('gives stable partial fingerprints, computed when the report has none', () => {
    const again = onlyRun(renderSarif(report)).results ?? []
    const prints = results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])
    expect(prints.every((p) => typeof p === 'string' && p.length > 0)).toBe(true)
    expect(new Set(prints).size).toBe(prints.length)
    expect(again.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual(prints)

    const stored = { ...report, sites: report.sites.map(fingerprintFindings) }
    const fromStored = onlyRun(renderSarif(stored)).results ?? []
    expect(fromStored.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual(prints)
  })

  it('carries the baseline state of a finding compared with a baseline', () => {
    const compared = structuredClone(report)
    for (const [i, f] of compared.sites.flatMap((s) => s.results.flatMap((r) => r.findings)).entries()) {
      f.baseline = i === 0 ? 'new' : 'unchanged'
    }
    const run = onlyRun(renderSarif(compared))
    expect(run.results?.[0]?.baselineState).toBe('new')
    expect(run.results?.slice(1).every((r) => r.baselineState === 'unchanged')).toBe(true)
    expect(results.some((r) => r.baselineState !== undefined)).toBe(false)
    expectValid(renderSarif(compared))
  })

  it('reports rules that could not run as tool execution notifications, not results', () => {
    const invocation = onlyRun(log).invocations?.[0]
    expect(invocation?.executionSuccessful).toBe(false)
    expect(invocation?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'The cancel flow failed at step 5, before its final page.' },
        associatedRule: { id: 'missing-confirmation', index: 5 },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'scenarios/streamly-dark.yaml', uriBaseId: '%SRCROOT%' } } }],
        properties: { site: 'streamly-dark' },
      },
    ])
    expect(results.some((r) => r.ruleId === 'missing-confirmation')).toBe(false)
  })

  it('shows a rule that needs review without findings as a note with its reason', () => {
    const bare = structuredClone(report)
    const review = bare.sites[0]?.results.find((r) => r.outcome === 'needs-review')
    if (review) review.findings = []
    const notes = (onlyRun(renderSarif(bare)).results ?? []).filter((r) => r.properties?.site === 'streamly-dark' && r.properties.outcome === 'needs-review')
    expect(notes).toHaveLength(1)
    expect(notes[0]?.level).toBe('note')
    expect(notes[0]?.message.text).toContain('it is not a link')
    expect(notes[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(6)
    expectValid(renderSarif(bare))
  })

  it('keeps the run properties and no machine-specific root', () => {
    const run = onlyRun(log)
    expect(run.properties).toEqual({ jurisdictions: report.jurisdictions, auditDate: '2025-06-12', failOn: 'serious' })
    expect(run.originalUriBaseIds).toBeUndefined()
    expect(JSON.stringify(log)).not.toContain(outDir)
  })

  it('writes report.sarif, where hostile strings stay plain JSON strings', async () => {
    const file = await writeSarifReport(report, outDir)
    expect(file).toBe(join(outDir, SARIF_REPORT_FILE))
    const text = await readFile(file, 'utf8')
    const parsed = JSON.parse(text) as Log
    expect(parsed).toEqual(log)
    const hostile = parsed.runs[0]?.results?.find((r) => r.properties?.site === 'streamly-fair')
    expect(hostile?.message.text).toContain(HOSTILE.markup)
    expect(hostile?.message.text).toContain(JSON.stringify(HOSTILE.scriptBreak))
    expect(hostile?.properties?.text).toBe(HOSTILE.scriptBreak)
    expect(hostile?.properties?.pageUrl).toBe(HOSTILE.url)
    expect(hostile?.properties?.facts).toEqual({ linkText: HOSTILE.markup, href: HOSTILE.url })
  })

  it('renders a report as parsed from report.json', () => {
    expectValid(renderSarif(Report.parse(JSON.parse(JSON.stringify(report)))))
  })
})
