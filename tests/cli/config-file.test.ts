import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/cli/config-file.js'
import { UsageError } from '../../src/cli/exit-codes.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-config-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function problem(config: unknown): Promise<string> {
  const file = join(dir, 'cancelcheck.config.json')
  await writeFile(file, JSON.stringify(config))
  const error = await loadConfig(file).catch((thrown: unknown) => thrown)
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message.replace(file, '@')
}

describe('a config file', () => {
  it('names the file and the field of a jurisdiction the rules do not know', async () => {
    expect(await problem({ jurisdictions: ['de', 'germany'] })).toBe(
      '@: jurisdictions.1: unknown jurisdiction "germany" (expected one of us, us-ca, us-ny, us-co, us-mn, us-ma, eu, de, uk)',
    )
  })

  it('names an unknown setting and lists the known ones', async () => {
    expect(await problem({ $schema: './config.schema.json', failon: 'serious' })).toBe('@: (root): unknown setting "failon" (expected $schema, rules, failOn, jurisdictions, formats)')
  })
})
