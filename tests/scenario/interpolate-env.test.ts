import { describe, expect, it } from 'vitest'
import { interpolateEnv } from '../../src/scenario/interpolate-env.js'

describe('interpolateEnv', () => {
  it('replaces every placeholder in every string and collects the values once', () => {
    const script = async (): Promise<void> => {}
    const result = interpolateEnv(
      {
        baseUrl: 'https://${env.HOST}:${env.PORT}/',
        flows: [{ name: 'signup', steps: [{ fill: { value: '${env.PASSWORD}' } }, { fill: { value: '${env.PASSWORD}' } }], run: script }],
        timeoutMs: 5000,
        literal: '$HOST ${HOST} ${env.} {env.HOST}',
      },
      { HOST: 'acme.test', PORT: '8443', PASSWORD: 's3cret' },
    )
    expect(result.value).toEqual({
      baseUrl: 'https://acme.test:8443/',
      flows: [{ name: 'signup', steps: [{ fill: { value: 's3cret' } }, { fill: { value: 's3cret' } }], run: script }],
      timeoutMs: 5000,
      literal: '$HOST ${HOST} ${env.} {env.HOST}',
    })
    expect(result.secrets).toEqual(['acme.test', '8443', 's3cret'])
    expect(result.issues).toEqual([])
  })

  it('reports each unset variable where it is used and leaves the placeholder', () => {
    const result = interpolateEnv({ flows: [{ steps: [{ fill: { value: 'x${env.MISSING}' } }] }] }, {})
    expect(result.value).toEqual({ flows: [{ steps: [{ fill: { value: 'x${env.MISSING}' } }] }] })
    expect(result.issues).toEqual([
      { path: ['flows', 0, 'steps', 0, 'fill', 'value'], message: 'environment variable MISSING is not set' },
    ])
  })
})
