import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadConfig } from '../../src/cli/config-file.js'
import { Report } from '../../src/report/model.js'
import { findScenarioFiles, loadScenario } from '../../src/scenario/load-scenario.js'
import { renderJsonSchemas } from '../../src/schemas/json-schemas.js'
import { buildFixtureReport } from '../report/fixture-report.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const REGENERATE = 'run `npx tsx src/schemas/write-schemas.ts` to regenerate it'
const committed = async (file: string): Promise<object> => JSON.parse(await readFile(`${root}src/schemas/${file}`, 'utf8')) as object

// Formats (uri, date) are also written as patterns where the zod schema checks them.
const ajv = new Ajv.default({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false })
const validator = async (file: string) => ajv.compile(await committed(file))

describe('published JSON Schemas', () => {
  for (const [file, text] of Object.entries(renderJsonSchemas())) {
    it(`src/schemas/${file} is up to date`, async () => {
      expect(await readFile(`${root}src/schemas/${file}`, 'utf8').catch(() => ''), `src/schemas/${file} is stale: ${REGENERATE}`).toBe(text)
    })
  }

  it('are exported by the package', async () => {
    const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown> }
    for (const file of Object.keys(renderJsonSchemas())) expect(pkg.exports[`./schemas/${file}`]).toBe(`./src/schemas/${file}`)
  })
})

describe('scenario.schema.json', () => {
  it('accepts every YAML and JSON scenario the project ships', async () => {
    const validate = await validator('scenario.schema.json')
    const files = (await findScenarioFiles(`${root}scenarios`)).filter((file) => !file.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const valid = validate(parse(await readFile(file, 'utf8')))
      expect(valid, `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('rejects a mistyped action, a flow without steps, an unknown jurisdiction, fresh beside context', async () => {
    const validate = await validator('scenario.schema.json')
    const base = { site: 'Acme', baseUrl: 'http://127.0.0.1:4173' }
    expect(validate({ ...base, flows: [{ name: 'cancel', steps: [{ clik: { text: 'Cancel' } }] }] })).toBe(false)
    expect(validate({ ...base, flows: [{ name: 'cancel', steps: [] }] })).toBe(false)
    expect(validate({ ...base, jurisdictions: ['xx'], flows: [{ name: 'cancel', steps: [{ goto: '/' }] }] })).toBe(false)
    expect(validate({ ...base, flows: [{ name: 'support', fresh: true, context: 'visitor', steps: [{ goto: '/' }] }] })).toBe(false)
    expect(validate({ ...base, flows: [{ name: 'support', fresh: false, context: 'visitor', steps: [{ goto: '/' }] }] })).toBe(true)
    expect(validate({ ...base, flows: [{ name: 'cancel', steps: [{ goto: '/' }] }] })).toBe(true)
  })
})

describe('a $schema key', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cancelcheck-schema-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('is accepted at the top of a YAML scenario', async () => {
    const file = join(dir, 'acme.yaml')
    await writeFile(
      file,
      ['$schema: ../node_modules/cancelcheck/src/schemas/scenario.schema.json', 'site: Acme', 'baseUrl: http://127.0.0.1:4173', 'flows:', '  - name: cancel', '    steps:', '      - goto: /account', ''].join('\n'),
    )
    const scenario = await loadScenario(file)
    expect(scenario.site).toBe('Acme')
    expect(scenario).not.toHaveProperty('$schema')
  })

  it('is accepted in a config file, which the config schema describes', async () => {
    const config = { $schema: './node_modules/cancelcheck/src/schemas/config.schema.json', failOn: 'moderate', rules: { 'slow-step': 'off' } }
    const file = join(dir, 'cancelcheck.config.json')
    await writeFile(file, JSON.stringify(config))
    expect((await loadConfig(file)).config.failOn).toBe('moderate')
    const validate = await validator('config.schema.json')
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true)
    expect(validate({ ...config, rules: { 'no-such-rule': 'off' } })).toBe(false)
  })
})

describe('report.schema.json', () => {
  it('accepts a report the tool writes, and says what a script may rely on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-report-schema-'))
    try {
      const report = Report.parse(await buildFixtureReport(undefined, dir))
      const written = JSON.parse(JSON.stringify(report)) as Record<string, unknown>
      const validate = await validator('report.schema.json')
      expect(validate(written), ajv.errorsText(validate.errors)).toBe(true)
      expect(validate({ ...written, schemaVersion: 999 })).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
