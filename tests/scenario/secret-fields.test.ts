import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../src/scenario/load-scenario.js'
import { looksSecret, typedSecrets, withSecretValueMasked } from '../../src/scenario/secret-fields.js'

describe('looksSecret', () => {
  it.each([
    [{ label: 'Password' }],
    [{ label: 'Confirm your password' }],
    [{ label: 'Card number' }],
    [{ placeholder: '1234 5678 9012 3456 (card)' }],
    [{ label: 'Security code (CVC)' }],
    [{ label: 'CVV' }],
    [{ css: 'input[autocomplete="cc-csc"]' }],
    [{ css: '#cc-number' }],
    [{ testId: 'iban' }],
    [{ label: 'PIN' }],
    [{ label: 'One-time code' }],
    [{ role: 'textbox', name: '/passw/i' }],
  ])('takes %j for a secret field', (target) => {
    expect(looksSecret(target)).toBe(true)
  })

  it.each([[{ label: 'Email address' }], [{ label: 'City' }], [{ role: 'button', name: 'Continue' }], [{ label: 'Shipping' }], [{ css: '#spinner' }]])(
    'takes %j for an ordinary field',
    (target) => {
      expect(looksSecret(target)).toBe(false)
    },
  )
})

describe('withSecretValueMasked', () => {
  it('masks a value typed as it is into a secret field', () => {
    expect(withSecretValueMasked({ fill: { target: { label: 'Card number' }, value: '4242 4242 4242 4242' } })).toEqual({
      fill: { target: { label: 'Card number' }, value: '•••' },
    })
  })

  it('keeps placeholders, which say nothing, and every other step', () => {
    const fromEnv = { fill: { target: { label: 'Password' }, value: '${env.PASSWORD}' } }
    const ordinary = { fill: { target: { label: 'City' }, value: 'Berlin' } }
    expect(withSecretValueMasked(fromEnv)).toBe(fromEnv)
    expect(withSecretValueMasked(ordinary)).toBe(ordinary)
    expect(withSecretValueMasked({ click: { label: 'Password' } })).toEqual({ click: { label: 'Password' } })
  })

  it('masks a value mixing a placeholder with typed text', () => {
    expect(withSecretValueMasked({ fill: { target: { label: 'Password' }, value: 'x${env.PASSWORD}' } })).toEqual({
      fill: { target: { label: 'Password' }, value: '•••' },
    })
  })
})

describe('typedSecrets', () => {
  it('collects values typed into secret fields, a card number also without its spaces', () => {
    expect(
      typedSecrets([
        { fill: { target: { label: 'Card number' }, value: '4242 4242 4242 4242' } },
        { fill: { target: { label: 'Password' }, value: 'hunter2-typed' } },
        { fill: { target: { label: 'Email' }, value: 'sam@example.com' } },
        { goto: '/checkout' },
      ]),
    ).toEqual(['4242 4242 4242 4242', '4242424242424242', 'hunter2-typed'])
  })

  it('leaves out values too short to redact by search and replace', () => {
    expect(typedSecrets([{ fill: { target: { label: 'Security code' }, value: '737' } }])).toEqual([])
  })
})

describe('loading a scenario that types secrets', () => {
  it('redacts typed secrets like those from the environment and masks them in the steps as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-secret-fields-'))
    try {
      const file = join(dir, 'shop.yaml')
      await writeFile(
        file,
        [
          'site: Shop',
          'baseUrl: http://127.0.0.1:4100',
          'flows:',
          '  - name: checkout',
          '    steps:',
          '      - fill: { target: { label: Password }, value: "${env.SHOP_PASSWORD}" }',
          '      - fill: { target: { label: Card number }, value: 4242 4242 4242 4242 }',
          '      - fill: { target: { label: CVC }, value: "737" }',
          '      - fill: { target: { label: City }, value: Berlin }',
        ].join('\n'),
      )
      const scenario = await loadScenario(file, { SHOP_PASSWORD: 'from-the-env-1' })
      expect(scenario.secrets).toEqual(['from-the-env-1', '4242 4242 4242 4242', '4242424242424242'])
      const flow = scenario.flows[0]!
      expect('steps' in flow && flow.steps.map((s) => s.written)).toEqual([
        'fill label "Password" with "${env.SHOP_PASSWORD}"',
        'fill label "Card number" with "•••"',
        'fill label "CVC" with "•••"',
        'fill label "City" with "Berlin"',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
