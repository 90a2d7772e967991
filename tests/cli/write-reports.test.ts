import { access, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseFormats, writeReports } from '../../src/cli/write-reports.js'
import { buildFixtureReport } from '../report/fixture-report.js'

let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('writing the report formats', () => {
  it('a reporter that throws is reported and the others still write', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cancelcheck-formats-'))
    const report = await buildFixtureReport(undefined, dir)
    // A folder where index.html should go makes the HTML reporter fail.
    await mkdir(join(dir, 'index.html'))
    const lines: string[] = []
    const { written, failed } = await writeReports(report, dir, { formats: ['html', 'json', 'junit'] }, (line) => lines.push(line))
    expect(failed).toEqual(['html'])
    expect(lines.join('\n')).toMatch(/the html report could not be written: .*EISDIR/)
    expect(written).toEqual([`${dir}/report.json`, `${dir}/junit.xml`])
    for (const file of ['report.json', 'junit.xml']) await access(join(dir, file))
  })

  it('reads --format as a list, defaulting to everything but the PDF', () => {
    expect(parseFormats(undefined)).toEqual(['html', 'json', 'sarif', 'junit'])
    expect(parseFormats('PDF, json,pdf')).toEqual(['pdf', 'json'])
    expect(() => parseFormats('')).toThrow(/--format: expected a comma-separated list/)
  })
})
