import type { TextBlock } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/sneak-into-basket.js'
import { button, check, checkbox, click, field, flow, goto, heading, link, site, snapshot, step, text, toast } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const SUMMARY = 'aside#order-summary "Order summary"'

/** An order summary as the snapshot reads `<li>Item <span>$x</span></li>` lines and a total. */
const summary = (lines: string[], total: string, region = SUMMARY): TextBlock[] => [
  heading('Order summary', { tag: 'h2', region }),
  ...lines.flatMap((line) => {
    const price = /\S+$/.exec(line)?.[0] ?? ''
    return [text(line, { tag: 'li', kind: 'listitem', region }), text(price, { tag: 'span', kind: 'other', region })]
  }),
  text(`Total ${total}`, { region }),
]

const signupPage = snapshot({ path: '/signup', texts: summary(['Standard plan $9.99/mo'], '$9.99/mo'), elements: [field({ label: 'Email' })] })
const continueButton = button({ text: 'Continue to checkout' })
const signup = flow('signup', [goto(signupPage), click(continueButton, signupPage)])

const uhdOff = checkbox({ label: '4K Ultra HD +$3.00/mo', selector: '#uhd' })
const uhdOn = checkbox({ label: '4K Ultra HD +$3.00/mo', selector: '#uhd', checked: true })

testRule(rule, {
  valid: [
    {
      name: 'fair: the same plan from signup to checkout; tax and total are computed, not chosen',
      site: site([
        signup,
        flow('checkout', [
          goto(snapshot({ path: '/checkout', texts: [...summary(['Standard plan $9.99/mo', 'Sales tax $0.80'], '$10.79'), text('Discount -$2.00', { region: SUMMARY })], elements: [uhdOff] })),
        ]),
      ]),
    },
    {
      name: 'an add-on the user ticked joins the summary',
      site: site([
        signup,
        flow('checkout', [
          goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo'], '$9.99/mo'), elements: [uhdOff] })),
          check(uhdOn, snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo', '4K Ultra HD $3.00/mo'], '$12.99/mo'), elements: [uhdOn] })),
        ]),
      ]),
    },
    {
      name: 'an option the user selected joins the summary',
      site: site([
        signup,
        flow('checkout', [
          goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo'], '$9.99/mo') })),
          step({
            kind: 'select',
            action: 'select: { target: { label: Extra screens }, option: "2 extra screens" }',
            target: field({ label: 'Extra screens' }),
            snapshot: snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo', '2 extra screens $4.00/mo'], '$13.99/mo') }),
          }),
        ]),
      ]),
    },
    {
      name: 'a line there from the first summary on (pre-selection, not sneaking in)',
      site: site([
        flow('signup', [goto(snapshot({ path: '/signup', texts: summary(['Standard plan $9.99/mo', 'Streamly Care $2.99/mo'], '$12.98/mo') }))]),
        flow('checkout', [goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo', 'Streamly Care $2.99/mo'], '$12.98/mo') }))]),
      ]),
    },
    {
      name: 'a line that follows a ticked add-on box on the same page (the pre-ticked rule reports that)',
      site: site([
        signup,
        flow('checkout', [
          goto(
            snapshot({
              path: '/checkout',
              texts: summary(['Standard plan $9.99/mo', 'Streamly Care $2.99/mo'], '$12.98/mo'),
              elements: [checkbox({ label: 'Add Streamly Care device protection — +$2.99/mo', checked: true })],
            }),
          ),
        ]),
      ]),
    },
    {
      name: 'the same item worded differently on the next page',
      site: site([signup, flow('checkout', [goto(snapshot({ path: '/checkout', texts: summary(['Standard $9.99/mo'], '$9.99/mo') }))])]),
    },
    {
      name: 'a checkout that starts fresh is not the signup’s basket',
      site: site([signup, flow('checkout', [goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo', 'Priority support $1.99/mo'], '$11.98/mo') }))], { fresh: true })]),
    },
  ],
  invalid: [
    {
      name: 'dark: "Priority support $1.99/mo" joins the summary at checkout, never chosen',
      site: site([
        signup,
        flow('checkout', [goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo', 'Priority support $1.99/mo'], '$11.98/mo'), elements: [uhdOff] }))]),
      ]),
      findings: [
        {
          message:
            'The order summary gained "Priority support $1.99/mo" at step 0 (/checkout, checkout flow); it was not there at step 1 (/signup, signup flow), and no step in between chose it.',
          flow: 'checkout',
          step: 0,
          facts: { item: 'Priority support', price: 1.99, currency: 'USD', absentAtStep: 1, absentInFlow: 'signup' },
        },
      ],
    },
    {
      name: 'a fee that appears on the payment step of the same flow',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/checkout', texts: summary(['Standard plan $9.99/mo'], '$9.99/mo') })),
          click(button({ text: 'Continue to payment' }), snapshot({ path: '/checkout/payment', texts: summary(['Standard plan $9.99/mo', 'Service fee $1.50'], '$11.49') })),
        ]),
      ]),
      findings: [{ message: 'gained "Service fee $1.50" at step 1 (/checkout/payment, checkout flow); it was not there at step 0', step: 1 }],
    },
    {
      name: 'German basket with name and price in separate blocks of one row',
      site: site([
        flow('Bestellung', [
          goto(snapshot({ path: '/warenkorb', lang: 'de', texts: [heading('Warenkorb', { region: 'section.warenkorb' }), text('Standard-Abo', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 0, y: 100, width: 200, height: 20 } }), text('9,99 €', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 300, y: 100, width: 60, height: 20 } })] })),
          click(
            button({ text: 'Weiter' }),
            snapshot({
              path: '/kasse',
              lang: 'de',
              texts: [
                heading('Warenkorb', { region: 'section.warenkorb' }),
                text('Standard-Abo', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 0, y: 100, width: 200, height: 20 } }),
                text('9,99 €', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 300, y: 100, width: 60, height: 20 } }),
                text('Premium-Support', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 0, y: 130, width: 200, height: 20 } }),
                text('1,99 €', { tag: 'span', kind: 'other', region: 'section.warenkorb', box: { x: 300, y: 130, width: 60, height: 20 } }),
              ],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'gained "Premium-Support 1,99 €" at step 1', facts: { item: 'Premium-Support', price: 1.99, currency: 'EUR' } }],
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
      name: 'not applicable when no page shows an order summary',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', texts: [text('Create your account')] }))])]),
      outcome: 'not-applicable',
      reason: 'no order summary',
    },
    {
      name: 'error when checkout failed after the first summary',
      site: site([signup, flow('checkout', [step({ kind: 'goto', action: 'goto: /checkout', status: 'failed', error: 'HTTP 502' })])]),
      outcome: 'error',
      reason: 'the checkout flow failed at step 0',
    },
    {
      name: 'pass, saying so, when only one page showed a summary',
      site: site([signup]),
      outcome: 'pass',
      reason: 'only one page',
    },
  ],
})

/** A line as flex rows draw it: two spans on one visual row, in no region named as a summary. */
const row = (label: string, amount: string, y: number, x = 600): TextBlock[] => [
  text(label, { tag: 'span', kind: 'other', box: { x, y, width: 160, height: 20 } }),
  text(amount, { tag: 'span', kind: 'other', box: { x: x + 330, y, width: 50, height: 20 } }),
]
const product = snapshot({ path: '/pens/fountain', texts: [heading('Fountain pen'), text('$30.00', { tag: 'span', kind: 'other' })] })
const wrapOn = checkbox({ label: 'Gift wrapping +$3.00', selector: '#wrap', checked: true })
const nibsOn = checkbox({ label: 'Spare nibs +$2.50', selector: '#nibs', checked: true })
/** The basket with an extras dialog over it whose boxes start ticked and that goes on by itself. */
const basketWithExtras = snapshot({
  path: '/basket',
  elements: [link({ text: 'Fountain pen', href: '/pens/fountain' }), wrapOn, nibsOn],
  texts: [
    text('Extras for your order Going on in 4s Gift wrapping +$3.00 Spare nibs +$2.50', { tag: 'div', kind: 'dialog', fixed: true }),
    text('Gift wrapping', { tag: 'p', kind: 'paragraph', fixed: true }),
    text('Spare nibs', { tag: 'p', kind: 'paragraph', fixed: true }),
    ...row('Subtotal', '$30.00', 300),
    ...row('Total', '$30.00', 340),
  ],
})
const finalPage = (...lines: TextBlock[][]) => snapshot({ path: '/order/confirm', texts: [heading('Confirm your order'), heading('Items', { tag: 'h2' }), ...lines.flat()] })

testRule(rule, {
  valid: [
    {
      name: 'fair: the last page lists what the basket held, by visual rows',
      site: site([flow('checkout', [goto(product), click(button({ text: 'Add to basket' }), basketWithExtras), click(button({ text: 'Check out' }), finalPage(row('Fountain pen × 1', '$30.00', 300), row('Total', '$30.00', 340)))])]),
    },
    {
      name: 'decoy: a saving line that appears later is no item',
      site: site([
        flow('checkout', [
          goto(product),
          click(button({ text: 'Add to basket' }), basketWithExtras),
          click(button({ text: 'Check out' }), finalPage(row('Fountain pen × 1', '$30.00', 300), row('Total', '$30.00', 340), [text("You're saving $5.00 on this order!", { box: { x: 600, y: 380, width: 380, height: 20 } })])),
        ]),
      ]),
    },
    {
      name: 'a walk that starts on the payment page, where the summary appears after a field is filled',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/pay', texts: [heading('Payment')] })),
          step({ kind: 'fill', snapshot: snapshot({ path: '/pay', texts: [heading('Payment'), ...row('Fountain pen', '$30.00', 300), ...row('Ink refills', '$6.00', 330), ...row('Total', '$36.00', 370)] }) }),
        ]),
      ]),
    },
    {
      name: 'decoy: the first summary lists a second product the user opened and added before',
      site: site([
        flow('checkout', [
          goto(product),
          click(button({ text: 'Add to basket' }), snapshot({ path: '/pens/ink', texts: [heading('Blue ink bottle')] })),
          click(button({ text: 'Add to basket' }), finalPage(row('Fountain pen', '$30.00', 300), row('Blue ink bottle', '$6.00', 330), row('Total', '$36.00', 370))),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'dark: extras ticked in a dialog that goes on by itself turn up only in the last page\'s rows',
      site: site([
        flow('checkout', [
          goto(product),
          click(button({ text: 'Add to basket' }), basketWithExtras),
          step({ kind: 'wait', snapshot: snapshot({ path: '/checkout', texts: [text('Fountain pen'), ...row('Subtotal', '$30.00', 300), ...row('Total', '$30.00', 340)] }) }),
          click(button({ text: 'Continue' }), finalPage(row('Fountain pen × 1', '$30.00', 300), row('Gift wrapping', '$3.00', 330), row('Spare nibs', '$2.50', 360), row('Total', '$35.50', 400))),
        ]),
      ]),
      findings: [
        { message: 'The order summary gained "Gift wrapping $3.00" at step 3 (/order/confirm, checkout flow); it was not there at step 2 (/checkout, checkout flow)', facts: { item: 'Gift wrapping', price: 3 } },
        { message: 'gained "Spare nibs $2.50"' },
      ],
    },
    {
      name: 'dark: the first summary lists an insurance that no page offered, only a toast announced',
      site: site([
        flow('checkout', [
          goto(product),
          click(button({ text: 'Add to basket' }), snapshot({ path: '/pens/fountain', texts: [heading('Fountain pen'), toast('Added to your basket with breakage cover')] })),
          click(button({ text: 'Pay' }), finalPage(row('1x Fountain pen', '$30.00', 300), row('1x Breakage cover', '$4.00', 330), row('Total', '$34.00', 370))),
        ]),
      ]),
      findings: [{ message: 'The order summary at step 2 (/order/confirm, checkout flow) lists "1x Breakage cover $4.00", which no page before named and no step chose.', facts: { absentAtStep: null } }],
    },
  ],
  outcomes: [
    {
      name: 'a lone price beside a product name is no order summary',
      site: site([flow('checkout', [goto(snapshot({ path: '/pens/fountain', texts: row('Fountain pen', '$30.00', 200) }))])]),
      outcome: 'not-applicable',
      reason: 'no order summary',
    },
  ],
})
