import { describe, expect, it } from 'vitest'
import { urlSecrets } from '../../src/discover/url-secrets.js'

describe('urlSecrets', () => {
  it('takes the user name and password before the host, decoded', () => {
    expect(urlSecrets('https://auditor:p%40ss%20w0rd@shop.example/')).toEqual(['auditor', 'p@ss w0rd'])
  })

  it('takes the values of query parameters named like credentials', () => {
    expect(urlSecrets('https://shop.example/account?access_token=abc123def&lang=en&sessionid=s3ss10n-value&apiKey=k3y-value-1')).toEqual([
      'abc123def',
      's3ss10n-value',
      'k3y-value-1',
    ])
  })

  it('leaves ordinary parameters and values too short to replace safely', () => {
    expect(urlSecrets('https://shop.example/?utm_source=newsletter&page=2&token=abc')).toEqual([])
  })
})
