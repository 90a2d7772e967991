import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { HeuristicResult } from './heuristic-result.js'
import { NOT_DARK, type LabelledText } from './labelled-texts.js'
import { normalizeText } from './match-topic.js'
import { anyOfSource, withholding } from './phrase-pattern.js'
import { type Confusion, confusionOf } from './text-metrics.js'

/** A heuristic as the evaluation sees it. */
export interface Detector {
  name: string
  detect: (text: string) => HeuristicResult
  /** The pattern types the heuristic is meant to find; every other row is a negative. */
  targets: readonly string[]
}

/** A word-list entry that occurs in the data at one host only, in a row of the heuristic's patterns. */
export interface HostSpecificEntry {
  entry: string
  host: string
}

export interface CrossValidation {
  confusion: Confusion
  notDarkConfusion: Confusion
  /** The entries left out while each host's rows were scored. */
  hostSpecific: HostSpecificEntry[]
}

/** Leave-one-host-out scores of a heuristic whose knowledge is its word lists: each host's rows are
 * scored without the entries that occur at that host alone (in one of its rows of the heuristic's
 * patterns, and in no other host's row of any label), i.e. as if the lists had been written without
 * ever seeing that host. An entry added to catch one site's sentence costs that site its hit here;
 * wording that other sites use too, and common words, are kept. */
export function crossValidateByHost(rows: readonly LabelledText[], detector: Detector, entries: readonly string[]): CrossValidation {
  const texts = rows.map((r) => normalizeText(r.text))
  const isTarget = (row: LabelledText) => detector.targets.includes(row.patternType)
  const withheldByHost = new Map<string, Set<string>>()
  const hostSpecific: HostSpecificEntry[] = []
  for (const entry of new Set(entries)) {
    const re = new RegExp(anyOfSource([entry]), 'iu')
    const matched = rows.filter((_, i) => re.test(texts[i]!))
    const host = matched[0]?.host
    if (!host || matched.some((r) => r.host !== host) || !matched.some(isTarget)) continue
    withheldByHost.set(host, (withheldByHost.get(host) ?? new Set()).add(entry))
    hostSpecific.push({ entry, host })
  }
  const predictions = rows.map((row) => ({ row, predicted: detector.detect(row.text).match, actual: isTarget(row) }))
  for (const [host, withheld] of withheldByHost) {
    withholding(withheld, () => {
      for (const p of predictions) if (p.row.host === host) p.predicted = detector.detect(p.row.text).match
    })
  }
  return {
    confusion: confusionOf(predictions),
    notDarkConfusion: confusionOf(predictions.filter((p) => p.row.patternType === NOT_DARK)),
    hostSpecific: hostSpecific.sort((a, b) => a.host.localeCompare(b.host) || a.entry.localeCompare(b.entry)),
  }
}

/** Every entry of every word list under src/text: the strings of the lexicon modules and the
 * vocabularies, templates left out. */
export async function allWordListEntries(): Promise<string[]> {
  const dir = fileURLToPath(new URL('.', import.meta.url))
  const lexiconFiles = (await readdir(`${dir}lexicon`)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}lexicon/${f}`)
  const vocabularyFiles = (await readdir(dir)).filter((f) => /^vocabulary-[a-z]{2}\.ts$/.test(f)).map((f) => `${dir}${f}`)
  const entries = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value && !value.includes('{')) entries.add(value)
    } else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const file of [...lexiconFiles, ...vocabularyFiles]) collect(Object.values((await import(file)) as object))
  return [...entries]
}
