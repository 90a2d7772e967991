import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoServer, serveDemo } from '../../src/demo/serve-demo.js'
import { STARTER_SECRETS } from '../../src/discover/starter-scenario.js'
import { Report } from '../../src/report/model.js'
import { cancelcheck } from '../helpers/run-cli.js'

/** The member account of the Streamly demo, and the password its scenarios read as DEMO_PASSWORD. */
const ACCOUNT = { [STARTER_SECRETS.email]: 'alex.morgan@example.com', [STARTER_SECRETS.password]: 'correct-horse-battery-staple' }

let demo: DemoServer
let dir: string

beforeAll(async () => {
  demo = await serveDemo()
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-init-'))
})
afterAll(async () => {
  await demo?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('cancelcheck init', { timeout: 120_000 }, () => {
  it('writes a starter scenario that validates and, its TODOs done, runs to the end', async () => {
    const streamly = demo.sites.find((s) => s.id === 'streamly-dark')
    if (!streamly) throw new Error('no streamly-dark demo site')
    const file = join(dir, 'streamly.yaml')
    const init = await cancelcheck(['init', `${streamly.baseUrl}/`, file, '--quiet'])
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/wrote .*streamly\.yaml: signup \(\d+ steps\), support/)

    const validate = await cancelcheck(['validate', file], { env: { [STARTER_SECRETS.email]: undefined, [STARTER_SECRETS.password]: undefined } })
    expect(validate.code).toBe(0)
    expect(validate.stdout).toContain(`note: not set here, needed to run: ${STARTER_SECRETS.email}, ${STARTER_SECRETS.password}`)

    // What the person does: sends the login form the starter filled from the environment.
    const written = await readFile(file, 'utf8')
    expect(written).toMatch(/# TODO: send the form once the values are right: - click: \{ role: button, name: Sign in, exact: true \}/)
    await writeFile(file, written.replace(/# TODO: send the form once the values are right: (- click: .*)/g, '$1'))

    const out = join(dir, 'report')
    const run = await cancelcheck(['run', file, '--out', out, '--format', 'json', '--quiet'], { env: ACCOUNT })
    expect(run.stderr).toBe('')
    expect([0, 1]).toContain(run.code)
    const report = Report.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))
    const flows = report.sites[0]?.flows ?? []
    expect(flows.map((f) => f.name)).toEqual(expect.arrayContaining(['signup', 'support', 'cancel']))
    expect(flows.every((f) => f.status === 'completed')).toBe(true)
    // The signed-in account page is reached: the cancel flow ends past the login.
    expect(flows.find((f) => f.name === 'cancel')?.steps.at(-1)?.url).not.toMatch(/login|sign-?in/)
    expect(JSON.stringify(report)).not.toContain(ACCOUNT[STARTER_SECRETS.password])
  })

  it('refuses to overwrite a file and names what it expected', async () => {
    const file = join(dir, 'taken.yaml')
    await writeFile(file, 'site: mine\n')
    const taken = await cancelcheck(['init', 'http://127.0.0.1:9/', file])
    expect(taken.code).toBe(2)
    expect(taken.stderr).toContain(`init: ${file} already exists`)
    expect(await readFile(file, 'utf8')).toBe('site: mine\n')
  })
})
