// Which flows shared a browser context: rules that follow a basket, a login or a ticked box from one
// flow into the next read the flows of one context together, and never across two.
import { describe, expect, it } from 'vitest'
import type { FlowTrace } from '../../src/artifacts/site-trace.js'
import { chainOf, contextChains } from '../../src/rules/lib/flows.js'
import { readFor } from '../../src/rules/lib/requirements.js'
import { flow, goto, site, snapshot } from '../helpers/build-trace.js'

const page = (path: string) => goto(snapshot({ path }))
const names = (chains: FlowTrace[][]) => chains.map((chain) => chain.map((f) => f.name))

describe('contextChains', () => {
  it('continues the previous flow, and starts apart at a fresh one', () => {
    const flows = [flow('signup', [page('/')]), flow('checkout', [page('/pay')]), flow('support', [page('/help')], { fresh: true }), flow('cancel', [page('/account')])]
    expect(names(contextChains(flows))).toEqual([['signup', 'checkout'], ['support', 'cancel']])
  })

  it('returns to a named context after a flow in another one', () => {
    const flows = [
      flow('signup', [page('/')], { fresh: true, context: 'member' }),
      flow('checkout', [page('/pay')], { context: 'member' }),
      flow('support', [page('/help')], { fresh: true }),
      flow('cancel', [page('/account')], { context: 'member' }),
      flow('verify', [page('/account')], { context: 'member' }),
    ]
    expect(names(contextChains(flows))).toEqual([['signup', 'checkout', 'cancel', 'verify'], ['support']])
    expect(chainOf(site(flows), flows[3]!).map((f) => f.name)).toEqual(['signup', 'checkout', 'cancel', 'verify'])
  })

  it('keeps two named contexts apart, and an unnamed fresh flow apart from both', () => {
    const flows = [
      flow('signup', [page('/')], { fresh: true, context: 'member' }),
      flow('support', [page('/help')], { fresh: true, context: 'visitor' }),
      flow('checkout', [page('/pay')], { context: 'member' }),
      flow('contact', [page('/contact')], { context: 'visitor' }),
      flow('reading', [page('/blog')], { fresh: true }),
    ]
    expect(names(contextChains(flows))).toEqual([['signup', 'checkout'], ['support', 'contact'], ['reading']])
  })

  it('keeps a flow in its named context when a rule reads only some flows', () => {
    const flows = [
      flow('signup', [page('/')], { fresh: true, context: 'member' }),
      flow('support', [page('/help')], { fresh: true }),
      flow('cancel', [page('/account')], { context: 'member' }),
    ]
    const read = readFor(site(flows), [{ flows: ['signup', 'cancel'], needs: 'any-page' }])
    expect('trace' in read && names(contextChains(read.trace.flows))).toEqual([['signup', 'cancel']])
  })
})
