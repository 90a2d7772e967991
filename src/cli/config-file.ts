import { access, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { Severity } from '../report/model.js'
import type { Rule } from '../rules/define-rule.js'
import { KnownJurisdiction } from '../scenario/schema.js'
import { REPORT_FORMATS } from './write-reports.js'
import { UsageError } from './exit-codes.js'

/** ESLint's words: `off` does not run the rule, `warn` shows its findings but never fails the build,
 * `error` is the default. */
export const RuleLevel = z.enum(['off', 'warn', 'error'])

/** Each rule id the config names, with its level; the ids are checked against the rules that exist. */
export const RuleLevels = z.record(z.string(), RuleLevel)

export const CancelcheckConfig = z.strictObject({
  /** Where an editor finds this file's JSON Schema (src/schemas/config.schema.json); not read. */
  $schema: z.string().optional(),
  rules: RuleLevels.optional(),
  failOn: Severity.optional(),
  /** Checked here, not only where `--jurisdiction` is, so that a wrong tag is named with the file. */
  jurisdictions: z.array(KnownJurisdiction).min(1).optional(),
  formats: z.array(z.enum(REPORT_FORMATS)).optional(),
})
export type CancelcheckConfig = z.infer<typeof CancelcheckConfig>

/** Looked for in the working directory, in this order, when `--config` is not given. */
export const CONFIG_FILES = ['cancelcheck.config.json', 'cancelcheck.config.ts', 'cancelcheck.config.mjs', 'cancelcheck.config.js']

export interface FoundConfig {
  file?: string
  config: CancelcheckConfig
}

export async function loadConfig(explicit: string | undefined, cwd = process.cwd()): Promise<FoundConfig> {
  const file = explicit ?? (await firstExisting(CONFIG_FILES.map((name) => join(cwd, name))))
  if (!file) return { config: {} }
  const raw = await readConfigFile(file)
  const parsed = CancelcheckConfig.safeParse(raw)
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues
        .map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${describeIssue(issue)}`)
        .join('\n'),
    )
  }
  return { file, config: parsed.data }
}

async function readConfigFile(file: string): Promise<unknown> {
  try {
    if (file.endsWith('.json')) return JSON.parse(await readFile(file, 'utf8'))
    const module = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown }
    return module.default
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err)
    throw new UsageError(`${file}: could not be read: ${why}`)
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  if (issue.code === 'unrecognized_keys') return `unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected $schema, rules, failOn, jurisdictions, formats)`
  return issue.message
}

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      await access(path)
      return path
    } catch {
      // next candidate
    }
  }
  return undefined
}

/** The rules to run and the ones that only warn, after checking every id the config names. */
export function applyRuleLevels(rules: readonly Rule[], found: FoundConfig): { rules: Rule[]; warnOnly: string[] } {
  const levels = found.config.rules ?? {}
  const known = new Set(rules.map((r) => r.meta.id))
  const unknown = Object.keys(levels).filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new UsageError(
      unknown.map((id) => `${found.file}: rules.${id}: no rule has this id (see cancelcheck rules)`).join('\n'),
    )
  }
  return {
    rules: rules.filter((r) => levels[r.meta.id] !== 'off'),
    warnOnly: rules.filter((r) => levels[r.meta.id] === 'warn').map((r) => r.meta.id),
  }
}
