import { availableParallelism } from 'node:os'
import { Severity } from '../report/model.js'
import { parseJurisdictions } from '../rules/jurisdictions.js'
import { UsageError } from './exit-codes.js'

export interface CommonValues {
  out?: string
  timeout?: string
  'fail-on'?: string
  concurrency?: string
  /** Each `--jurisdiction` given: `--jurisdiction us,de` and `--jurisdiction us --jurisdiction de` mean the same. */
  jurisdiction?: string[]
  quiet?: boolean
  json?: boolean
}

export const DEFAULT_TIMEOUT_MS = 10_000

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag}: expected a positive whole number, got "${value}"`)
  return n
}

export function auditSettings(values: CommonValues, defaultOut: string) {
  const failOn = Severity.safeParse(values['fail-on'] ?? 'serious')
  if (!failOn.success) {
    throw new UsageError(`--fail-on: expected one of ${Severity.options.join(', ')}, got "${values['fail-on']}"`)
  }
  return {
    outDir: values.out ?? defaultOut,
    timeoutMs: positiveInt('timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    concurrency: positiveInt('concurrency', values.concurrency, Math.max(1, availableParallelism())),
    failOn: failOn.data,
    jurisdictions: parseJurisdictions(values.jurisdiction?.join(',')),
    log: values.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`),
  }
}
