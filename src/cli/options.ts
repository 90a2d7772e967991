import { availableParallelism } from 'node:os'
import { Severity } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { allRules } from '../rules/index.js'
import { parseJurisdictions } from '../rules/jurisdictions.js'
import { applyRuleLevels, loadConfig } from './config-file.js'
import { UsageError } from './exit-codes.js'
import { parseFormats, type ReportFormat } from './write-reports.js'

export interface CommonValues {
  out?: string
  timeout?: string
  'fail-on'?: string
  concurrency?: string
  /** Each `--jurisdiction` given: `--jurisdiction us,de` and `--jurisdiction us --jurisdiction de` mean the same. */
  jurisdiction?: string[]
  format?: string
  config?: string
  baseline?: string
  mailbox?: string
  'single-file'?: boolean
  trace?: boolean
  from?: string
  quiet?: boolean
  json?: boolean
}

export const DEFAULT_TIMEOUT_MS = 10_000

export function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag}: expected a positive whole number, got "${value}"`)
  return n
}

/** Flags first, then the config file, then defaults. */
export async function auditSettings(values: CommonValues, defaultOut: string, defaultFormats?: readonly ReportFormat[]) {
  const found = await loadConfig(values.config)
  const failOnValue = values['fail-on'] ?? found.config.failOn ?? 'serious'
  const failOn = Severity.safeParse(failOnValue)
  if (!failOn.success) {
    throw new UsageError(`--fail-on: expected one of ${Severity.options.join(', ')}, got "${failOnValue}"`)
  }
  const { rules, warnOnly } = applyRuleLevels(allRules as readonly Rule[], found)
  return {
    outDir: values.out ?? defaultOut,
    timeoutMs: positiveInt('timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    concurrency: positiveInt('concurrency', values.concurrency, Math.max(1, availableParallelism())),
    failOn: failOn.data,
    jurisdictions: parseJurisdictions(values.jurisdiction?.join(',') ?? found.config.jurisdictions?.join(',')),
    rules,
    warnOnly,
    formats: parseFormats(values.format, found.config.formats ?? defaultFormats),
    singleFile: Boolean(values['single-file']),
    playwrightTraces: Boolean(values.trace),
    baseline: values.baseline,
    log: values.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`),
  }
}
export type AuditSettings = Awaited<ReturnType<typeof auditSettings>>
