import { relative } from 'node:path'
import { loadScenarios } from '../../scenario/load-scenario.js'
import { EXIT, UsageError } from '../exit-codes.js'
import type { CommonValues } from '../options.js'

/** Checks scenario files and exits; errors (thrown as ScenarioError) name file, line and field.
 * Secrets are usually not set where scenarios are checked (an editor, a pre-commit hook), so an
 * unset `${env.NAME}` is noted, not an error: it stands in as a value that is valid anywhere. */
export async function validateCommand(paths: string[], values: CommonValues): Promise<number> {
  if (paths.length === 0) throw new UsageError('validate: expected one or more scenario files or folders')
  const unset = new Set<string>()
  const env = new Proxy(process.env, {
    get(target, name) {
      if (typeof name !== 'string' || target[name] !== undefined) return target[name as string]
      unset.add(name)
      return `https://${name.toLowerCase().replace(/_/g, '-')}.invalid`
    },
  })
  const scenarios = await loadScenarios(paths, env)
  if (!values.quiet) {
    for (const s of scenarios) {
      // The context each flow names, so that a misspelt name, which opens a new context instead of
      // returning to one, shows before a run.
      const steps = s.flows
        .map((f) => `${f.name} (${'steps' in f ? `${f.steps.length} steps` : 'script'}${f.context === undefined ? '' : `, browser: ${f.context}`})`)
        .join(', ')
      process.stdout.write(`ok  ${relative(process.cwd(), s.file)}: ${s.site} — ${steps}\n`)
    }
    if (unset.size > 0) process.stdout.write(`note: not set here, needed to run: ${[...unset].sort().join(', ')}\n`)
    process.stdout.write(`${scenarios.length} scenario file${scenarios.length === 1 ? '' : 's'} valid\n`)
  }
  return EXIT.ok
}
