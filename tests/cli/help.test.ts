import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HELP } from '../../src/cli/help.js'
import { PROJECT_ROOT } from '../helpers/run-cli.js'

describe('the usage text', () => {
  it("README's command line block is the usage --help prints", async () => {
    const readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8')
    const documented = /## Command line\n\n```\n([\s\S]*?)```/.exec(readme)?.[1]
    const usage = HELP.split('Usage\n')[1]!.split('\n\n')[0]!
    expect(documented).toBe(`${usage.split('\n').map((line) => line.slice(2)).join('\n')}\n`)
  })
})
