import rule from '../../src/rules/plan-steering.js'
import { button, check, checkbox, click, element, flow, goto, link, look, radio, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const GROUP = 'fieldset "Meals per week"'
const two = (checked = false) => radio({ label: '2 meals — $34.99/week', selector: '#plan-two', region: GROUP, checked })
const four = () => radio({ label: '4 meals — $49.99/week', selector: '#plan-four', region: GROUP })
const family = (checked = false) => radio({ label: 'Family box (6 meals) — $59.99/week', selector: '#plan-family', region: GROUP, checked })
const cont = () => button({ text: 'Continue', fontSizePx: 18 })
const badge = () => text('Most popular', { fontSizePx: 12 })

const plansPage = (...extra: ReturnType<typeof link>[]) =>
  snapshot({ path: '/plans', elements: [two(), four(), family(true), cont(), ...extra], texts: [badge()] })
const fairPlans = (...extra: ReturnType<typeof element>[]) =>
  snapshot({ path: '/plans', elements: [two(), four(), family(), cont(), ...extra], texts: [badge()] })

// Plans as cards, each with a checkbox in its corner and the price at its foot: the snapshot reads
// the price from the card the box sits in.
const planCard = (name: string, blurb: string, price: string, selector: string, checked = false) => ({
  ...checkbox({ label: '', selector, checked, contextText: name }),
  labelText: undefined,
  card: { text: `${name} ${blurb} ${price}`, box: { x: 400, y: 200, width: 450, height: 260 } },
})
const gold = (checked = false) => planCard('Gold', 'Priority help, free delivery and early access to new prints.', '€19.99/month', '#gold', checked)
const silver = (checked = false) => planCard('Silver', 'Early access to new prints.', '€12.99/month', '#silver', checked)
const cardsPage = (path: string, goldTicked: boolean, silverTicked = false) =>
  snapshot({ path, elements: [gold(goldTicked), silver(silverTicked), button({ text: 'Subscribe', fontSizePx: 16 })] })

// Two plan cards side by side that take a click each, as an upgrade page draws them.
const REGION = 'main "Upgrade to claim your credit"'
const planDiv = (content: string, selector: string, x: number, contextText?: string) =>
  element({ tag: 'div', clickable: 'handler', text: content, name: content, selector, region: REGION, contextText, box: { x, y: 514, width: 540, height: 250 } })
const upgradePage = (dearBadge: string) =>
  snapshot({
    path: '/',
    elements: [
      planDiv('Your current product: Free Edition, for simple returns only; no credits can be claimed.', '#free', 85),
      planDiv(`${dearBadge} Deluxe covers the childcare credit and every schedule it needs.`, '#deluxe', 655, `${dearBadge} Deluxe covers the childcare credit. $60 Federal`),
    ],
  })

testRule(rule, {
  valid: [
    {
      name: 'fair: nothing selected; the "Most popular" badge sits on a plan that is not selected',
      site: site([flow('signup', [goto(fairPlans())])]),
    },
    {
      name: 'the cheapest plan preselected',
      site: site([flow('signup', [goto(snapshot({ path: '/plans', elements: [two(true), four(), family(), cont()] }))])]),
    },
    {
      name: 'the user chose the dearer plan',
      site: site([flow('signup', [goto(fairPlans()), check(family(true), snapshot({ path: '/plans', elements: [two(), four(), family(true), cont()] }))])]),
    },
    {
      name: 'a plan chosen on the page before ("Choose Family box") arrives selected',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/pricing', elements: [link({ text: 'Choose Family box' })] })),
          click(link({ text: 'Choose Family box' }), plansPage()),
        ]),
      ]),
    },
    {
      name: 'fair: buying once is a button as large as the plan button',
      site: site([flow('signup', [goto(fairPlans({ ...link({ text: 'Buy one box once — $39.99', href: '/checkout/once' }), look: look({ fontSizePx: 18 }) }))])]),
    },
    {
      name: 'fair: plan cards with nothing ticked',
      site: site([flow('subscribe', [goto(cardsPage('/subscription', false))])]),
    },
    {
      name: 'a plan named in the address the visitor came by ("?plan=gold") arrives ticked: their choice',
      site: site([flow('subscribe', [goto(cardsPage('/subscription?plan=gold', true))])]),
    },
    {
      name: 'decoy: two add-ons written as additions ("+$2.99/mo"), one ticked, are not plans (pre-ticked-upsell judges them)',
      site: site([
        flow('checkout', [
          goto(
            fairPlans(
              { ...checkbox({ label: 'Device care', selector: '#care', checked: true }), card: { text: 'Device care +$2.99/mo', box: { x: 0, y: 0, width: 400, height: 40 } } },
              { ...checkbox({ label: 'Cloud backup', selector: '#backup' }), card: { text: 'Cloud backup +$1.99/mo', box: { x: 0, y: 50, width: 400, height: 40 } } },
            ),
          ),
        ]),
      ]),
    },
    {
      name: 'fair: a "Most popular" badge on the dearer plan card names no need of the visitor',
      site: site([flow('signup', [goto(upgradePage('Most popular with our customers.'))])]),
    },
    {
      name: 'decoy: a pre-selected billing country select',
      site: site([
        flow('checkout', [
          goto(fairPlans(element({ tag: 'select', name: 'Country', labelText: 'Country', selectedText: 'United States' }))),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'dark: the Family box is selected on load over the cheaper 2 meals',
      site: site([flow('signup', [goto(plansPage())])]),
      findings: [
        {
          message:
            '"Family box (6 meals) — $59.99/week" was already selected when /plans (signup flow, step 0) first showed it, before the user chose, over the cheaper "2 meals — $34.99/week".',
          selector: '#plan-family',
          facts: { preselectedPrice: '$59.99/week', cheapestPrice: '$34.99/week', cheaperOptions: 2 },
        },
      ],
    },
    {
      name: 'dark: "Skip trial, pay once" in 10px faint type',
      site: site([
        flow('signup', [goto(fairPlans(link({ text: 'Skip trial, pay once ($39.99)', selector: '#once', fontSizePx: 10, contrastRatio: 1.98 })))]),
      ]),
      findings: [
        {
          message: /the cheaper way to buy, "Skip trial, pay once \(\$39\.99\)", is only a link in 10px type beside 17px plan controls and contrast 1\.98:1/,
          selector: '#once',
          facts: { alternativeFontSizePx: 10, alternativeContrast: 1.98, alternativePrice: '$39.99' },
        },
      ],
    },
    {
      name: 'dark: the dearer plan card is ticked when the page opens, its price at the foot of the card',
      site: site([flow('subscribe', [goto(cardsPage('/subscription', true)), click(silver(), cardsPage('/subscription', false, true))])]),
      findings: [
        {
          message: '"Gold" (€19.99/month) was already selected when /subscription (subscribe flow, step 0) first showed it, before the user chose, over the cheaper "Silver" (€12.99/month).',
          selector: '#gold',
          facts: { cheaperOptions: 1 },
        },
      ],
    },
    {
      name: 'dark: the dearer plan card says it is "Required for your tax situation" beside the free one',
      site: site([flow('signup', [goto(snapshot({ path: '/' })), goto(upgradePage('Required for your tax situation.'))])]),
      findings: [
        {
          message: /the \$60 plan card "Required for your tax situation\. Deluxe covers.*" is labelled "Required for your", steering the visitor from the cheaper "Your current product: Free Edition/,
          selector: '#deluxe',
          step: 1,
          facts: { claim: 'Required for your', planPrice: '$60', cheaperPrice: null },
        },
      ],
    },
    {
      name: 'German: "Für Ihre Situation empfohlen" on the dearer card',
      site: site([flow('signup', [goto({ ...upgradePage('Für Ihre Situation empfohlen.'), lang: 'de' })])]),
      findings: [{ message: 'is labelled "Für Ihre Situation empfohlen"', selector: '#deluxe' }],
    },
    {
      name: 'the same plan page seen again in another flow is reported once',
      site: site([flow('signup', [goto(plansPage())]), flow('purchase', [goto(plansPage())], { fresh: true })]),
      findings: [{ message: 'was already selected when /plans (signup flow, step 0)' }],
    },
  ],
  outcomes: [
    {
      name: 'no page offers two priced plans',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [cont()] }))])]),
      outcome: 'not-applicable',
      reason: 'two or more priced plans',
    },
    {
      name: 'the signup failed before any page was read',
      site: site([flow('signup', [step({ kind: 'goto', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
    },
  ],
})
