import { parseArgs } from 'node:util'
import { EXIT, UsageError } from './exit-codes.js'
import { HELP } from './help.js'

const COMMANDS = ['run', 'scan', 'merge', 'audit', 'validate', 'rules', 'doctor', 'demo'] as const
type Command = (typeof COMMANDS)[number]

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP)
    return command ? EXIT.ok : EXIT.usage
  }
  if (command === '--version' || command === '-v') {
    const { TOOL_VERSION } = await import('../audit/tool-version.js')
    process.stdout.write(`${TOOL_VERSION}\n`)
    return EXIT.ok
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}" (expected one of ${COMMANDS.join(', ')}); see cancelcheck --help`)
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      timeout: { type: 'string' },
      'fail-on': { type: 'string' },
      concurrency: { type: 'string' },
      jurisdiction: { type: 'string', multiple: true },
      format: { type: 'string' },
      config: { type: 'string' },
      baseline: { type: 'string' },
      'single-file': { type: 'boolean' },
      trace: { type: 'boolean' },
      from: { type: 'string' },
      urls: { type: 'string' },
      resume: { type: 'boolean' },
      'ignore-robots': { type: 'boolean' },
      'max-pages': { type: 'string' },
      'site-budget': { type: 'string' },
      shard: { type: 'string' },
      'browser-endpoint': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      json: { type: 'boolean' },
    },
  })
  const commands: Record<Command, () => Promise<number>> = {
    run: async () => (await import('./commands/run.js')).runCommand(positionals, values),
    scan: async () => (await import('./commands/scan.js')).scanCommand(positionals, values),
    merge: async () => (await import('./commands/merge.js')).mergeCommand(positionals, values),
    audit: async () => (await import('./commands/audit.js')).auditCommand(values),
    validate: async () => (await import('./commands/validate.js')).validateCommand(positionals, values),
    rules: async () => (await import('./commands/rules.js')).rulesCommand(values),
    doctor: async () => (await import('./commands/doctor.js')).doctorCommand(),
    demo: async () => (await import('./commands/demo.js')).demoCommand(values),
  }
  return commands[command as Command]()
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  async (err: unknown) => {
    const { ScenarioError } = await import('../scenario/load-scenario.js')
    const { BrowserNotFoundError } = await import('../browser/find-browser.js')
    const { ForeignFolderError } = await import('../artifacts/output-folder.js')
    if (err instanceof ScenarioError) {
      // Already one `file:line: field: problem` line per issue, ready for editors to jump to.
      process.stderr.write(`${err.message}\n`)
      process.exitCode = EXIT.usage
    } else if (err instanceof UsageError || err instanceof ForeignFolderError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`cancelcheck: ${(err as Error).message}\n`)
      process.exitCode = EXIT.usage
    } else if (err instanceof BrowserNotFoundError) {
      process.stderr.write(`cancelcheck: ${err.message}\n`)
      process.exitCode = EXIT.incomplete
    } else {
      process.stderr.write(`cancelcheck: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
      process.exitCode = EXIT.incomplete
    }
  },
)
