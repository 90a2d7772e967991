import rule from '../../src/rules/drip-pricing.js'
import { check, checkbox, click, flow, goto, radio, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const SUMMARY = 'aside#order-summary "Order summary"'
const line = (content: string) => text(content, { kind: 'listitem', tag: 'li', region: SUMMARY })
const family = () => radio({ label: 'Family box (6 meals) — $59.99/week', selector: '#plan-family', region: 'fieldset "Meals per week"' })
const twoMeals = () => radio({ label: '2 meals — $34.99/week', selector: '#plan-two', region: 'fieldset "Meals per week"' })

const plansPage = (...notes: string[]) =>
  snapshot({ path: '/plans', elements: [twoMeals(), family()], texts: notes.map((n) => text(n)) })
const breakfast = (checked: boolean) => checkbox({ label: 'Add breakfast pack — +$7.99/week', selector: '#breakfast', checked })
const checkoutPage = (lines: string[], ticked = false) =>
  snapshot({ path: '/checkout', elements: [breakfast(ticked)], texts: lines.map(line) })

const journey = (notes: string[], lines: string[], options: { tick?: boolean; linesBefore?: string[] } = {}) => {
  const before = options.linesBefore ?? lines
  return site([
    flow('signup', [goto(plansPage(...notes)), check(family(), plansPage(...notes))]),
    flow('checkout', [
      goto(checkoutPage(before)),
      ...(options.tick ? [check(breakfast(true), checkoutPage(lines, true))] : []),
      step({ kind: 'click', snapshot: snapshot({ path: '/welcome', texts: [text('Thank you for subscribing!')] }) }),
    ]),
  ])
}

testRule(rule, {
  valid: [
    {
      name: 'fair: an all-in price, tax announced on the plan page as calculated at checkout',
      site: journey(
        ['Prices include delivery and every fee. Sales tax is calculated at checkout.'],
        ['Family box (6 meals) $59.99/week', 'Sales tax $4.80/week', 'Weekly total $64.79/week'],
      ),
    },
    {
      name: 'decoy: an optional add-on the user ticked raises the total',
      site: journey(
        ['Sales tax calculated at checkout.'],
        ['Family box (6 meals) $59.99/week', 'Breakfast pack $7.99/week', 'Sales tax $5.44/week', 'Weekly total $73.42/week'],
        { tick: true, linesBefore: ['Family box (6 meals) $59.99/week', 'Sales tax $4.80/week', 'Weekly total $64.79/week'] },
      ),
    },
    {
      name: 'a delivery fee shown with its price on the plan page from the start',
      site: journey(
        ['Delivery $9.99/week on every plan.'],
        ['Family box (6 meals) $59.99/week', 'Delivery $9.99/week', 'Weekly total $69.98/week'],
      ),
    },
  ],
  invalid: [
    {
      name: 'dark: a service fee and a delivery charge appear first at checkout',
      site: journey(
        ['Sales tax calculated at checkout.'],
        ['Family box (6 meals) $59.99/week', 'Service fee $6.99/week', 'Delivery $9.99/week', 'Sales tax $4.80/week', 'Weekly total $81.77/week'],
      ),
      findings: [
        {
          message:
            'The first price shown for "Family box (6 meals)" was $59.99/week at /plans (signup flow, step 0); at /checkout (checkout flow, step 0) the total is $81.77/week, $21.78 more (no other item in the order; tax announced earlier: Sales tax $4.80/week), with mandatory charges not shown before: "Service fee $6.99/week", "Delivery $9.99/week".',
          flow: 'checkout',
          facts: { firstPrice: '$59.99/week', total: '$81.77/week', feeLines: 'Service fee $6.99/week | Delivery $9.99/week', feeTotal: 16.98 },
        },
      ],
    },
    {
      name: 'the total is higher than its lines explain, with no fee line at all',
      site: journey([], ['Family box (6 meals) $59.99/week', 'Total $66.98/week']),
      findings: [{ message: 'with $6.99 of it explained by no line the user chose or saw before.', facts: { unexplained: 6.99, feeLines: null } }],
    },
    {
      name: 'tax that was never announced counts against the first price',
      site: journey([], ['Family box (6 meals) $59.99/week', 'Sales tax $4.80/week', 'Weekly total $64.79/week']),
      findings: [{ message: 'tax not announced earlier: Sales tax $4.80/week), with $4.80 of it explained', facts: { taxAnnounced: false } }],
    },
  ],
  outcomes: [
    {
      name: 'no order summary anywhere',
      site: site([flow('signup', [goto(plansPage()), click(family(), plansPage())])]),
      outcome: 'not-applicable',
      reason: 'no order summary',
    },
    {
      name: 'no signup or checkout flow',
      site: site([flow('support', [goto(snapshot({ path: '/help' }))])]),
      outcome: 'not-applicable',
    },
    {
      name: 'the checkout failed before any summary was read',
      site: site([flow('checkout', [step({ kind: 'goto', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
      reason: 'failed at step 0',
    },
  ],
})
