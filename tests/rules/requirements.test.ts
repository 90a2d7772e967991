// What the runner decides from `meta.requires`, for all the rules at once: a rule is
// `not-applicable` when no flow of a kind it requires was walked, and `error` only when a flow it
// reads stopped before what it needs. A failed cancel flow never makes a checkout rule "could not
// check", and a failed checkout never makes a cancel rule so.
import { describe, expect, it } from 'vitest'
import type { Outcome, RuleResult } from '../../src/report/model.js'
import { allRules } from '../../src/rules/index.js'
import { readFor, rolesRead } from '../../src/rules/lib/requirements.js'
import { runRules } from '../../src/rules/run-rules.js'
import { button, checkbox, click, field, flow, goto, heading, link, site, snapshot, step, text } from '../helpers/build-trace.js'

const at = (y: number, height = 24) => ({ x: 40, y, width: 600, height })

// A checkout that pays for a monthly plan, with a paid add-on ticked before the user chose it (the
// one finding), and ends on an order confirmation.
const pay = { ...button({ text: 'Subscribe and pay $12.99', selector: '#pay' }), box: at(520, 48) }
const paymentPage = snapshot({
  path: '/checkout',
  elements: [
    { ...field({ label: 'Card number', selector: '#card' }), box: at(300, 40) },
    checkbox({ label: 'Add device protection for +$2.99/mo', checked: true, selector: '#protect' }),
    checkbox({ label: 'Send me the newsletter', selector: '#news' }),
    pay,
  ],
  texts: [
    heading('Checkout'),
    text('Standard plan $12.99/mo', { box: at(120), region: 'aside#summary "Order summary"' }),
    text('Total $12.99', { box: at(150), region: 'aside#summary "Order summary"' }),
    text('Your subscription renews automatically every month at $12.99/month until you cancel. Cancel anytime online in Account.', { box: at(470) }),
  ],
})
const confirmation = snapshot({
  path: '/welcome',
  texts: [heading('Thank you for your order'), text('Your Standard plan is active: $12.99 a month, next billed on 1 February 2026.')],
})
const checkout = flow('checkout', [goto(paymentPage), click(pay, confirmation)])

// A cancel flow that reached the account page, opened "Manage membership" and stopped at step 2,
// before anything asking to cancel was pressed.
const manage = link({ text: 'Manage membership', selector: '#manage' })
const account = snapshot({ path: '/account', elements: [manage], texts: [heading('Your account')] })
const membership = snapshot({ path: '/account/membership', texts: [heading('Membership'), text('Standard plan, $12.99 a month.')] })
const failedCancel = flow('cancel', [
  goto(account),
  click(manage, membership),
  step({ kind: 'click', action: 'click: Cancel membership', status: 'failed', error: 'Timeout 10000ms exceeded' }),
])

const resultsOf = (trace: ReturnType<typeof site>): Map<string, RuleResult> => new Map(runRules(trace, allRules).map((r) => [r.ruleId, r]))
const readsCancel = (id: string): boolean =>
  rolesRead(allRules.find((r) => r.meta.id === id)?.meta.requires ?? []).some((role) => role === 'cancel' || role === 'any')

/** Every rule on a completed checkout beside a cancel flow that failed at step 2. Checkout-only rules
 * judge the checkout; the rules reading the cancel flow (or every flow) could not check, except those
 * that need of it only the pages it reached, and the German rules on an English site. */
const EXPECTED: Record<string, Outcome> = {
  'pre-ticked-upsell': 'fail',
  'forced-opt-out': 'pass',
  'forced-enrollment': 'pass',
  'trick-question': 'error',
  'fake-urgency': 'error',
  'sneak-into-basket': 'pass',
  'drip-pricing': 'pass',
  'plan-steering': 'not-applicable',
  'insecure-form': 'error',
  'trial-conversion-unclear': 'not-applicable',
  'hidden-renewal-terms': 'pass',
  'hidden-support': 'needs-review',
  'cancel-harder-than-signup': 'not-applicable',
  'no-online-cancel': 'error',
  'cancel-entry-hidden': 'error',
  'retention-obstruction': 'error',
  'excessive-required-fields': 'error',
  'visual-interference': 'error',
  'confirmshaming': 'error',
  'nagging': 'error',
  'missing-confirmation': 'error',
  'slow-step': 'error',
  'cancel-not-effective': 'error',
  'cancellation-button-de': 'not-applicable',
  'cancel-login-wall': 'error',
  'withdrawal-function-missing': 'not-applicable',
  'order-button-ambiguous': 'pass',
  'order-email-without-renewal-terms': 'not-applicable',
  'cancellation-email-missing': 'not-applicable',
  'billed-after-cancelling': 'not-applicable',
}

describe('a completed checkout beside a cancel flow that failed at step 2', () => {
  const results = resultsOf(site([checkout, failedCancel]))
  const checkoutAlone = resultsOf(site([checkout]))

  it('names every rule in the table', () => expect(Object.keys(EXPECTED).sort()).toEqual(allRules.map((r) => r.meta.id).sort()))

  for (const [id, outcome] of Object.entries(EXPECTED)) {
    it(`${id}: ${outcome}`, () => {
      const result = results.get(id)
      expect(result?.outcome, JSON.stringify(result)).toBe(outcome)
      if (outcome === 'error') {
        expect(readsCancel(id), 'only a rule that reads the cancel flow is "could not check"').toBe(true)
        expect(result?.reason).toContain('the cancel flow failed at step 2 (click: Cancel membership): Timeout 10000ms exceeded')
      }
    })
  }

  it('leaves every rule that does not read the cancel flow as it is on the checkout alone', () => {
    const checkoutOnly = allRules.map((r) => r.meta.id).filter((id) => !readsCancel(id))
    expect(checkoutOnly).toHaveLength(9)
    for (const id of checkoutOnly) expect(results.get(id), id).toEqual(checkoutAlone.get(id))
    expect(checkoutOnly.filter((id) => ['pass', 'fail'].includes(results.get(id)?.outcome ?? ''))).toHaveLength(6)
  })

  it('keeps what a stopped flow showed: a finding on its pages still fails the rule', () => {
    const shaming = snapshot({ path: '/account/membership', elements: [link({ text: "No thanks, I'd rather pay full price" })] })
    const stopped = flow('cancel', [goto(account), click(manage, shaming), step({ kind: 'click', action: 'click: Continue', status: 'failed', error: 'Timeout' })])
    expect(resultsOf(site([checkout, stopped])).get('confirmshaming')?.outcome).toBe('fail')
  })
})

describe('a failed checkout beside a completed cancel flow', () => {
  const failedCheckout = flow('checkout', [goto(paymentPage), step({ kind: 'click', action: 'click: Subscribe and pay', status: 'failed', error: 'Timeout' })])
  const cancelled = snapshot({ path: '/account/cancelled', texts: [heading('Your membership is cancelled'), text('It ends on 31 January 2026.')] })
  const cancelButton = button({ text: 'Cancel membership', selector: '#cancel' })
  const accountWithCancel = snapshot({ path: '/account', elements: [cancelButton], texts: [heading('Your account')] })
  const results = resultsOf(site([failedCheckout, flow('cancel', [goto(accountWithCancel), click(cancelButton, cancelled)])]))

  it('leaves the cancel-only rules able to check', () => {
    for (const id of ['cancel-entry-hidden', 'retention-obstruction', 'cancel-login-wall', 'cancel-not-effective']) {
      expect(results.get(id)?.outcome, `${id}: ${results.get(id)?.reason}`).not.toBe('error')
    }
  })

  it('makes the checkout rules that found nothing "could not check"', () => {
    expect(results.get('order-button-ambiguous')).toMatchObject({ outcome: 'error', reason: expect.stringContaining('the checkout flow failed at step 1') })
  })
})

describe('not applicable when no flow of a required kind was walked', () => {
  it('names the missing role', () => {
    const checkoutOnly = resultsOf(site([checkout]))
    for (const id of ['cancel-entry-hidden', 'retention-obstruction', 'cancel-login-wall', 'cancel-not-effective']) {
      expect(checkoutOnly.get(id)).toMatchObject({ outcome: 'not-applicable', reason: 'no cancel flow was walked' })
    }
    expect(checkoutOnly.get('cancel-harder-than-signup')).toMatchObject({ outcome: 'not-applicable', reason: 'no signup flow and no cancel flow was walked' })
    const cancelOnly = resultsOf(site([failedCancel]))
    for (const id of ['pre-ticked-upsell', 'drip-pricing', 'order-button-ambiguous', 'hidden-renewal-terms']) {
      expect(cancelOnly.get(id)).toMatchObject({ outcome: 'not-applicable', reason: 'no signup or checkout flow was walked' })
    }
  })

  it('says that no page was read when no flow was walked at all', () => {
    expect(resultsOf(site([])).get('confirmshaming')).toMatchObject({ outcome: 'not-applicable', reason: 'no flow was walked, so no page of the site was read' })
  })
})

describe('readFor', () => {
  it('hands a rule only the flows it reads, each still in its own browser context', () => {
    const signup = flow('signup', [goto(snapshot({ path: '/signup' }))])
    const help = flow('support', [goto(snapshot({ path: '/help' }))], { fresh: true })
    const leave = flow('cancel', [goto(account)])
    const read = readFor(site([signup, help, leave]), [{ flows: ['signup', 'cancel'], needs: 'every-page' }])
    expect('trace' in read && read.trace.flows.map((f) => [f.name, f.fresh])).toEqual([
      ['signup', false],
      ['cancel', true],
    ])
  })
})
