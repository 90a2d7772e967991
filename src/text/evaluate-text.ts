/** Measures the text heuristics against a labelled TSV file:
 *
 *   npx tsx src/text/evaluate-text.ts <file.tsv> [--by-host] [--json]
 *
 * `--by-host` adds leave-one-host-out scores (src/text/cross-validate.ts): each host's rows scored
 * without the word-list entries that only that host's pattern rows contain, and the gap to the full
 * score. A heuristic that generalises keeps its score; one grown by adding one site's sentence does not.
 *
 * The file has the header `host	label	pattern_type	text`. For each heuristic, the rows of the
 * pattern types it targets are the positives and every other row a negative; the false-positive rate
 * is taken on the "Not Dark Pattern" rows alone. Exit code 2 for bad usage or a bad file. */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { EXIT } from '../cli/exit-codes.js'
import { confirmshaming } from './confirmshaming.js'
import { allWordListEntries, crossValidateByHost, type HostSpecificEntry } from './cross-validate.js'
import { hardToCancel } from './hard-to-cancel.js'
import type { HeuristicResult } from './heuristic-result.js'
import { NOT_DARK, readLabelledTexts, type LabelledText } from './labelled-texts.js'
import { hiddenRenewalTerms } from './renewal-disclosure.js'
import { confusionOf, falsePositiveRate, metricsOf, type Confusion } from './text-metrics.js'
import { trickQuestion } from './trick-question.js'
import { urgency } from './urgency.js'

interface Evaluated {
  name: string
  detect: (text: string) => HeuristicResult
  /** The rule whose findings rest on the heuristic: what a row's score says about. */
  rule: string
  /** The pattern types, as the file writes them, that the heuristic is meant to find. */
  targets: readonly string[]
}

export const EVALUATED: readonly Evaluated[] = [
  { name: 'confirmshaming', rule: 'confirmshaming', detect: confirmshaming, targets: ['Confirmshaming'] },
  { name: 'hardToCancel', rule: 'no-online-cancel', detect: hardToCancel, targets: ['Hard to Cancel'] },
  { name: 'hiddenRenewalTerms', rule: 'hidden-renewal-terms', detect: hiddenRenewalTerms, targets: ['Hidden Subscription'] },
  { name: 'trickQuestion', rule: 'trick-question', detect: trickQuestion, targets: ['Trick Questions'] },
  { name: 'urgency', rule: 'fake-urgency', detect: urgency, targets: ['Countdown Timer', 'Limited-time Message'] },
]

export interface HeuristicScore {
  precision: number
  recall: number
  f1: number
  /** How many rows are of the targeted types. */
  support: number
  falsePositiveRateOnNotDark: number
}

export interface Evaluation {
  rows: number
  notDarkRows: number
  confusion: Record<string, Confusion>
  scores: Record<string, HeuristicScore>
}

export function evaluateTexts(rows: readonly LabelledText[]): Evaluation {
  const confusion: Record<string, Confusion> = {}
  const scores: Record<string, HeuristicScore> = {}
  const notDark = rows.filter((r) => r.patternType === NOT_DARK)
  for (const { name, detect, targets } of EVALUATED) {
    const predictions = rows.map((r) => ({ row: r, predicted: detect(r.text).match, actual: targets.includes(r.patternType) }))
    const all = confusionOf(predictions)
    const onNotDark = confusionOf(predictions.filter((p) => p.row.patternType === NOT_DARK))
    confusion[name] = all
    scores[name] = {
      ...metricsOf(all),
      support: all.truePositives + all.falseNegatives,
      falsePositiveRateOnNotDark: falsePositiveRate(onNotDark),
    }
  }
  return { rows: rows.length, notDarkRows: notDark.length, confusion, scores }
}

export interface CrossValidatedScore {
  full: HeuristicScore
  byHost: HeuristicScore
  /** Full minus leave-one-host-out F1: how much of the score rests on entries only one host uses. */
  f1Gap: number
  hostSpecific: HostSpecificEntry[]
}

export async function crossValidateTexts(rows: readonly LabelledText[], evaluation: Evaluation): Promise<Record<string, CrossValidatedScore>> {
  const entries = await allWordListEntries()
  const out: Record<string, CrossValidatedScore> = {}
  for (const evaluated of EVALUATED) {
    const cv = crossValidateByHost(rows, evaluated, entries)
    const byHost = {
      ...metricsOf(cv.confusion),
      support: cv.confusion.truePositives + cv.confusion.falseNegatives,
      falsePositiveRateOnNotDark: falsePositiveRate(cv.notDarkConfusion),
    }
    const full = evaluation.scores[evaluated.name]!
    out[evaluated.name] = { full, byHost, f1Gap: full.f1 - byHost.f1, hostSpecific: cv.hostSpecific }
  }
  return out
}

const fixed = (n: number): string => n.toFixed(3)

export function formatCrossValidation(scores: Record<string, CrossValidatedScore>): string {
  const head = ['heuristic', 'F1 full', 'F1 by host', 'gap', 'recall by host', 'FPR not-dark by host', 'host-only entries']
  const table = [
    head,
    ...Object.entries(scores).map(([name, s]) => [
      name,
      fixed(s.full.f1),
      fixed(s.byHost.f1),
      fixed(s.f1Gap),
      fixed(s.byHost.recall),
      fixed(s.byHost.falsePositiveRateOnNotDark),
      String(s.hostSpecific.length),
    ]),
  ]
  const widths = head.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  const lines = table.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd())
  for (const [name, s] of Object.entries(scores)) {
    if (s.hostSpecific.length === 0) continue
    lines.push('', `${name}: entries only one host's rows contain (left out when scoring that host)`)
    for (const { host, entry } of s.hostSpecific) lines.push(`  ${host}: ${entry}`)
  }
  return lines.join('\n')
}

export function formatTable(evaluation: Evaluation): string {
  const head = ['heuristic', 'rule', 'targets', 'rows', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'FPR not-dark']
  const lines = EVALUATED.map(({ name, rule, targets }) => {
    const s = evaluation.scores[name]
    const c = evaluation.confusion[name]
    if (!s || !c) return []
    return [
      name,
      rule,
      targets.join(' + '),
      String(evaluation.rows),
      String(s.support),
      String(c.truePositives),
      String(c.falsePositives),
      String(c.falseNegatives),
      fixed(s.precision),
      fixed(s.recall),
      fixed(s.f1),
      `${fixed(s.falsePositiveRateOnNotDark)} of ${evaluation.notDarkRows}`,
    ]
  })
  const table = [head, ...lines]
  const widths = head.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  return table.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

const USAGE = 'usage: npx tsx src/text/evaluate-text.ts <file.tsv> [--by-host] [--json]'

/** Runs the command; returns the exit code. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(`${USAGE}\n`)
    return EXIT.ok
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--by-host')
  const paths = argv.filter((a) => !a.startsWith('-'))
  if (unknown.length || paths.length !== 1) {
    err(`evaluate-text: ${unknown.length ? `unknown option ${unknown.join(', ')}` : 'give exactly one TSV file'}\n${USAGE}\n`)
    return EXIT.usage
  }
  const [path = ''] = paths
  const read = await readLabelledTexts(path)
  if (!read.ok) {
    err(`evaluate-text: ${read.message}\n`)
    return EXIT.usage
  }
  const evaluation = evaluateTexts(read.rows)
  const byHost = argv.includes('--by-host') ? await crossValidateTexts(read.rows, evaluation) : undefined
  if (argv.includes('--json')) out(`${JSON.stringify(byHost ?? evaluation.scores, null, 2)}\n`)
  else out(`${formatTable(evaluation)}\n${byHost ? `\nLeave one host out\n${formatCrossValidation(byHost)}\n` : ''}`)
  return EXIT.ok
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
})()

if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
