import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exitCodeFor } from '../../src/cli/exit-status.js'
import type { Report } from '../../src/report/model.js'
import { buildFixtureReport } from '../report/fixture-report.js'

const withStatus = (report: Report, status: 'complete' | 'incomplete'): Report => ({
  ...report,
  sites: report.sites.map((s) => ({ ...s, status })),
})

describe('exitCodeFor', () => {
  it('a report that could not be written outranks findings and an incomplete audit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-exit-'))
    const report = await buildFixtureReport(undefined, dir).finally(() => rm(dir, { recursive: true, force: true }))
    expect(exitCodeFor(withStatus(report, 'complete'))).toBe(1)
    expect(exitCodeFor(withStatus(report, 'incomplete'))).toBe(3)
    expect(exitCodeFor(withStatus(report, 'complete'), ['junit'])).toBe(2)
    expect(exitCodeFor(withStatus(report, 'incomplete'), ['html'])).toBe(2)
    const clean: Report = { ...withStatus(report, 'complete'), failOn: 'critical', warnOnly: report.rules.map((r) => r.id) }
    expect(exitCodeFor(clean)).toBe(0)
    expect(exitCodeFor(clean, ['sarif'])).toBe(2)
  })
})
