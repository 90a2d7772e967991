import { describe, expect, it } from 'vitest'
import { tickedByDefault } from '../../../src/rules/lib/ticked-by-default.js'
import { checkbox, click, field, fill, flow, goto, site, snapshot, step } from '../../helpers/build-trace.js'

// A box the page's script ticks a moment after it loads reads as unticked in the first snapshot and
// ticked in the next, though no step touched it.
const care = (checked: boolean) => checkbox({ label: 'Add device care +$2.99/mo', checked, selector: '#care' })
const email = field({ label: 'Email', selector: '#email' })
const page = (checked: boolean) => snapshot({ path: '/checkout', elements: [care(checked), email] })

describe('tickedByDefault', () => {
  it('counts a box the page ticked after loading, over steps that could not tick it', () => {
    const trace = site([flow('checkout', [goto(page(false)), fill(email, page(true))])])
    expect(tickedByDefault(trace).ticked.map((t) => [t.element.selector, t.step.index])).toEqual([['#care', 1]])
  })

  it('counts the same over a wait', () => {
    const trace = site([flow('checkout', [goto(page(false)), step({ kind: 'wait', snapshot: page(true) })])])
    expect(tickedByDefault(trace).ticked).toHaveLength(1)
  })

  it('does not count a box that a click may have ticked, whatever its target (a label, "select all")', () => {
    const label = checkbox({ label: 'Select all', selector: '#all' })
    const trace = site([flow('checkout', [goto(page(false)), click(label, page(true))])])
    expect(tickedByDefault(trace).ticked).toEqual([])
  })

  it('does not count a box the user ticked', () => {
    const trace = site([flow('checkout', [goto(page(false)), step({ kind: 'check', target: care(true), snapshot: page(true) })])])
    expect(tickedByDefault(trace).ticked).toEqual([])
  })
})
