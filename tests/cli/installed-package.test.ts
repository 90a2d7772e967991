import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../helpers/run-cli.js'

/** The package's own command (`npx cancelcheck` runs it), in a project that installed cancelcheck and
 * has no "type": "module": there a `.ts` file is a CommonJS module. */
function installedCancelcheck(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(cwd, 'node_modules/cancelcheck/src/cli/bin.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('close', (code) => resolve({ code: code ?? -1, output }))
  })
}

describe('a TypeScript scenario in a CommonJS project', () => {
  let project: string
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'cancelcheck-commonjs-'))
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'acme-audit', version: '1.0.0', private: true }))
    await mkdir(join(project, 'node_modules'))
    await symlink(PROJECT_ROOT, join(project, 'node_modules/cancelcheck'), 'dir')
    await mkdir(join(project, 'scenarios'))
    // The README's example.
    await writeFile(
      join(project, 'scenarios/acme.ts'),
      `import { defineScenario } from 'cancelcheck'

export default defineScenario({
  site: 'Acme Video',
  baseUrl: 'https://staging.acme.example',
  flows: [
    {
      name: 'cancel',
      run: async (page) => {
        await page.goto('https://staging.acme.example/account')
        await page.getByRole('link', { name: 'Manage plan' }).click()
        await page.getByRole('button', { name: 'Cancel subscription' }).click()
      },
    },
  ],
})
`,
    )
  })
  afterAll(async () => {
    await rm(project, { recursive: true, force: true })
  })

  it('validates', async () => {
    const { code, output } = await installedCancelcheck(project, ['validate', 'scenarios/acme.ts'])
    expect(output).toContain('scenarios/acme.ts: Acme Video — cancel (script)')
    expect(code).toBe(0)
  })
})
