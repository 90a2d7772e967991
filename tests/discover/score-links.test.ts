import { describe, expect, it } from 'vitest'
import { FOLLOW_SCORE, scoreLinks, type LinkCandidate } from '../../src/discover/score-links.js'
import { button, element, link, ORIGIN, snapshot, url } from '../helpers/build-trace.js'

const best = (candidates: LinkCandidate[], category: string): LinkCandidate | undefined => candidates.find((c) => c.category === category)
const textsOf = (candidates: LinkCandidate[], category: string): string[] => candidates.filter((c) => c.category === category).map((c) => c.element.text)

describe('scoreLinks', () => {
  it('finds each kind of page by its words, address and region, and says what scored', () => {
    const page = snapshot({
      elements: [
        link({ text: 'Pricing', href: url('/pricing'), region: 'header > nav "Main"' }),
        link({ text: 'Help centre', href: url('/help'), region: 'footer' }),
        link({ text: 'Contact us', href: url('/contact'), region: 'footer' }),
        link({ text: 'Terms of service', href: url('/legal/terms'), region: 'footer' }),
        link({ text: 'Log in', href: url('/login'), region: 'header' }),
        link({ text: 'Start free trial', href: url('/signup') }),
      ],
    })
    const candidates = scoreLinks(page, ORIGIN)
    expect(best(candidates, 'pricing')).toMatchObject({ element: { text: 'Pricing' }, matched: ['text:"pricing"', 'href:/pricing', 'region:header'] })
    expect(best(candidates, 'help')).toMatchObject({ element: { text: 'Help centre' }, matched: ['text:"help centre"', 'href:/help', 'region:footer'] })
    expect(best(candidates, 'contact')?.element.text).toBe('Contact us')
    expect(best(candidates, 'terms')?.element.text).toBe('Terms of service')
    expect(best(candidates, 'account')?.element.text).toBe('Log in')
    expect(best(candidates, 'signup')).toMatchObject({ element: { text: 'Start free trial' }, url: url('/signup') })
    for (const c of candidates) expect(c.score).toBeGreaterThan(0)
  })

  it('finds pricing pages by the other names they go by, and opens a checkout page but never submits one', () => {
    const page = snapshot({
      elements: [
        link({ text: 'Membership Levels', href: url('/membership-account/levels'), region: 'header > nav "Main"' }),
        link({ text: 'Packages', href: url('/packages') }),
        link({ text: 'Checkout', href: url('/checkout') }),
        element({ tag: 'button', type: 'submit', role: 'button', name: 'Checkout', text: 'Checkout', form: 'form#cart', region: 'form#cart' }),
      ],
    })
    const candidates = scoreLinks(page, ORIGIN)
    expect(textsOf(candidates, 'pricing')).toEqual(expect.arrayContaining(['Membership Levels', 'Packages']))
    expect(candidates.filter((c) => c.element.text === 'Checkout').map((c) => c.url)).toEqual([url('/checkout')])
  })

  it('ranks a real cancellation link above a "Cancel" button that closes a form on the page', () => {
    const closeEdit = element({ tag: 'button', type: 'button', role: 'button', name: 'Cancel', text: 'Cancel', form: 'form#edit-profile', region: 'form#edit-profile' })
    const page = snapshot({
      elements: [closeEdit, link({ text: 'Cancel membership', href: url('/account/membership/cancel'), region: 'footer' })],
    })
    const cancel = scoreLinks(page, ORIGIN).filter((c) => c.category === 'cancel')
    expect(cancel[0]?.element.text).toBe('Cancel membership')
    const decoy = cancel.find((c) => c.element === closeEdit)
    expect(decoy?.score ?? 0).toBeLessThan(FOLLOW_SCORE)
  })

  it('finds a tiny grey footer cancellation link however faint it is', () => {
    const faint = link({ text: 'Cancel membership', href: url('/membership/end'), region: 'footer', fontSizePx: 9, color: 'rgb(200, 200, 200)', contrastRatio: 1.6 })
    const plain = link({ text: 'Cancel membership', href: url('/membership/end'), region: 'footer' })
    const faintScore = best(scoreLinks(snapshot({ elements: [faint] }), ORIGIN), 'cancel')
    const plainScore = best(scoreLinks(snapshot({ elements: [plain] }), ORIGIN), 'cancel')
    expect(faintScore).toMatchObject({ matched: ['text:"cancel membership"', 'region:footer'] })
    expect(faintScore?.score).toBe(plainScore?.score)
    expect(faintScore?.score).toBeGreaterThanOrEqual(FOLLOW_SCORE)
  })

  it('never offers what pays, orders, submits, signs out, deletes, mails, calls or downloads', () => {
    const page = snapshot({
      elements: [
        link({ text: 'Pay now', href: url('/plans/pay') }),
        button({ text: 'Subscribe' }),
        element({ tag: 'button', type: 'submit', role: 'button', name: 'Subscribe', text: 'Subscribe', form: 'form#newsletter' }),
        link({ text: 'Jetzt kaufen', href: url('/abo/kaufen') }),
        element({ tag: 'button', type: 'button', name: 'Zahlungspflichtig bestellen', text: 'Zahlungspflichtig bestellen' }),
        link({ text: 'Log out', href: url('/account/logout') }),
        link({ text: 'Delete account', href: url('/account/delete') }),
        link({ text: 'Contact support', href: 'mailto:help@shop.example' }),
        link({ text: 'Call to cancel', href: 'tel:+18005550100' }),
        link({ text: 'Terms (PDF)', href: url('/terms.pdf') }),
        link({ text: 'Account', href: url('/cart/account') }),
      ],
    })
    const candidates = scoreLinks(page, ORIGIN)
    const offered = new Set(candidates.map((c) => c.element.text))
    for (const text of ['Pay now', 'Jetzt kaufen', 'Zahlungspflichtig bestellen', 'Log out', 'Delete account', 'Contact support', 'Call to cancel', 'Terms (PDF)', 'Account']) {
      expect(offered, text).not.toContain(text)
    }
    // The same-page "Subscribe" button outside any form may be looked at; the form's submit button never.
    expect(candidates.filter((c) => c.element.form)).toEqual([])
  })

  it('never offers a submit button inside a form, though the snapshot names only fields\' forms', () => {
    const login = element({ tag: 'button', type: 'submit', role: 'button', name: 'Anmelden', text: 'Anmelden', region: 'main > form' })
    const confirm = element({ tag: 'button', type: 'submit', name: 'Confirm cancellation', text: 'Confirm cancellation', region: 'form#cancel "Cancel"' })
    expect(scoreLinks(snapshot({ elements: [login, confirm] }), ORIGIN)).toEqual([])
  })

  it('ignores links to other origins', () => {
    const page = snapshot({
      elements: [link({ text: 'Help', href: 'https://support.other.example/help', region: 'footer' }), link({ text: 'Help', href: 'https://shop.example:8443/help' })],
    })
    expect(scoreLinks(page, ORIGIN)).toEqual([])
  })

  it('reads German, and never takes a cancellation link for the way to the plans', () => {
    const page = snapshot({
      lang: 'de',
      elements: [
        link({ text: 'Verträge hier kündigen', href: url('/vertraege-kuendigen'), region: 'footer', fontSizePx: 11 }),
        link({ text: 'Abo kündigen', href: url('/abo/kuendigen') }),
        link({ text: 'Tarife', href: url('/tarife'), region: 'header' }),
        link({ text: 'Hilfe & FAQ', href: url('/hilfe') }),
        link({ text: 'Kontakt', href: url('/kontakt') }),
        link({ text: 'AGB', href: url('/agb') }),
        link({ text: 'Mein Konto', href: url('/konto') }),
        link({ text: 'Abmelden', href: url('/session/ende') }),
      ],
    })
    const candidates = scoreLinks(page, ORIGIN)
    expect(best(candidates, 'cancel')).toMatchObject({ element: { text: 'Verträge hier kündigen' }, matched: ['text:"verträge hier kündigen"', 'href:/kuendigen', 'region:footer'] })
    expect(textsOf(candidates, 'pricing')).toEqual(['Tarife'])
    expect(best(candidates, 'help')?.element.text).toBe('Hilfe & FAQ')
    expect(best(candidates, 'contact')?.element.text).toBe('Kontakt')
    expect(best(candidates, 'terms')?.element.text).toBe('AGB')
    expect(best(candidates, 'account')?.element.text).toBe('Mein Konto')
    expect(candidates.map((c) => c.element.text)).not.toContain('Abmelden')
  })

  it('matches whole words only, and scores an icon link by its address and place', () => {
    const page = snapshot({
      elements: [
        link({ text: 'Helpful tips', href: url('/blog/tips') }),
        link({ text: 'Payments explained', href: url('/blog/payments-explained') }),
        element({ tag: 'a', role: 'link', name: '', text: '', href: url('/help'), region: 'footer' }),
      ],
    })
    const candidates = scoreLinks(page, ORIGIN)
    expect(textsOf(candidates, 'help')).toEqual([''])
    expect(best(candidates, 'help')).toMatchObject({ score: FOLLOW_SCORE, matched: ['href:/help', 'region:footer'] })
  })

  it('skips links back to the page itself', () => {
    const page = snapshot({ path: '/help', elements: [link({ text: 'Help', href: url('/help#top') })] })
    expect(scoreLinks(page, ORIGIN)).toEqual([])
  })
})
