import { parseArgs, type ParseArgsConfig } from 'node:util'
import { EXIT, UsageError } from './exit-codes.js'
import { type Command, COMMAND_SPECS, COMMANDS, commandHelp, HELP, OPTIONS, optionsOf } from './help.js'
import type { ScanValues } from './commands/scan.js'

const isCommand = (word: string | undefined): word is Command => (COMMANDS as readonly (string | undefined)[]).includes(word)

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    // `cancelcheck help run` reads like `git help commit`.
    process.stdout.write(isCommand(rest[0]) ? commandHelp(rest[0]) : HELP)
    return command ? EXIT.ok : EXIT.usage
  }
  if (command === '--version' || command === '-v') {
    const { TOOL_VERSION } = await import('../audit/tool-version.js')
    process.stdout.write(`${TOOL_VERSION}\n`)
    return EXIT.ok
  }
  if (!isCommand(command)) {
    throw new UsageError(`unknown command "${command}" (expected one of ${COMMANDS.join(', ')}); see cancelcheck --help`)
  }
  const { values, positionals } = parseCommandArgs(command, rest)
  if (values.help) {
    process.stdout.write(commandHelp(command))
    return EXIT.ok
  }
  const commands: Record<Command, () => Promise<number>> = {
    run: async () => (await import('./commands/run.js')).runCommand(positionals, values),
    scan: async () => (await import('./commands/scan.js')).scanCommand(positionals, values),
    init: async () => (await import('./commands/init.js')).initCommand(positionals, values),
    record: async () => (await import('./commands/record.js')).recordCommand(positionals, values),
    merge: async () => (await import('./commands/merge.js')).mergeCommand(positionals, values),
    audit: async () => (await import('./commands/audit.js')).auditCommand(values),
    validate: async () => (await import('./commands/validate.js')).validateCommand(positionals, values),
    rules: async () => (await import('./commands/rules.js')).rulesCommand(values),
    doctor: async () => (await import('./commands/doctor.js')).doctorCommand(),
    demo: async () => (await import('./commands/demo.js')).demoCommand(values),
  }
  return commands[command]()
}

/** The flags `command` takes, as help.ts lists them; a flag of another command is named as such. */
function parseCommandArgs(command: Command, args: string[]): { values: ScanValues & { help?: boolean }; positionals: string[] } {
  // --help answers even beside flags that would not parse.
  const beforeOperands = args.includes('--') ? args.slice(0, args.indexOf('--')) : args
  if (beforeOperands.includes('--help') || beforeOperands.includes('-h')) return { values: { help: true }, positionals: [] }
  const options: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
    optionsOf(command).map((o) => [o.name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  )
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options })
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'(-[^']*)'/.exec((err as Error).message)?.[1] ?? 'an option'
      const name = given.replace(/^--?/, '').replace(/=.*/, '')
      const owner = OPTIONS.find((o) => o.name === name || o.short === name)
      const belongs = owner ? ` (it is an option of ${owner.commands.join(', ')})` : ''
      throw new UsageError(`${command} does not take ${given}${belongs}; see cancelcheck ${command} --help`)
    }
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(`${command}: ${(err as Error).message}; see cancelcheck ${command} --help`)
    throw err
  }
  if (!COMMAND_SPECS[command].positionals && parsed.positionals.length > 0) {
    throw new UsageError(`${command} takes no arguments, got "${parsed.positionals.join(' ')}"; see cancelcheck ${command} --help`)
  }
  // The options above are the ones ScanValues and CommonValues describe, by the same names.
  return { values: parsed.values as ScanValues & { help?: boolean }, positionals: parsed.positionals }
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
      // An unexpected error is often Playwright's, with its coloured call log.
      const { plainText } = await import('../artifacts/plain-text.js')
      process.stderr.write(`cancelcheck: ${plainText(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`)
      process.exitCode = EXIT.incomplete
    }
  },
)
