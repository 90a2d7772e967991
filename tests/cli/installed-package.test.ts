import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../helpers/run-cli.js'
import { buildFixtureReport } from '../report/fixture-report.js'

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** The package's own command (`npx cancelcheck` runs it), in a project that installed cancelcheck and
 * has no "type": "module": there a `.ts` file is a CommonJS module. */
function installedCancelcheck(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  return node(cwd, [join(cwd, 'node_modules/cancelcheck/src/cli/bin.js'), ...args])
}

function node(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('close', (code) => resolve({ code: code ?? -1, output }))
  })
}

describe('cancelcheck installed in a CommonJS project', () => {
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

  it('validates a TypeScript scenario', async () => {
    const { code, output } = await installedCancelcheck(project, ['validate', 'scenarios/acme.ts'])
    expect(output).toContain('scenarios/acme.ts: Acme Video — cancel (script)')
    expect(code).toBe(0)
  })

  it('reads report.json in a CI script through the exported report model', async () => {
    await mkdir(join(project, 'reports/acme'), { recursive: true })
    await writeFile(join(project, 'reports/acme/report.json'), JSON.stringify(await buildFixtureReport(undefined, join(project, 'reports/acme'))))
    await mkdir(join(project, 'ci'))
    // The README's example.
    await writeFile(
      join(project, 'ci/check-report.ts'),
      `import { readFileSync } from 'node:fs'
import { Report } from 'cancelcheck/report'

const report = Report.parse(JSON.parse(readFileSync('reports/acme/report.json', 'utf8')))
for (const site of report.sites) {
  for (const result of site.results) {
    for (const finding of result.findings) console.log(\`\${finding.severity} \${finding.ruleId} \${finding.flow}: \${finding.message}\`)
  }
}
`,
    )
    const { code, output } = await node(project, ['--import', TSX, 'ci/check-report.ts'])
    expect(output).toContain('serious pre-ticked-upsell signup: The checkbox "Add Streamly Protect')
    expect(code).toBe(0)
  })
})
