import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/rules/index.js'
import { runRules, SCAN_NOT_APPLICABLE } from '../../../src/rules/run-rules.js'
import { checkbox, flow, goto, site, snapshot } from '../../helpers/build-trace.js'

// A signup page found by a scan, with a paid add-on ticked by default.
const page = snapshot({
  path: '/signup',
  elements: [checkbox({ label: 'Add Streamly Care device protection — +$2.99/mo', checked: true, selector: '#care', region: 'form#signup' })],
})

describe('rules on a scanned site', () => {
  it('run only when marked for scans; the others say why not', () => {
    const scanned = { ...site([flow('signup', [goto(page)])]), mode: 'scan' as const }
    const results = new Map(runRules(scanned, allRules).map((r) => [r.ruleId, r]))
    expect(results.get('pre-ticked-upsell')?.outcome).toBe('fail')
    expect(results.get('missing-confirmation')).toMatchObject({ outcome: 'not-applicable', reason: SCAN_NOT_APPLICABLE })
    expect(results.get('cancel-harder-than-signup')?.reason).toBe(SCAN_NOT_APPLICABLE)
    const scanRules = allRules.filter((r) => r.meta.scan).map((r) => r.meta.id)
    expect(scanRules).toHaveLength(16)
    for (const id of scanRules) expect(results.get(id)?.reason).not.toBe(SCAN_NOT_APPLICABLE)
  })
})
