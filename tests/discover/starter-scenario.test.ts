import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { StepRecord } from '../../src/artifacts/site-trace.js'
import { STARTER_SECRETS, starterScenario } from '../../src/discover/starter-scenario.js'
import { loadScenario } from '../../src/scenario/load-scenario.js'
import { button, checkbox, click, radio, element, field, flow, goto, link, ORIGIN, site, snapshot, step } from '../helpers/build-trace.js'

/** A click the scan chose, as it records one: with why it went there. */
const followed = (clicked: StepRecord, from: string, category = 'help'): StepRecord => ({ ...clicked, discovery: { category, score: 5, matched: [], from } })

const home = snapshot({ path: '/', elements: [link({ text: 'Plans & pricing', selector: '#plans' }), link({ text: 'Help', selector: '#help' })] })
const help = snapshot({
  path: '/help',
  elements: [
    field({ label: 'Search help articles', type: 'search' }),
    element({ tag: 'summary', role: 'button', selector: '#faq-cancel', name: 'How do I cancel?', text: 'How do I cancel? +' }),
    link({ text: 'Sign in', selector: '#signin' }),
  ],
})
const login = snapshot({
  path: '/login',
  elements: [
    radio({ label: 'Personal account' }),
    radio({ label: 'Business account' }),
    field({ label: 'Email address', type: 'email' }),
    field({ label: 'Password', type: 'password' }),
    checkbox({ label: 'Keep me signed in' }),
    button({ text: 'Sign in', selector: '#submit' }),
  ],
})
const plans = snapshot({ path: '/plans', elements: [link({ text: 'Terms', selector: '#terms' })] })

const trace = site([
  flow('home', [goto(home)]),
  flow('signup', [goto(home), { ...step({ kind: 'click', action: 'reject the cookie banner (by OneTrust\'s reject option)', snapshot: home }) }, followed(click(home.elements[0]!, plans), ORIGIN, 'pricing')]),
  flow('cancel', [
    goto(home),
    followed(click(home.elements[1]!, help), `${ORIGIN}/`),
    followed(click(help.elements[1]!, help), `${ORIGIN}/help`, 'cancel'),
    followed({ ...click(help.elements[2]!, login), action: 'click "Sign in" (not clickable; opened by its address)' }, `${ORIGIN}/help`, 'account'),
  ]),
])

describe('starterScenario', () => {
  const yaml = starterScenario(trace, `${ORIGIN}/`)
  const written = parse(yaml) as { site: string; baseUrl: string; flows: Array<{ name: string; steps: unknown[] }> }
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cancelcheck-starter-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('writes a flow per kind of page found, reached by role and name from the site root', () => {
    expect(written.baseUrl).toBe(ORIGIN)
    expect(written.flows.map((f) => f.name)).toEqual(['signup', 'cancel'])
    expect(written.flows[0]?.steps).toEqual([{ goto: '/' }, { click: { role: 'link', name: 'Plans & pricing', exact: true } }])
    // A <summary> is found by its text (Playwright gives it no button role); a link the scan opened
    // by its address is opened so again, with a TODO to write the click.
    expect(written.flows[1]?.steps.slice(0, 4)).toEqual([
      { goto: '/' },
      { click: { role: 'link', name: 'Help', exact: true } },
      { click: { text: 'How do I cancel?' } },
      { goto: '/login' },
    ])
    expect(yaml).toMatch(/# TODO: the link "Sign in" was not clicked but opened by its address/)
  })

  it('fills a login form with credentials from the environment and leaves sending it to a person', () => {
    expect(written.flows[1]?.steps.slice(4)).toEqual([
      { fill: { target: { label: 'Email address', exact: true }, value: `\${env.${STARTER_SECRETS.email}}` } },
      { fill: { target: { label: 'Password', exact: true }, value: `\${env.${STARTER_SECRETS.password}}` } },
    ])
    expect(yaml).toContain('# TODO: send the form once the values are right: - click: { role: button, name: Sign in, exact: true }')
    expect(yaml).not.toMatch(/Keep me signed in/)
    expect(yaml).toContain('# TODO: choose one of "Personal account", "Business account": - check: { label: … }')
    expect(yaml).toMatch(/# TODO: the clicks that cancel, up to the page that confirms it/)
    expect(yaml).not.toMatch(/Search help/)
  })

  it('says where a person must act in comments: cookie banner, jurisdictions, credentials', () => {
    expect(yaml).toMatch(/# TODO: a cookie banner showed here \(by OneTrust's reject option\); add the click that declines it\./)
    expect(yaml).toMatch(/# TODO: name the jurisdictions/)
    expect(yaml).toMatch(new RegExp(`export ${STARTER_SECRETS.email}=… ${STARTER_SECRETS.password}=…`))
  })

  it('is a valid scenario, and one whose uncommented TODOs are too', async () => {
    const env = { [STARTER_SECRETS.email]: 'sam@example.com', [STARTER_SECRETS.password]: 'a-long-password' }
    await writeFile(join(dir, 'starter.yaml'), yaml)
    const loaded = await loadScenario(join(dir, 'starter.yaml'), env)
    expect(loaded.flows.map((f) => f.name)).toEqual(['signup', 'cancel'])
    await writeFile(join(dir, 'filled.yaml'), yaml.replace(/# TODO: send the form once the values are right: (- click: .*)/, '$1'))
    const filled = await loadScenario(join(dir, 'filled.yaml'), env)
    const cancel = filled.flows[1]
    expect(cancel && 'steps' in cancel ? cancel.steps.at(-1)?.step : undefined).toEqual({ click: { role: 'button', name: 'Sign in', exact: true } })
  })

  it('marks a step the scan could not take', () => {
    const broken = site([flow('support', [goto(home), followed({ ...click(home.elements[1]!, help), status: 'failed', error: 'the page answered HTTP 500' }, `${ORIGIN}/`)])])
    expect(starterScenario(broken, `${ORIGIN}/`)).toContain('# TODO: this step failed when the site was scanned (the page answered HTTP 500); check it.\n      - click: { role: link, name: Help, exact: true }')
  })

  it('falls back to a home flow with a TODO when nothing was found', async () => {
    const empty = starterScenario(site([flow('home', [goto(home)])]), `${ORIGIN}/`)
    expect((parse(empty) as typeof written).flows).toEqual([{ name: 'home', steps: [{ goto: '/' }] }])
    expect(empty).toMatch(/# TODO: no plans, signup, help or cancel page was found/)
    await writeFile(join(dir, 'empty.yaml'), empty)
    await expect(loadScenario(join(dir, 'empty.yaml'), {})).resolves.toBeDefined()
  })
})
