import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describeStep } from './describe-step.js'
import { interpolateEnv } from './interpolate-env.js'
import { formatPath, type PathIssue, type PathSegment, valueAt } from './issue-path.js'
import type { LoadedFlow, LoadedScenario } from './loaded-scenario.js'
import { parseScenarioText } from './parse-scenario-text.js'
import { displayPath, ScenarioError, type ScenarioIssue } from './scenario-error.js'
import type { FlowRole } from '../artifacts/flow-role.js'
import type { Mailbox, Step } from './schema.js'
import { secretForms, typedSecrets, withSecretValueMasked } from './secret-fields.js'
import { EMPTY_SCENARIO, validateScenarioDefinition, validateScenarioFile } from './validate-scenario.js'

export { ScenarioError, type ScenarioIssue } from './scenario-error.js'

const TEXT_FORMATS: Readonly<Record<string, 'yaml' | 'json'>> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' }
const CODE_EXTENSIONS = ['.ts', '.mts']
export const SCENARIO_EXTENSIONS = [...Object.keys(TEXT_FORMATS), ...CODE_EXTENSIONS]

/** Loads one scenario file (YAML, JSON or TypeScript), resolving `${env.NAME}` from `env`.
 * Throws a ScenarioError listing every problem found in the file. */
export async function loadScenario(file: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedScenario> {
  const absolute = path.resolve(file)
  const extension = path.extname(absolute).toLowerCase()
  const format = TEXT_FORMATS[extension]
  if (format) {
    let text: string
    try {
      // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
      text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '')
    } catch (error) {
      throw fileError(absolute, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
    return loadTextScenario(absolute, text, format, env)
  }
  if (CODE_EXTENSIONS.includes(extension)) return loadCodeScenario(absolute, env)
  throw fileError(absolute, `unsupported file type "${extension}" (expected one of ${SCENARIO_EXTENSIONS.join(', ')})`)
}

/** Loads every scenario in `paths` (files, or directories searched recursively). Problems in all
 * files are collected and thrown together, so one `validate` run shows them all. */
export async function loadScenarios(paths: string[], env: NodeJS.ProcessEnv = process.env): Promise<LoadedScenario[]> {
  const issues: ScenarioIssue[] = []
  const files = new Set<string>()
  for (const given of paths) {
    const absolute = path.resolve(given)
    const stats = await stat(absolute).catch(() => undefined)
    if (!stats) {
      issues.push({ file: displayPath(absolute), path: '', message: 'no such file or directory' })
    } else if (stats.isDirectory()) {
      const found = await findScenarioFiles(absolute)
      if (found.length === 0) {
        issues.push({ file: displayPath(absolute), path: '', message: `no scenario files (${SCENARIO_EXTENSIONS.join(', ')}) in this directory` })
      }
      for (const file of found) files.add(file)
    } else {
      files.add(absolute)
    }
  }
  const scenarios: LoadedScenario[] = []
  for (const file of files) {
    try {
      scenarios.push(await loadScenario(file, env))
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error
      issues.push(...error.issues)
    }
  }
  if (issues.length) throw new ScenarioError(issues)
  return scenarios
}

/** Scenario files under `dir`, sorted; hidden entries, node_modules and `.d.ts` files are skipped. */
export async function findScenarioFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await findScenarioFiles(full)))
    else if (SCENARIO_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && !entry.name.endsWith('.d.ts')) found.push(full)
  }
  return found.sort()
}

function loadTextScenario(file: string, text: string, format: 'yaml' | 'json', env: NodeJS.ProcessEnv): LoadedScenario {
  const shown = displayPath(file)
  if (text.trim() === '') throw fileError(file, EMPTY_SCENARIO)
  const parsed = parseScenarioText(text, format)
  if (parsed.syntax.length) {
    throw new ScenarioError(parsed.syntax.map(({ line, message }) => ({ file: shown, line, path: '', message })))
  }
  const interpolated = interpolateEnv(parsed.data, env)
  const validation = validateScenarioFile(interpolated.value, parsed.data)
  const issues = [...interpolated.issues, ...(validation.ok ? [] : withoutEnvEcho(validation.issues, interpolated.issues))]
  if (issues.length || !validation.ok) {
    throw new ScenarioError(
      sortByLine(issues.map((issue) => ({ file: shown, line: parsed.lineOf(issue.at ?? issue.path), path: formatPath(issue.path), message: issue.message }))),
    )
  }
  const scenario = validation.value
  return {
    file,
    site: scenario.site,
    baseUrl: scenario.baseUrl,
    ...(scenario.timeoutMs === undefined ? {} : { timeoutMs: scenario.timeoutMs }),
    ...(scenario.dialogs ? { dialogs: scenario.dialogs } : {}),
    ...(scenario.jurisdictions ? { jurisdictions: scenario.jurisdictions } : {}),
    ...(scenario.mailbox ? { mailbox: scenario.mailbox } : {}),
    flows: scenario.flows.map((flow, flowIndex) => ({
      ...flowHead(flow),
      steps: flow.steps.map((step, stepIndex) => {
        const stepPath = ['flows', flowIndex, 'steps', stepIndex]
        return { step, written: describeWritten(parsed.data, stepPath), line: parsed.lineOf(stepPath) }
      }),
    })),
    secrets: withTypedSecrets(interpolated.secrets, scenario.flows.flatMap((flow) => flow.steps), scenario.mailbox),
  }
}

async function loadCodeScenario(file: string, env: NodeJS.ProcessEnv): Promise<LoadedScenario> {
  const shown = displayPath(file)
  let module: Record<string, unknown>
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  } catch (error) {
    const { line, message } = importProblem(error)
    throw new ScenarioError([{ file: shown, ...(line === undefined ? {} : { line }), path: '', message: `cannot load the module: ${message}` }])
  }
  const definition = module.default ?? module.scenario
  if (definition === undefined) {
    throw fileError(file, 'no scenario exported (expected `export default defineScenario({ ... })` or `export const scenario = defineScenario({ ... })`)')
  }
  const interpolated = interpolateEnv(definition, env)
  const validation = validateScenarioDefinition(interpolated.value, definition)
  const issues = [...interpolated.issues, ...(validation.ok ? [] : withoutEnvEcho(validation.issues, interpolated.issues))]
  if (issues.length || !validation.ok) {
    throw new ScenarioError(issues.map((issue) => ({ file: shown, path: formatPath(issue.path), message: issue.message })))
  }
  const scenario = validation.value
  const flows = scenario.flows.map((flow, flowIndex): LoadedFlow => {
    if ('run' in flow) return { ...flowHead(flow), script: flow.run }
    return {
      ...flowHead(flow),
      steps: flow.steps.map((step, stepIndex) => ({ step, written: describeWritten(definition, ['flows', flowIndex, 'steps', stepIndex]) })),
    }
  })
  return {
    file,
    site: scenario.site,
    baseUrl: scenario.baseUrl,
    ...(scenario.timeoutMs === undefined ? {} : { timeoutMs: scenario.timeoutMs }),
    ...(scenario.dialogs ? { dialogs: scenario.dialogs } : {}),
    ...(scenario.jurisdictions ? { jurisdictions: scenario.jurisdictions } : {}),
    ...(scenario.mailbox ? { mailbox: scenario.mailbox } : {}),
    flows,
    secrets: withTypedSecrets(
      interpolated.secrets,
      flows.flatMap((flow) => ('steps' in flow ? flow.steps.map((s) => s.step) : [])),
      scenario.mailbox,
    ),
  }
}

function flowHead(flow: { name: string; fresh: boolean; role?: FlowRole; context?: string }): { name: string; fresh: boolean; role?: FlowRole; context?: string } {
  return { name: flow.name, fresh: flow.fresh, ...(flow.role ? { role: flow.role } : {}), ...(flow.context === undefined ? {} : { context: flow.context }) }
}

/** The step as written, placeholders kept, a value typed into a secret field masked. Interpolation
 * only rewrites strings, so the written step has the shape of the validated one. */
function describeWritten(written: unknown, stepPath: PathSegment[]): string {
  return describeStep(withSecretValueMasked(valueAt(written, stepPath) as Step))
}

/** A password or card number typed into the scenario as it is is as secret as one from the
 * environment: both are redacted from every output. */
function withTypedSecrets(fromEnv: readonly string[], steps: readonly Step[], mailbox: Mailbox | undefined): string[] {
  const mailboxPassword = mailbox?.imap?.password ?? mailbox?.mailpit?.password
  return [...new Set([...fromEnv, ...typedSecrets(steps), ...(mailboxPassword ? secretForms(mailboxPassword) : [])])]
}

/** A field whose variable is unset still holds `${env.NAME}`, which may then fail validation too
 * (a baseUrl that is not a URL): the unset variable is the one thing to report there. */
function withoutEnvEcho(issues: PathIssue[], envIssues: PathIssue[]): PathIssue[] {
  const unset = new Set(envIssues.map((issue) => formatPath(issue.path)))
  return issues.filter((issue) => !unset.has(formatPath(issue.path)))
}

/** A failed import as one line. A syntax error from the TypeScript transform reads
 * "Transform failed with 1 error:\n/abs/file.ts:4:0: ERROR: Expected ..."; take its line and text. */
function importProblem(error: unknown): { line?: number; message: string } {
  const text = error instanceof Error ? error.message : String(error)
  const syntax = /:(\d+):\d+: ERROR: (.+)/.exec(text)
  if (syntax) return { line: Number(syntax[1]), message: syntax[2] ?? '' }
  return { message: text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error' }
}

function sortByLine(issues: ScenarioIssue[]): ScenarioIssue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

function fileError(file: string, message: string): ScenarioError {
  return new ScenarioError([{ file: displayPath(file), path: '', message }])
}
