import { describe, expect, it } from 'vitest'
import { redactSecrets, redactStrings, SECRET_MASK, secretEncodings } from '../../src/walk/secret-encodings.js'

const SECRET = `p@ss w0rd! #1 'x' "y" & <z> ~*()é`

describe('redactSecrets', () => {
  it.each(secretEncodings(SECRET))('masks %s', (encoded) => {
    expect(redactSecrets(`before ${encoded} after`, [SECRET])).toBe(`before ${SECRET_MASK} after`)
  })

  it('masks what a GET form sends, in the next page URL', async () => {
    const url = new URL('https://shop.example/next')
    url.searchParams.set('pw', SECRET)
    expect(url.href).not.toContain(SECRET)
    expect(redactSecrets(url.href, [SECRET])).toBe(`https://shop.example/next?pw=${SECRET_MASK}`)
  })

  it('masks a mix of encodings and a URL encoded twice', () => {
    const mixed = 'p%40ss%20w0rd&excl; &num;1 &#39;x&#x27; \\"y\\" &amp; \\x3cz&GT; %7e*%28)%C3%A9'
    expect(redactSecrets(mixed, [SECRET])).toBe(SECRET_MASK)
    expect(redactSecrets(`return=${encodeURIComponent(`/next?pw=${encodeURIComponent(SECRET)}`)}`, [SECRET])).toBe(`return=%2Fnext%3Fpw%3D${SECRET_MASK}`)
  })

  it('leaves text alone that only resembles a secret', () => {
    expect(redactSecrets('P@SS W0RD! #1', ['p@ss w0rd! #1'])).toBe('P@SS W0RD! #1')
    expect(redactSecrets('p@ss w0rd! #2', ['p@ss w0rd! #1'])).toBe('p@ss w0rd! #2')
  })

  it('masks the longer of two overlapping secrets whole', () => {
    expect(redactSecrets('card 4242 4242 4242 4242 or 4242424242424242', ['4242424242424242', '4242 4242 4242 4242'])).toBe(
      `card ${SECRET_MASK} or ${SECRET_MASK}`,
    )
  })

  it('redacts every string of a structure and keeps the rest', () => {
    expect(redactStrings({ url: '/a?pw=p%40ss', n: 3, list: ['p@ss'] }, ['p@ss'])).toEqual({ url: `/a?pw=${SECRET_MASK}`, n: 3, list: [SECRET_MASK] })
  })
})
