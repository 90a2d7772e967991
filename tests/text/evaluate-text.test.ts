import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluateTexts, main } from '../../src/text/evaluate-text.js'
import { readLabelledTexts } from '../../src/text/labelled-texts.js'
import { confusionOf, falsePositiveRate, metricsOf } from '../../src/text/text-metrics.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/text/${name}`, import.meta.url))

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    args,
    (t) => (stdout += t),
    (t) => (stderr += t),
  )
  return { code, stdout, stderr }
}

describe('metrics', () => {
  it('counts agreement and divides', () => {
    const c = confusionOf([
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ])
    expect(c).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 2, trueNegatives: 1 })
    const m = metricsOf(c)
    expect(m.precision).toBe(0.5)
    expect(m.recall).toBeCloseTo(1 / 3)
    expect(m.f1).toBeCloseTo(0.4)
    expect(falsePositiveRate(c)).toBe(0.5)
  })

  it('gives 0, not NaN, for a detector that never fires', () => {
    expect(metricsOf(confusionOf([{ predicted: false, actual: true }]))).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})

describe('reading labelled texts', () => {
  it('reads quoted fields with tabs and doubled quotes inside', async () => {
    const read = await readLabelledTexts(fixture('labelled-texts.tsv'))
    if (!read.ok) throw new Error(read.message)
    expect(read.rows).toHaveLength(14)
    expect(read.rows.at(-1)).toEqual({
      host: 'shop-n.example',
      label: '0',
      patternType: 'Not Dark Pattern',
      text: 'Ships in 2 days\t"express" available',
    })
  })

  it('names the line of a short row', async () => {
    const read = await readLabelledTexts(fixture('short-row.tsv'))
    expect(read).toEqual({
      ok: false,
      message: `${fixture('short-row.tsv')}:3: expected 4 tab-separated fields (host, label, pattern_type, text), found 3`,
    })
  })
})

describe('evaluate-text', () => {
  it('scores each heuristic against the types it targets', async () => {
    const read = await readLabelledTexts(fixture('labelled-texts.tsv'))
    if (!read.ok) throw new Error(read.message)
    const { scores, confusion, notDarkRows, rows } = evaluateTexts(read.rows)
    expect(rows).toBe(14)
    expect(notDarkRows).toBe(5)
    // Two of three shaming declines found; "Maybe later" is missed and nothing else fires.
    expect(confusion.confirmshaming).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 1, trueNegatives: 11 })
    expect(scores.confirmshaming?.precision).toBe(1)
    expect(scores.confirmshaming?.recall).toBeCloseTo(2 / 3)
    expect(scores.confirmshaming?.f1).toBeCloseTo(0.8)
    expect(scores.confirmshaming?.support).toBe(3)
    // Both countdown and limited-time rows are positives; "Sale ends Sunday" is a false positive
    // on one of five ordinary rows, and the low-stock row is a negative that stays quiet.
    expect(confusion.urgency).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 11 })
    expect(scores.urgency?.precision).toBeCloseTo(2 / 3)
    expect(scores.urgency?.recall).toBe(1)
    expect(scores.urgency?.f1).toBeCloseTo(0.8)
    expect(scores.urgency?.falsePositiveRateOnNotDark).toBeCloseTo(0.2)
    for (const name of ['hardToCancel', 'hiddenRenewalTerms', 'trickQuestion']) {
      expect(scores[name]).toEqual({ precision: 1, recall: 1, f1: 1, support: 1, falsePositiveRateOnNotDark: 0 })
    }
  })

  it('prints one JSON object keyed by heuristic with --json', async () => {
    const { code, stdout, stderr } = await run([fixture('labelled-texts.tsv'), '--json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const parsed = JSON.parse(stdout) as Record<string, Record<string, number>>
    expect(Object.keys(parsed)).toEqual(['confirmshaming', 'hardToCancel', 'hiddenRenewalTerms', 'trickQuestion', 'urgency'])
    for (const score of Object.values(parsed)) {
      expect(Object.keys(score).sort()).toEqual(['f1', 'falsePositiveRateOnNotDark', 'precision', 'recall', 'support'])
      for (const value of Object.values(score)) expect(typeof value).toBe('number')
    }
    expect(parsed.urgency?.support).toBe(2)
  })

  it('prints a table by default', async () => {
    const { code, stdout } = await run([fixture('labelled-texts.tsv')])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^heuristic\s+rule\s+targets\s+rows\s+support/)
    expect(stdout).toMatch(/urgency\s+fake-urgency\s+Countdown Timer \+ Limited-time Message\s+14\s+2\s+2\s+1\s+0\s+0\.667\s+1\.000\s+0\.800\s+0\.200 of 5/)
  })

  it('names the file and the expected header when the header is wrong', async () => {
    const { code, stdout, stderr } = await run([fixture('wrong-header.tsv')])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(fixture('wrong-header.tsv'))
    expect(stderr).toContain('host\\tlabel\\tpattern_type\\ttext')
    expect(stderr).toContain('found "host\\tlabel\\ttype\\ttext"')
  })

  it('names a missing file', async () => {
    const { code, stderr } = await run(['no/such/file.tsv'])
    expect(code).toBe(2)
    expect(stderr).toContain('no/such/file.tsv: no such file')
  })

  it('refuses unknown options and a missing path', async () => {
    expect((await run([fixture('labelled-texts.tsv'), '--csv'])).code).toBe(2)
    expect((await run([])).code).toBe(2)
  })

  it('runs as a command and exits 2 on a wrong header', async () => {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/text/evaluate-text.ts', fixture('wrong-header.tsv')], {
        cwd: root,
      })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('close', (code) => resolve({ code: code ?? -1, stderr }))
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('the header must be')
  })
})
