import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { codegenInvocation } from '../../src/browser/codegen-invocation.js'
import { CodegenScriptError, codegenScenario, RECORDED_PASSWORD_VARIABLE } from '../../src/scenario/codegen-flow.js'
import { loadScenario } from '../../src/scenario/load-scenario.js'
import { cancelcheck, PROJECT_ROOT } from '../helpers/run-cli.js'

/** What `playwright codegen --target=javascript` writes for a short recording with a popup. */
const RECORDING = `const { chromium } = require('playwright');

(async () => {
  const browser = await chromium.launch({
    headless: false
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill('alex.morgan@example.com');
  await page.getByRole('textbox', { name: 'Password' }).fill('hunter2-but-longer');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const page1Promise = page.waitForEvent('popup');
  await page.getByRole('link', { name: 'Terms' }).click();
  const page1 = await page1Promise;
  await page1.close();
  const page2 = await context.newPage();

  // ---------------------
  await context.close();
  await browser.close();
})();`

describe('a codegen recording as a scenario', () => {
  const scenario = codegenScenario(RECORDING, 'http://127.0.0.1:4173/')
  let dir: string
  beforeAll(async () => {
    // Inside the project, where `import … from 'cancelcheck'` resolves to this package.
    await mkdir(join(PROJECT_ROOT, 'reports'), { recursive: true })
    dir = await mkdtemp(join(PROJECT_ROOT, 'reports', 'record-test-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('keeps the recorded actions and drops the launch and close lines around them', () => {
    expect(scenario).toContain("        await page.getByRole('link', { name: 'Sign in' }).click();")
    expect(scenario).toContain("        const page1 = await page1Promise;")
    expect(scenario).not.toMatch(/chromium\.launch|browser\.close|context\.close|require\(/)
    expect(scenario).toContain("  baseUrl: 'http://127.0.0.1:4173',")
    // The recording's second tab comes from the page's context.
    expect(scenario).toContain('        const context = page.context();')
  })

  it('reads a typed password from the environment instead of writing it down', () => {
    expect(scenario).not.toContain('hunter2')
    expect(scenario).toContain(`await page.getByRole('textbox', { name: 'Password' }).fill(process.env.${RECORDED_PASSWORD_VARIABLE} ?? '');`)
    expect(scenario).toContain("fill('alex.morgan@example.com')")
    expect(scenario).toMatch(new RegExp(`export it before|${RECORDED_PASSWORD_VARIABLE}: export`))
  })

  it('is a TypeScript scenario that loads, with one scripted flow', async () => {
    const file = join(dir, 'recorded.ts')
    await writeFile(file, scenario)
    const loaded = await loadScenario(file)
    expect(loaded.baseUrl).toBe('http://127.0.0.1:4173')
    expect(loaded.flows).toHaveLength(1)
    expect(loaded.flows[0] && 'script' in loaded.flows[0]).toBe(true)
  })

  it('refuses what is not a javascript recording, or an empty one', () => {
    expect(() => codegenScenario("import { test } from '@playwright/test';\ntest('test', async ({ page }) => {});", 'http://x.example/')).toThrow(CodegenScriptError)
    const empty = RECORDING.replace(/const page = await context\.newPage\(\);[\s\S]*?\n\n/, 'const page = await context.newPage();\n\n')
    expect(() => codegenScenario(empty, 'http://x.example/')).toThrow(/no action/)
  })
})

describe('cancelcheck record', () => {
  it("starts this project's Playwright codegen in the tool's browser, writing a javascript recording", () => {
    const invocation = codegenInvocation('https://shop.example/', '/tmp/out.js', { executablePath: '/usr/bin/chromium', source: 'system' })
    expect(invocation.command).toBe(process.execPath)
    expect(existsSync(invocation.args[0]!)).toBe(true)
    expect(invocation.args[0]).toMatch(/node_modules\/playwright\/cli\.js$/)
    expect(invocation.args.slice(1)).toEqual(['codegen', '--target=javascript', '--output', '/tmp/out.js', 'https://shop.example/'])
    expect(invocation.env).toEqual({ PWTEST_CLI_EXECUTABLE_PATH: '/usr/bin/chromium' })
  })

  it('says it needs a display where there is none, and writes nothing', async () => {
    const file = join(PROJECT_ROOT, 'reports', 'never-written.ts')
    const { code, stderr } = await cancelcheck(['record', 'https://shop.example/', file], { env: { DISPLAY: '', WAYLAND_DISPLAY: '' } })
    expect(code).toBe(2)
    expect(stderr).toContain('record: opens a browser window, and there is no display here')
    expect(existsSync(file)).toBe(false)
  })
})
