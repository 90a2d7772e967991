import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type DemoServer, serveDemo } from '../../src/demo/serve-demo.js'
import { PROJECT_ROOT } from '../helpers/run-cli.js'

// The GitHub Actions example the README points to: its shape is what GitHub needs, and its commands,
// run here in order as the runner would, do what its comments say.
const WORKFLOW = join(PROJECT_ROOT, 'docs/ci/github-actions.yml')

interface WorkflowStep {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, { 'runs-on': string; env: Record<string, string>; steps: WorkflowStep[] }>
}

const workflow = parse(await readFile(WORKFLOW, 'utf8')) as Workflow
const job = Object.values(workflow.jobs)[0]!
const steps = job.steps
const usesOf = (prefix: string) => steps.find((s) => s.uses?.startsWith(`${prefix}@`))
const preview = steps.find((s) => s.run?.includes('--baseline'))

describe('the GitHub Actions example', () => {
  it('runs on pull requests, may write code scanning, and uses the actions it needs', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    expect(workflow.permissions['security-events']).toBe('write')
    expect(Object.keys(workflow.jobs)).toHaveLength(1)
    expect(job['runs-on']).toBe('ubuntu-latest')
    expect(job.env.PREVIEW_URL).toMatch(/^https:\/\/.*\$\{\{ github\.event\.pull_request\.number \}\}/)
    expect(job.env.CANCELCHECK_PASSWORD).toBe('${{ secrets.CANCELCHECK_PASSWORD }}')
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/)
    expect(usesOf('actions/setup-node')?.with?.['node-version']).toBeGreaterThanOrEqual(20)
  })

  it('audits the preview against a baseline and publishes SARIF and the Markdown summary even when it fails', () => {
    const run = preview?.run ?? ''
    expect(run).toMatch(/\$PREVIEW_URL.*npx cancelcheck run scenarios\/ --baseline reports\/production\/report\.json --out reports\/preview --format \S*sarif\S*/)
    expect(run).toMatch(/--format \S*markdown/)
    expect(steps.indexOf(preview!)).toBeGreaterThan(steps.findIndex((s) => s.run?.includes('--out reports/production')))

    const upload = usesOf('github/codeql-action/upload-sarif')
    expect(upload?.with?.sarif_file).toBe('reports/preview/report.sarif')
    const summary = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'))
    expect(summary?.run).toBe('cat reports/preview/summary.md >> "$GITHUB_STEP_SUMMARY"')
    // A failing audit (new findings) must not skip publishing them.
    for (const step of [upload, summary]) expect(step?.if).toMatch(/^\$\{\{ !cancelled\(\) && hashFiles\('reports\/preview\/[^']+'\) != '' \}\}$/)
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(preview!))
    expect(steps.indexOf(summary!)).toBeGreaterThan(steps.indexOf(preview!))
  })

  describe('run on this machine', { timeout: 150_000 }, () => {
    let demo: DemoServer
    let repo: string
    beforeAll(async () => {
      demo = await serveDemo()
      repo = await mkdtemp(join(tmpdir(), 'cancelcheck-workflow-'))
      // A repository as the example expects one: cancelcheck installed, a scenario reading SITE_URL.
      await mkdir(join(repo, 'node_modules/.bin'), { recursive: true })
      await symlink(join(PROJECT_ROOT, 'src/cli/bin.js'), join(repo, 'node_modules/.bin/cancelcheck'))
      const demoScenario = await readFile(join(PROJECT_ROOT, 'scenarios/demo/streamly-dark.yaml'), 'utf8')
      // The signup flow alone: the dark variant's pre-ticked add-on is new against the fair one.
      const signup = demoScenario.slice(0, demoScenario.indexOf('\n  - name: checkout'))
      await mkdir(join(repo, 'scenarios'))
      await writeFile(
        join(repo, 'scenarios/streamly.yaml'),
        signup.replace(/^site: .*$/m, 'site: Streamly').replace(/^baseUrl: .*$/m, 'baseUrl: "${env.SITE_URL}"'),
      )
    })
    afterAll(async () => {
      await demo?.close()
      if (repo) await rm(repo, { recursive: true, force: true })
    })

    it('fails on what the preview adds, and still writes the job summary and the SARIF file', async () => {
      const url = (id: string) => demo.sites.find((s) => s.id === id)?.baseUrl ?? ''
      const env = {
        ...process.env,
        PRODUCTION_URL: url('streamly-fair'),
        PREVIEW_URL: url('streamly-dark'),
        GITHUB_STEP_SUMMARY: join(repo, 'step-summary.md'),
        DEMO_PASSWORD: 'correct-horse-battery-staple',
        NO_COLOR: '1',
      }
      const outcomes: Array<{ name: string; code: number }> = []
      let failed = false
      for (const step of steps) {
        if (!step.run) continue
        // Installing fetches from the internet, which tests never reach: this checkout is installed.
        if (step.run.includes('npm ci')) {
          expect(step.run.trim().split('\n')).toEqual(['npm ci', 'npx playwright install --with-deps chromium'])
          continue
        }
        if (failed && !step.if?.includes('!cancelled()')) continue
        const code = await bash(step.run, repo, env)
        outcomes.push({ name: step.name ?? step.run, code })
        if (code !== 0) failed = true
      }
      expect(outcomes).toEqual([
        { name: 'Audit production, the baseline', code: 0 },
        { name: 'Audit the preview', code: 1 },
        { name: 'Job summary', code: 0 },
      ])
      const summary = await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')
      expect(summary).toMatch(/^## cancelcheck: ❌ \d+ new indicators? at or above serious/)
      expect(summary).toContain('compared with `reports/production/report.json`')
      const sarif = JSON.parse(await readFile(join(repo, 'reports/preview/report.sarif'), 'utf8')) as Log
      const results = sarif.runs[0]?.results ?? []
      expect(results.some((r) => r.baselineState === 'new' && r.level === 'error')).toBe(true)
      expect(results[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'scenarios/streamly.yaml', uriBaseId: '%SRCROOT%' })
    })
  })
})

/** Runs a step's script as the runner's default shell does: `bash -e`. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', script], { cwd, env, stdio: 'ignore' })
    child.on('close', (code) => resolve(code ?? -1))
  })
}
