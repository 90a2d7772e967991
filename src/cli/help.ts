// The one description of the command line: the parser takes each command's flags from OPTIONS, and
// the general and per-command help are written from the same entries, so what --help shows is what
// a command accepts.

export const COMMANDS = ['run', 'scan', 'init', 'record', 'merge', 'audit', 'validate', 'rules', 'doctor', 'demo'] as const
export type Command = (typeof COMMANDS)[number]

interface CommandSpec {
  /** What the command takes besides flags, as shown in its usage line. */
  operands: string
  /** Whether the command reads positional arguments; the others refuse them. */
  positionals: boolean
  summary: string
}

export const COMMAND_SPECS: Record<Command, CommandSpec> = {
  run: { operands: '<scenario files or folders…>', positionals: true, summary: "walks the flows of scenario files in a real browser and reports what it saw" },
  scan: { operands: '<urls…> | --urls FILE', positionals: true, summary: 'finds and judges the pricing, signup, help and cancel pages of sites that have no scenario' },
  init: { operands: '<url> [file]', positionals: true, summary: 'finds the pages of a site and writes a starter scenario for it (default scenarios/<host>.yaml)' },
  record: { operands: '<url> [file]', positionals: true, summary: "opens Playwright's recorder on a site and saves what you do as a TypeScript scenario (default scenarios/<host>.ts)" },
  merge: { operands: '<scan folders…>', positionals: true, summary: "joins the folders of a sharded scan into one report" },
  audit: { operands: '--from DIR', positionals: false, summary: 'runs the current rules on the traces an earlier run saved, with no browser' },
  validate: { operands: '<scenario files or folders…>', positionals: true, summary: 'checks scenario files and exits' },
  rules: { operands: '', positionals: false, summary: 'lists every rule with its severity, category and legal references' },
  doctor: { operands: '', positionals: false, summary: 'says which browser cancelcheck uses and whether it starts' },
  demo: { operands: '', positionals: false, summary: 'serves the bundled demo sites on 127.0.0.1 and audits them' },
}

export interface OptionSpec {
  name: string
  short?: string
  type: 'string' | 'boolean'
  multiple?: boolean
  /** The value's placeholder in usage lines: `DIR` in `--out DIR`. */
  value?: string
  /** Lines of the description, without indentation. */
  help: readonly string[]
  commands: readonly Command[]
}

const REPORTING: readonly Command[] = ['run', 'scan', 'merge', 'audit', 'demo']

/** In the order usage lines and help list them. */
export const OPTIONS: readonly OptionSpec[] = [
  { name: 'urls', type: 'string', value: 'FILE', commands: ['scan'], help: ['scan: one site URL per line (# comments allowed)'] },
  { name: 'from', type: 'string', value: 'DIR', commands: ['audit'], help: ['audit: run the current rules on the traces an earlier run saved (no browser)'] },
  {
    name: 'out',
    short: 'o',
    type: 'string',
    value: 'DIR',
    commands: REPORTING,
    help: ['report folder (run: reports/latest, scan: reports/scan, merge: reports/merged,', 'demo: reports/demo, audit: the --from folder)'],
  },
  { name: 'format', type: 'string', value: 'LIST', commands: REPORTING, help: ['html, json, sarif, junit, csv, pdf, markdown, comma-separated (default:', 'html, json, sarif, junit; scan and merge add csv)'] },
  {
    name: 'fail-on',
    type: 'string',
    value: 'LEVEL',
    commands: ['run', 'scan', 'merge', 'audit'],
    help: ['critical | serious | moderate | minor | info: exit 1 on indicators at or', 'above this severity (default serious)'],
  },
  {
    name: 'baseline',
    type: 'string',
    value: 'FILE',
    commands: ['run', 'scan', 'audit', 'demo'],
    help: ['an earlier report.json: findings are marked new, unchanged or fixed, and', 'only new ones fail the build'],
  },
  {
    name: 'mailbox',
    type: 'string',
    value: 'FILE',
    commands: ['run'],
    help: ['a YAML or JSON file holding a scenario\'s `mailbox:` object: read after each', 'flow of every scenario that names no mailbox of its own'],
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    commands: REPORTING,
    help: ['rule levels and defaults (default: cancelcheck.config.json or .ts here),', 'e.g. { "rules": { "slow-step": "off", "nagging": "warn" } }'],
  },
  {
    name: 'jurisdiction',
    type: 'string',
    multiple: true,
    value: 'TAGS',
    commands: ['run', 'scan', 'audit', 'demo'],
    help: [
      'the legal systems the report speaks for, comma-separated: us, us-ca,',
      'us-ny, us-co, us-mn, us-ma, eu, de, uk (default: all). A US state brings',
      'in US federal law, de brings in EU law. A rule with no provision in force',
      'there is not applicable',
    ],
  },
  { name: 'timeout', type: 'string', value: 'MS', commands: ['run', 'scan', 'init', 'demo'], help: ['per-step timeout in milliseconds (default 10000)'] },
  { name: 'concurrency', type: 'string', value: 'N', commands: ['run', 'scan', 'demo'], help: ['sites walked at once (default: number of CPU cores)'] },
  { name: 'max-pages', type: 'string', value: 'N', commands: ['scan'], help: ['scan: pages visited per site (default 12)'] },
  { name: 'site-budget', type: 'string', value: 'MS', commands: ['scan'], help: ['scan: time per site (default 60000)'] },
  { name: 'resume', type: 'boolean', commands: ['scan'], help: ['scan: keep the sites already in results.jsonl, scan the rest'] },
  { name: 'ignore-robots', type: 'boolean', commands: ['scan'], help: ['scan: do not read robots.txt (only for sites you may scan)'] },
  { name: 'shard', type: 'string', value: 'i/n', commands: ['scan'], help: ["scan: every n-th site from the i-th; merge the shards' folders afterwards"] },
  { name: 'browser-endpoint', type: 'string', value: 'WS', commands: ['scan'], help: ['scan: use a Playwright browser server (npx playwright run-server)'] },
  { name: 'trace', type: 'boolean', commands: ['run', 'demo'], help: ['keep a Playwright trace per flow (holds what was typed: keep it private)'] },
  { name: 'single-file', type: 'boolean', commands: REPORTING, help: ['screenshots inlined into index.html'] },
  { name: 'quiet', short: 'q', type: 'boolean', commands: [...REPORTING, 'init', 'record', 'validate'], help: ['no progress lines'] },
  {
    name: 'json',
    type: 'boolean',
    commands: [...REPORTING, 'rules'],
    help: ['print report.json to stdout instead of the summary; rules: print the', 'catalogue as JSON'],
  },
]

/** Every command takes it; listed in each command's help, not in its usage line. */
export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', commands: COMMANDS, help: ['this help'] }

export const optionsOf = (command: Command): OptionSpec[] => [...OPTIONS.filter((o) => o.commands.includes(command)), HELP_OPTION]

const EXIT_CODES = `Exit codes
  0  no indicator at or above --fail-on (with --baseline: no new one; rules set to warn never fail)
  1  indicators at or above --fail-on
  2  bad usage or input (the message names file, line and field), or a report format that could not
     be written (the others still are); outranks 1 and 3, so a missing report never looks green
  3  the audit is incomplete (no browser, a site unreachable, a flow failed); what was found is still
     written; outranks 1
  130, 143  stopped by SIGINT or SIGTERM: the sites finished are written as a partial report (a scan
     prints the command that resumes it); outranks every other code
`

const WIDTH = 100
const NAME_COLUMN = 25
const flag = (o: OptionSpec): string => `--${o.name}${o.value ? ` ${o.value}` : ''}`

/** `cancelcheck run <…> [--out DIR] …`, wrapped under the command's name. */
function usageLine(command: Command): string {
  const operands = COMMAND_SPECS[command].operands
  const shown = OPTIONS.filter((o) => o.commands.includes(command) && !operands.includes(`--${o.name}`))
  const words = [`cancelcheck ${command}`, ...(operands ? [operands] : []), ...shown.map((o) => `[${flag(o)}]`)]
  const indent = ' '.repeat(`cancelcheck ${command} `.length + 2)
  const lines = [`  ${words[0]}`]
  for (const word of words.slice(1)) {
    if (`${lines.at(-1)} ${word}`.length > WIDTH) lines.push(`${indent}${word}`)
    else lines[lines.length - 1] += ` ${word}`
  }
  return lines.join('\n')
}

function optionLines(options: readonly OptionSpec[]): string {
  return options
    .map((o) => {
      const name = `${o.short ? `-${o.short}, ` : '    '}${flag(o)}`
      const [first, ...rest] = o.help
      return [`  ${name.padEnd(NAME_COLUMN)} ${first}`, ...rest.map((line) => `${' '.repeat(NAME_COLUMN + 3)}${line}`)].join('\n')
    })
    .join('\n')
}

export const HELP = `cancelcheck — walks a site's signup, checkout, cancel and support flows in a real browser and
reports subscription dark patterns with evidence and the legal provisions they touch.

Usage
${COMMANDS.map(usageLine).join('\n')}

  cancelcheck <command> --help shows the options of one command.

Options
${optionLines(OPTIONS)}

${EXIT_CODES}`

/** `cancelcheck run --help`: what the command does, its usage line, the options it takes. */
export function commandHelp(command: Command): string {
  return `cancelcheck ${command} — ${COMMAND_SPECS[command].summary}.

Usage
${usageLine(command)}

Options
${optionLines(optionsOf(command))}

${EXIT_CODES}`
}
