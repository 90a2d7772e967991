import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadScenario, loadScenarios, ScenarioError } from '../../src/scenario/load-scenario.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scenarios')
const shown = (file: string): string => path.relative(process.cwd(), path.join(fixtures, file))
const ACTIONS = 'goto, click, fill, check, uncheck, select, press, wait, expect, capture'
const TARGET_KINDS = 'role, label, text, placeholder, testId, css'
const JURISDICTIONS = 'us, us-ca, us-ny, us-co, us-mn, us-ma, eu, de, uk'

async function errorLines(file: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const error = await loadScenario(path.join(fixtures, file), env).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ScenarioError)
  return (error as ScenarioError).message.split('\n')
}

/** Each error fixture and every line its ScenarioError must say, in order (`@` is the file). */
const CASES: Array<[file: string, lines: string[]]> = [
  ['errors/unknown-action.yaml', [`@:12: flows[1].steps[3]: unknown action "clik" (expected one of ${ACTIONS})`]],
  [
    'errors/two-keys.yaml',
    [
      '@:6: flows[0].steps[0]: a step has exactly one action, got 2 keys: goto, click (write each action as its own step)',
      '@:8: flows[0].steps[1]: a step has exactly one action, got 3 keys: fill, target, value (are the fields of "fill" indented under it?)',
    ],
  ],
  [
    'errors/target-kinds.yaml',
    [
      `@:6: flows[0].steps[0].click: unknown target kind "rol" (expected one of ${TARGET_KINDS})`,
      `@:7: flows[0].steps[1].click: target has no locator kind (expected one of ${TARGET_KINDS})`,
      '@:8: flows[0].steps[2].click: target has 2 locator kinds (role, text): use exactly one',
      '@:9: flows[0].steps[3].click: unknown key "name" (expected one of text, exact)',
      `@:10: flows[0].steps[4].check: expected a target: an object with one of ${TARGET_KINDS}, got string "Subscribe"`,
    ],
  ],
  [
    'errors/missing-field.yaml',
    [
      '@:6: flows[0].steps[0].fill: missing required field "value"',
      '@:7: flows[0].steps[1].select: missing required field "target"',
      '@:8: flows[1]: missing required field "name"',
    ],
  ],
  [
    'errors/wrong-type.yaml',
    [
      '@:3: timeoutMs: expected a number, got string "ten"',
      '@:6: flows[0].fresh: expected true or false, got string "yes"',
      '@:8: flows[0].steps[0].wait.ms: expected a whole number, got 1.5',
      '@:9: flows[0].steps[1].goto: expected a string, got number 42',
    ],
  ],
  [
    'errors/top-level.yaml',
    [
      '@:1: missing required field "site"',
      '@:1: missing required field "baseUrl"',
      '@:1: missing required field "flows"',
      '@:1: unknown key "name" (expected one of site, baseUrl, timeoutMs, dialogs, jurisdictions, mailbox, flows)',
      '@:2: unknown key "url" (expected one of site, baseUrl, timeoutMs, dialogs, jurisdictions, mailbox, flows)',
    ],
  ],
  [
    'errors/bad-regex.yaml',
    [
      '@:6: flows[0].steps[0].click.name: invalid regular expression /subscribe(/i (Unterminated group)',
      '@:7: flows[0].steps[1].expect.text: invalid regular expression /[a-/ (Unterminated character class)',
    ],
  ],
  [
    'errors/marks.yaml',
    [
      '@:7: flows[0].steps[0].optional: optional is for steps that act on an element (click, fill, check, uncheck, select, press with a target), which are skipped when it does not show; a goto step always runs',
      '@:9: flows[0].steps[1].mark: expected one of places-order, submits-cancellation, confirms-order, confirms-cancellation, account-status, support-contact, got string "placed-order"',
      '@:11: flows[0].steps[2].optional: expected true or false, got string "yes"',
      '@:13: flows[1].role: expected one of signup, checkout, cancel, support, verify, got string "cancelling"',
      `@:15: flows[1].steps[0]: a step has no action beside mark (expected one action: one of ${ACTIONS})`,
    ],
  ],
  ['errors/bad-base-url.yaml', ['@:2: baseUrl: expected an http(s) URL such as https://example.com, got string "acme.example"']],
  [
    'errors/jurisdictions.yaml',
    [
      `@:3: jurisdictions[1]: unknown jurisdiction "germany" (expected one of ${JURISDICTIONS})`,
      `@:3: jurisdictions[2]: unknown jurisdiction "DE" (expected one of ${JURISDICTIONS})`,
    ],
  ],
  ['errors/duplicate-flows.yaml', ['@:10: flows[2].name: duplicate flow name "cancel" (already used by flows[0])']],
  [
    'errors/fresh-and-context.yaml',
    [
      '@:9: flows[1].fresh: fresh and context together: a context is new the first time a flow names it, so context: visitor alone opens it (or drop context for a context no flow returns to)',
    ],
  ],
  ['errors/syntax.yaml', ['@:7: invalid YAML: Missing closing "quote']],
  ['errors/syntax.json', ['@:5: invalid JSON: trailing comma before "]"']],
  ['errors/schema.json', [`@:9: flows[0].steps[1].click: unknown target kind "rol" (expected one of ${TARGET_KINDS})`]],
  ['errors/empty.yaml', ['@: the file is empty (expected a scenario with site, baseUrl and flows)']],
  [
    'errors/many.yaml',
    [
      '@:2: baseUrl: expected an http(s) URL such as https://example.com, got string "ftp://acme.example"',
      '@:3: unknown key "sites" (expected one of site, baseUrl, timeoutMs, dialogs, jurisdictions, mailbox, flows)',
      `@:8: flows[0].steps[1]: unknown action "clik" (expected one of ${ACTIONS})`,
      '@:9: flows[0].steps[2].fill: missing required field "value"',
      '@:10: flows[0].steps[3].wait: unknown wait kind "txt" (expected one of text, selector, url, ms)',
      '@:11: flows[1].name: duplicate flow name "signup" (already used by flows[0])',
      '@:13: flows[1].steps[0].click.name: invalid regular expression /ok(/ (Unterminated group)',
    ],
  ],
  [
    'code/both.ts',
    [
      '@: flows[0]: a flow has either steps or run, not both',
      '@: flows[1]: missing steps (a list of steps) or run (a function that drives the page)',
      '@: flows[2].run: expected a function (page, tools) => Promise<void>',
      `@: flows[3].steps[0]: unknown action "clik" (expected one of ${ACTIONS})`,
    ],
  ],
  [
    'code/no-export.ts',
    ['@: no scenario exported (expected `export default defineScenario({ ... })` or `export const scenario = defineScenario({ ... })`)'],
  ],
]

describe('scenario errors', () => {
  it.each(CASES)('%s', async (file, lines) => {
    expect(await errorLines(file)).toEqual(lines.map((line) => line.replace('@', shown(file))))
  })

  it('names every unset environment variable with its line and field', async () => {
    const file = 'errors/unset-env.yaml'
    expect(await errorLines(file, { DEMO_PASSWORD: 'set' })).toEqual([
      `${shown(file)}:2: baseUrl: environment variable ACME_URL is not set`,
      `${shown(file)}:6: flows[0].steps[0].fill.value: environment variable DEMO_EMAIL is not set`,
    ])
  })

  it('keeps issues as data: file, line, path and message', async () => {
    const error = await loadScenario(path.join(fixtures, 'errors/unknown-action.yaml'), {}).catch((thrown: unknown) => thrown)
    expect((error as ScenarioError).issues).toEqual([
      {
        file: shown('errors/unknown-action.yaml'),
        line: 12,
        path: 'flows[1].steps[3]',
        message: `unknown action "clik" (expected one of ${ACTIONS})`,
      },
    ])
  })

  it('rejects a file type it cannot read', async () => {
    const error = await loadScenario(path.join(fixtures, 'valid/acme.toml'), {}).catch((thrown: unknown) => thrown)
    expect((error as ScenarioError).message).toBe(
      `${shown('valid/acme.toml')}: unsupported file type ".toml" (expected one of .yaml, .yml, .json, .ts, .mts)`,
    )
  })

  it('reports a TypeScript scenario that cannot be imported, with the line of a syntax error', async () => {
    // Written at test time: a broken .ts fixture would break the project's type check.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cancelcheck-scenario-'))
    try {
      const broken = path.join(dir, 'broken.ts')
      const throws = path.join(dir, 'throws.ts')
      await writeFile(broken, 'export default {\n  site: "Acme",\n  oops(\n}\n')
      await writeFile(throws, 'throw new Error("ACME_URL must be set")\n')
      const messages = await Promise.all(
        [broken, throws].map((file) => loadScenario(file, {}).catch((thrown: unknown) => (thrown as ScenarioError).message)),
      )
      expect(messages).toEqual([
        `${path.relative(process.cwd(), broken)}:4: cannot load the module: Expected identifier but found "}"`,
        `${path.relative(process.cwd(), throws)}: cannot load the module: ACME_URL must be set`,
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reads the jurisdictions a scenario names for its site', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cancelcheck-scenario-'))
    try {
      const file = path.join(dir, 'acme.yaml')
      await writeFile(file, 'site: Acme\nbaseUrl: https://acme.example\njurisdictions: [us-ca, de]\nflows:\n  - name: signup\n    steps:\n      - goto: /\n')
      expect((await loadScenario(file, {})).jurisdictions).toEqual(['us-ca', 'de'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('collects the errors of every file before throwing', async () => {
    const error = await loadScenarios([path.join(fixtures, 'errors'), path.join(fixtures, 'missing-dir')], {}).catch(
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(ScenarioError)
    const issues = (error as ScenarioError).issues
    const files = new Set(issues.map((issue) => issue.file))
    expect(files).toEqual(
      new Set([
        shown('missing-dir'),
        ...[
          'bad-base-url.yaml',
          'bad-regex.yaml',
          'duplicate-flows.yaml',
          'empty.yaml',
          'fresh-and-context.yaml',
          'jurisdictions.yaml',
          'many.yaml',
          'marks.yaml',
          'missing-field.yaml',
          'schema.json',
          'syntax.json',
          'syntax.yaml',
          'target-kinds.yaml',
          'top-level.yaml',
          'two-keys.yaml',
          'unknown-action.yaml',
          'unset-env.yaml',
          'wrong-type.yaml',
        ].map((file) => shown(`errors/${file}`)),
      ]),
    )
    expect(issues[0]).toEqual({ file: shown('missing-dir'), path: '', message: 'no such file or directory' })
    expect((error as ScenarioError).message.split('\n')).toHaveLength(issues.length)
  })
})
