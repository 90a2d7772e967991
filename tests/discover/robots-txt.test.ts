import { describe, expect, it } from 'vitest'
import { robotsAllows } from '../../src/discover/robots-txt.js'

const UA = 'cancelcheck/0.1.0 (+https://www.npmjs.com/package/cancelcheck)'

describe('robots.txt', () => {
  it('reads the * group: disallowed prefixes, longest match wins, Allow on a tie', () => {
    const txt = 'User-agent: *\nDisallow: /account\nAllow: /account/help\nDisallow: /*.pdf$\n'
    expect(robotsAllows(txt, UA, '/')).toBe(true)
    expect(robotsAllows(txt, UA, '/account/settings')).toBe(false)
    expect(robotsAllows(txt, UA, '/account/help/cancel')).toBe(true)
    expect(robotsAllows(txt, UA, '/terms.pdf')).toBe(false)
    expect(robotsAllows(txt, UA, '/terms.pdf?x=1')).toBe(true)
  })

  it('prefers a group naming cancelcheck, and an empty Disallow allows all', () => {
    const txt = 'User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nUser-agent: cancelcheck\nDisallow:\n'
    expect(robotsAllows(txt, UA, '/help')).toBe(true)
    expect(robotsAllows(txt, 'somebot', '/help')).toBe(false)
  })

  it('allows everything when nothing applies', () => {
    expect(robotsAllows('', UA, '/x')).toBe(true)
    expect(robotsAllows('# only a comment\nSitemap: /s.xml', UA, '/x')).toBe(true)
  })
})
