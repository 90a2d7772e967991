import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findScenarioFiles, loadScenario, loadScenarios } from '../../src/scenario/load-scenario.js'
import type { LoadedFlow, LoadedStep } from '../../src/scenario/loaded-scenario.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scenarios')
const env = { DEMO_EMAIL: 'me@example.com', DEMO_PASSWORD: 'hunter2-secret' }

function stepsOf(flow: LoadedFlow | undefined): LoadedStep[] {
  if (!flow || !('steps' in flow)) throw new Error('expected a flow of data steps')
  return flow.steps
}

describe('loadScenario', () => {
  it('loads a YAML scenario: steps resolved, written with placeholders, with their lines', async () => {
    const scenario = await loadScenario(path.join(fixtures, 'valid/acme.yaml'), env)
    expect(scenario).toMatchObject({
      file: path.join(fixtures, 'valid/acme.yaml'),
      site: 'Acme Streaming',
      baseUrl: 'http://127.0.0.1:4100',
      timeoutMs: 5000,
    })
    expect(scenario.flows.map((flow) => [flow.name, flow.fresh])).toEqual([
      ['signup', false],
      ['cancel', true],
    ])
    const signup = stepsOf(scenario.flows[0])
    expect(signup.map((step) => [step.line, step.written])).toEqual([
      [8, 'goto /pricing'],
      [9, 'click role=button name="/subscribe/i"'],
      [10, 'fill label "Email" with "${env.DEMO_EMAIL}"'],
      [11, 'fill label "Password" (exact) with "${env.DEMO_PASSWORD}"'],
      [14, 'check text "I agree to the terms"'],
      [15, 'uncheck testId "newsletter"'],
      [16, 'select "yearly" in css "#plan"'],
      [17, 'press Enter'],
      [18, 'wait for text "Welcome"'],
      [19, 'expect text "Welcome"'],
      [20, 'capture "signed up"'],
    ])
    expect(signup[3]?.step).toEqual({ fill: { target: { label: 'Password', exact: true }, value: 'hunter2-secret' } })
    expect(stepsOf(scenario.flows[1]).map((step) => step.written)).toEqual([
      'goto /account',
      'press Tab in placeholder "Search"',
      'wait 500 ms',
      'wait for url "/\\/account\\/cancel/"',
    ])
    expect(scenario.secrets).toEqual(['me@example.com', 'hunter2-secret'])
  })

  it('loads a JSON scenario with lines', async () => {
    const scenario = await loadScenario(path.join(fixtures, 'valid/acme.json'), env)
    expect(scenario.site).toBe('Acme (JSON)')
    expect(scenario.timeoutMs).toBeUndefined()
    expect(stepsOf(scenario.flows[0])).toEqual([
      { step: { goto: '/pricing' }, written: 'goto /pricing', line: 8 },
      {
        step: { fill: { target: { label: 'Password' }, value: 'hunter2-secret' } },
        written: 'fill label "Password" with "${env.DEMO_PASSWORD}"',
        line: 9,
      },
      {
        step: { click: { role: 'button', name: 'Subscribe', exact: true } },
        written: 'click role=button name="Subscribe" (exact)',
        line: 10,
      },
    ])
    expect(scenario.secrets).toEqual(['hunter2-secret'])
  })

  it('loads a TypeScript scenario: data steps and scripts', async () => {
    const scenario = await loadScenario(path.join(fixtures, 'valid/code.ts'), env)
    expect(scenario.site).toBe('Acme (TypeScript)')
    const [signup, cancel] = scenario.flows
    expect(stepsOf(signup)).toEqual([
      { step: { goto: '/pricing' }, written: 'goto /pricing' },
      {
        step: { fill: { target: { label: 'Password' }, value: 'hunter2-secret' } },
        written: 'fill label "Password" with "${env.DEMO_PASSWORD}"',
      },
    ])
    expect(cancel).toMatchObject({ name: 'cancel', fresh: true })
    expect(cancel && 'script' in cancel && typeof cancel.script).toBe('function')
    expect(scenario.secrets).toEqual(['hunter2-secret'])
  })

  it('keeps marks, optional steps and flow roles, in YAML and TypeScript', async () => {
    const yaml = await loadScenario(path.join(fixtures, 'valid/marked.yaml'), {})
    expect(stepsOf(yaml.flows[0]).map((s) => s.step)).toEqual([
      { goto: '/pricing' },
      { mark: 'places-order', click: { role: 'button', name: 'Subscribe' } },
      { click: { role: 'button', name: 'Accept cookies' }, optional: true },
    ])
    expect(stepsOf(yaml.flows[0])[1]?.written).toBe('click role=button name="Subscribe"')
    expect(yaml.flows[1]).toMatchObject({ name: 'goodbye', role: 'cancel' })
    expect(yaml.flows[0]).not.toHaveProperty('role')
    const code = await loadScenario(path.join(fixtures, 'code/marked.ts'), {})
    expect(code.flows[0]).toMatchObject({ role: 'checkout' })
    expect(stepsOf(code.flows[0])[1]?.step).toEqual({ click: { role: 'button', name: 'Subscribe' }, mark: 'places-order' })
    expect(code.flows[1]).toMatchObject({ name: 'goodbye', role: 'cancel' })
  })

  it('takes a named `scenario` export when there is no default one', async () => {
    const scenario = await loadScenario(path.join(fixtures, 'code/named-export.ts'), {})
    expect(scenario.site).toBe('Acme (named export)')
    expect(scenario.flows).toEqual([{ name: 'signup', fresh: false, steps: [{ step: { goto: '/' }, written: 'goto /' }] }])
  })

  it('does not count an empty variable as a secret', async () => {
    const scenario = await loadScenario(path.join(fixtures, 'valid/acme.json'), { DEMO_PASSWORD: '' })
    expect(scenario.secrets).toEqual([])
  })
})

describe('loadScenarios', () => {
  it('loads directories recursively, sorted, and files as given', async () => {
    const scenarios = await loadScenarios(
      [path.join(fixtures, 'valid'), path.join(fixtures, 'code/named-export.ts'), path.join(fixtures, 'valid/acme.yaml')],
      env,
    )
    expect(scenarios.map((scenario) => path.relative(fixtures, scenario.file))).toEqual([
      'valid/acme.json',
      'valid/acme.yaml',
      'valid/code.ts',
      'valid/marked.yaml',
      'valid/nested/support.yml',
      'code/named-export.ts',
    ])
  })

  it('finds scenario files only', async () => {
    const files = await findScenarioFiles(path.join(fixtures, 'valid'))
    expect(files.map((file) => path.relative(fixtures, file))).toEqual([
      'valid/acme.json',
      'valid/acme.yaml',
      'valid/code.ts',
      'valid/marked.yaml',
      'valid/nested/support.yml',
    ])
  })
})
