import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { explainZodIssue } from './explain-zod-issue.js'
import { interpolateEnv } from './interpolate-env.js'
import { formatPath } from './issue-path.js'
import { parseScenarioText } from './parse-scenario-text.js'
import { displayPath, ScenarioError } from './scenario-error.js'
import { Mailbox } from './schema.js'
import { secretForms } from './secret-fields.js'

/** A mailbox file (`--mailbox`): the `mailbox:` object of a scenario, alone in a YAML or JSON file,
 * for the scenarios that name none. Its `${env.NAME}` values and its password are secrets. */
export async function loadMailboxFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<{ mailbox: Mailbox; secrets: string[] }> {
  const shown = displayPath(path.resolve(file))
  let text: string
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '')
  } catch (error) {
    throw new ScenarioError([{ file: shown, path: '', message: `cannot read the mailbox file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }])
  }
  const parsed = parseScenarioText(text, path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml')
  if (parsed.syntax.length) throw new ScenarioError(parsed.syntax.map(({ line, message }) => ({ file: shown, line, path: '', message })))
  const interpolated = interpolateEnv(parsed.data, env)
  const result = Mailbox.safeParse(interpolated.value)
  const issues = [
    ...interpolated.issues,
    ...(result.success ? [] : result.error.issues.flatMap((issue) => explainZodIssue(issue, Mailbox, interpolated.value, [], parsed.data))),
  ]
  if (issues.length || !result.success) {
    throw new ScenarioError(issues.map((issue) => ({ file: shown, line: parsed.lineOf(issue.path), path: formatPath(issue.path), message: issue.message })))
  }
  const password = result.data.imap?.password ?? result.data.mailpit?.password
  return { mailbox: result.data, secrets: [...new Set([...interpolated.secrets, ...(password ? secretForms(password) : [])])] }
}
