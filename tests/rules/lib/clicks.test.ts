import { describe, expect, it } from 'vitest'
import { clicksOf } from '../../../src/rules/lib/clicks.js'
import { click, flow, goto, inFrame, link, snapshot, url } from '../../helpers/build-trace.js'

// A frame's selectors are relative to its own document, so a chat widget's first link and the page's
// own first link can both be "html > body > a".
describe('clicksOf', () => {
  it('finds the element a click pressed among the page\'s own, not in a widget\'s frame', () => {
    const own = link({ text: 'Help', selector: 'html > body > a' })
    const widget = inFrame(link({ text: 'Cancel subscription', selector: 'html > body > a' }))
    const home = snapshot({ path: '/', elements: [widget, own] })
    const [pressed] = clicksOf([flow('support', [goto(home), click(own, snapshot({ path: '/help' }))])])
    expect(pressed?.element?.text).toBe('Help')
  })

  it('finds it in a frame the site serves from its own origin', () => {
    const framed = inFrame(link({ text: 'Manage subscription', selector: '#manage' }), url('/account/frame'))
    const [pressed] = clicksOf([flow('cancel', [goto(snapshot({ path: '/', elements: [framed] })), click(framed, snapshot({ path: '/account' }))])])
    expect(pressed?.element?.text).toBe('Manage subscription')
  })
})
