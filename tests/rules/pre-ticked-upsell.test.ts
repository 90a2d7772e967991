import rule from '../../src/rules/pre-ticked-upsell.js'
import {
  button,
  check,
  checkbox,
  element,
  click,
  flow,
  goto,
  radio,
  site,
  snapshot,
  step,
} from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const care = (checked: boolean) =>
  checkbox({ label: 'Add Streamly Care device protection — +$2.99/mo', checked, selector: '#care', region: 'form#checkout' })
const uhd = () => checkbox({ label: '4K Ultra HD +$3.00/mo', selector: '#uhd', region: 'form#checkout' })
const sameAddress = () => checkbox({ label: 'Billing address same as shipping', checked: true, selector: '#same-address' })
const terms = () => checkbox({ label: 'I agree to the Terms of Service and Privacy Policy', required: true, selector: '#terms' })
const cookieButtons = () => [button({ text: 'Accept all', region: 'dialog "Cookies"' }), button({ text: 'Reject all', region: 'dialog "Cookies"' })]

const checkoutPage = (extra: ReturnType<typeof checkbox>[]) =>
  snapshot({ path: '/checkout', elements: [...extra, sameAddress(), terms(), ...cookieButtons()] })

const signupPage = snapshot({ path: '/signup', elements: [button({ text: 'Continue' })] })

testRule(rule, {
  valid: [
    {
      name: 'fair checkout: paid add-ons unticked, billing-same-as-shipping ticked, Terms required and unticked',
      site: site([flow('signup', [goto(signupPage)]), flow('checkout', [goto(checkoutPage([care(false), uhd()]))])]),
    },
    {
      name: 'an add-on the user ticked is the user’s choice',
      site: site([
        flow('checkout', [goto(checkoutPage([care(false)])), check(care(true), checkoutPage([care(true)]))]),
      ]),
    },
    {
      name: 'an add-on ticked in the signup flow is still ticked at checkout in the same browser context',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/signup', elements: [care(false)] })),
          check(care(true), snapshot({ path: '/signup', elements: [care(true)] })),
        ]),
        flow('checkout', [goto(checkoutPage([care(true)]))]),
      ]),
    },
    {
      name: 'a ticked extra that costs nothing ("$0", "free")',
      site: site([
        flow('checkout', [
          goto(
            checkoutPage([
              checkbox({ label: 'Include the Streamly Kids profile ($0.00)', checked: true }),
              checkbox({ label: 'Free 30-day trial of Streamly Music', checked: true }),
            ]),
          ),
        ]),
      ]),
    },
    {
      name: 'a pre-selected plan among paid plans is the plan choice, not an add-on',
      site: site([
        flow('signup', [
          goto(
            snapshot({
              path: '/signup',
              elements: [
                radio({ label: 'Basic — $5.99/mo', region: 'fieldset "Plan"' }),
                radio({ label: 'Standard — $9.99/mo', checked: true, region: 'fieldset "Plan"' }),
                radio({ label: 'Premium — $15.99/mo', region: 'fieldset "Plan"' }),
              ],
            }),
          ),
        ]),
      ]),
    },
    {
      name: 'a price in the line around a ticked box that belongs to something else',
      site: site([
        flow('checkout', [
          goto(
            checkoutPage([
              checkbox({
                label: 'Send my receipt by e-mail',
                checked: true,
                contextText: 'Send my receipt by e-mail. Printed receipts are mailed to your billing address for a fee of $1.50.',
              }),
            ]),
          ),
        ]),
      ]),
    },
    {
      name: 'a ticked paid box that is not visible',
      site: site([flow('checkout', [goto(checkoutPage([checkbox({ label: 'Care +$2.99/mo', checked: true, visible: false })]))])]),
    },
  ],
  invalid: [
    {
      name: 'dark checkout: Streamly Care ticked by script when /checkout loads',
      site: site([
        flow('signup', [goto(signupPage), click(button({ text: 'Continue' }), signupPage)]),
        flow('checkout', [goto(checkoutPage([care(true), uhd()]))]),
      ]),
      findings: [
        {
          message:
            'The checkbox "Add Streamly Care device protection — +$2.99/mo" was already ticked when /checkout first showed it (checkout flow, step 0), before any step touched it.',
          flow: 'checkout',
          step: 0,
          selector: '#care',
          facts: { price: 2.99, currency: 'USD', priceText: '+$2.99/mo', recurring: true, checked: true },
        },
      ],
    },
    {
      name: 'a German switch, switched on: "Geräteschutz hinzufügen – 2,99 € monatlich"',
      site: site([
        flow('Checkout', [
          goto(snapshot({ path: '/kasse', lang: 'de', elements: [checkbox({ label: 'Geräteschutz hinzufügen – 2,99 € monatlich', checked: true, role: 'switch', selector: '#schutz' })] })),
        ]),
      ]),
      findings: [{ message: 'The switch "Geräteschutz hinzufügen – 2,99 € monatlich" was already switched on', selector: '#schutz', facts: { price: 2.99, currency: 'EUR' } }],
    },
    {
      name: 'the price sits beside the label, not in it',
      site: site([
        flow('checkout', [
          goto(checkoutPage([checkbox({ label: 'Priority support', checked: true, selector: '#priority', contextText: 'Priority support +£1 per month' })])),
        ]),
      ]),
      findings: [{ message: 'The checkbox "Priority support" (+£1 per month) was already ticked', selector: '#priority', facts: { price: 1, currency: 'GBP' } }],
    },
    {
      name: 'a paid add-on radio pre-selected over "No protection"',
      site: site([
        flow('checkout', [
          goto(
            snapshot({
              path: '/checkout',
              elements: [
                radio({ label: 'No protection', region: 'fieldset "Device protection"' }),
                radio({ label: 'Device protection +$2.99/mo', checked: true, selector: '#protect', region: 'fieldset "Device protection"' }),
              ],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'The option "Device protection +$2.99/mo" was already selected over "No protection"', selector: '#protect' }],
    },
    {
      name: 'a flow that failed later still shows what its first pages had',
      site: site([
        flow('checkout', [
          goto(checkoutPage([care(true)])),
          step({ kind: 'click', action: 'click: Pay', status: 'failed', error: 'Timeout 10000ms exceeded' }),
        ]),
      ]),
      findings: [{ message: 'Add Streamly Care', step: 0 }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable without a signup or checkout flow',
      site: site([flow('cancel', [goto(snapshot({ path: '/account' }))])]),
      outcome: 'not-applicable',
      reason: 'no signup or checkout flow',
    },
    {
      name: 'not applicable when no page has a checkbox, radio or switch',
      site: site([flow('signup', [goto(signupPage)])]),
      outcome: 'not-applicable',
      reason: 'no checkbox, radio button or switch',
    },
    {
      name: 'error when the checkout flow failed before any page could be read',
      site: site([flow('checkout', [step({ kind: 'goto', action: 'goto: /checkout', status: 'failed', error: 'net::ERR_CONNECTION_REFUSED' })])]),
      outcome: 'error',
      reason: 'the checkout flow failed at step 0',
    },
    {
      name: 'error, not pass, when the checkout flow failed before the page with the add-ons',
      site: site([
        flow('signup', [goto(snapshot({ path: '/signup', elements: [sameAddress()] }))]),
        flow('checkout', [step({ kind: 'click', action: 'click: Continue to payment', status: 'failed', error: 'element not found' })]),
      ]),
      outcome: 'error',
      reason: 'checkout flow failed',
    },
    {
      name: 'needs review: a paid plan pre-selected over a free one',
      site: site([
        flow('signup', [
          goto(
            snapshot({
              path: '/signup',
              elements: [
                radio({ label: 'Free — $0/mo', region: 'fieldset "Plan"' }),
                radio({ label: 'Standard — $9.99/mo', checked: true, selector: '#standard', region: 'fieldset "Plan"' }),
              ],
            }),
          ),
        ]),
      ]),
      outcome: 'needs-review',
      reason: 'may be the plan choice',
      findings: [{ message: 'It may be the plan choice rather than an add-on.', selector: '#standard' }],
    },
  ],
})

/** A control drawn as a div: no checkbox markup, shown as on by the page (an aria state or a
 * selected class, as the snapshot records it). */
const pill = (name: string, checked: boolean, x: number, selector: string, region = 'section.basket') =>
  element({ tag: 'div', name, text: name, clickable: 'handler', checked: checked || undefined, selector, region, box: { x, y: 300, width: 220, height: 40 } })

testRule(rule, {
  valid: [
    {
      name: 'decoy: a plan card shown selected among other priced plan cards is a plan choice',
      site: site([flow('signup', [goto(snapshot({ path: '/plans', elements: [pill('Premium 19,99 €/mois', true, 100, '#premium'), pill('Plus 12,99 €/mois', false, 400, '#plus')] }))])]),
    },
    {
      name: 'decoy: a div toggle on for "billing address same as shipping" costs nothing',
      site: site([flow('checkout', [goto(snapshot({ path: '/checkout', elements: [pill('Billing address same as shipping', true, 100, '#same')] }))])]),
    },
    {
      name: 'a div toggle the user switched on is the user’s choice',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/basket', elements: [pill('Breakage cover +2,50 €', false, 100, '#cover')] })),
          click(pill('Breakage cover +2,50 €', true, 100, '#cover'), snapshot({ path: '/basket', elements: [pill('Breakage cover +2,50 €', true, 100, '#cover')] })),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a paid cover drawn as a div toggle is already on when the basket opens',
      site: site([flow('checkout', [goto(snapshot({ path: '/basket', elements: [pill('Breakage cover +2,50 €', true, 100, '#cover')] }))])]),
      findings: [{ message: 'The switch "Breakage cover +2,50 €" was already switched on when /basket first showed it', facts: { price: 2.5, control: 'switch' } }],
    },
    {
      name: 'a paid option card chosen over a "No thanks" card',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/extras', elements: [pill('Express delivery +$4.99', true, 100, '#express'), pill('No thanks, standard delivery', false, 400, '#standard')] })),
        ]),
      ]),
      findings: [{ message: 'already selected over "No thanks, standard delivery"', facts: { control: 'radio' } }],
    },
  ],
  outcomes: [
    {
      name: 'div controls that no page showed as selected are no choice controls',
      site: site([flow('checkout', [goto(snapshot({ path: '/basket', elements: [pill('Gift note', false, 100, '#note')] }))])]),
      outcome: 'not-applicable',
      reason: 'no checkbox, radio button or switch',
    },
  ],
})
