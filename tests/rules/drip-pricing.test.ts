import rule from '../../src/rules/drip-pricing.js'
import type { TextBlock } from '../../src/capture/page-snapshot.js'
import { button, check, checkbox, click, element, field, flow, goto, heading, marked, radio, site, snapshot, step, text } from '../helpers/build-trace.js'
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

/** A line as flex rows draw it: the label at the left of the column, the amount at its right, two
 * spans on one visual row and no region that calls itself a summary. */
const row = (label: string, amount: string, y: number, x = 600): TextBlock[] => [
  text(label, { tag: 'span', kind: 'other', box: { x, y, width: 140, height: 20 } }),
  text(amount, { tag: 'span', kind: 'other', box: { x: x + 330, y, width: 50, height: 20 } }),
]
const shelf = (...notes: string[]) =>
  snapshot({ path: '/shop', texts: [heading('Desk lamps'), text('Brass desk lamp'), text('$40.00'), ...notes.map((n) => text(n, { tag: 'span', kind: 'other' }))] })
const basket = (...lines: TextBlock[]) => snapshot({ path: '/basket', texts: [heading('Your basket'), ...row('Subtotal', '$40.00', 300), ...row('Total', '$40.00', 340), ...lines] })
const review = (...lines: TextBlock[][]) => snapshot({ path: '/review', texts: [heading('Review and place order'), heading('Items', { tag: 'h2' }), ...lines.flat()] })
/** A shelf, then a basket that is the first page to sum up the order, then the review page. */
const basketFirst = (first: ReturnType<typeof shelf>, basketLines: TextBlock[][], reviewLines: TextBlock[][]) =>
  site([
    flow('checkout', [
      goto(first),
      click(button({ text: 'Add to basket' }), snapshot({ path: '/basket', texts: [heading('Your basket'), ...basketLines.flat()] })),
      click(button({ text: 'Check out' }), review(...reviewLines)),
      step({ kind: 'click', snapshot: snapshot({ path: '/' }) }),
    ]),
  ])
/** The order placed on the review page by a marked click, then a receipt that sums it up. */
const markedOrder = (first: ReturnType<typeof shelf>, last: ReturnType<typeof review>, receipt: ReturnType<typeof review>, mark = true) => {
  const placed = step({ kind: 'click', snapshot: snapshot({ path: '/thanks', texts: [heading('Thank you')] }) })
  return site([
    flow('checkout', [
      goto(first),
      click(button({ text: 'Add to basket' }), basket()),
      click(button({ text: 'Check out' }), last),
      mark ? marked(placed, 'places-order') : placed,
      click(button({ text: 'View receipt' }), receipt),
    ]),
  ])
}
const receiptWithShipping = () => snapshot({ path: '/receipt', texts: [heading('Receipt'), ...[row('Subtotal', '$40.00', 300), row('Shipping', '$7.99', 330), row('Total', '$47.99', 360)].flat()] })
const shippedLines = (fee: string, amount: string, total: string): TextBlock[][] => [row('Subtotal', '$40.00', 300), row(fee, amount, 330), row('Total', total, 360)]
const shop = (first: ReturnType<typeof shelf>, last: ReturnType<typeof review>) =>
  site([flow('checkout', [goto(first), click(button({ text: 'Add to basket' }), basket()), click(button({ text: 'Check out' }), last), step({ kind: 'click', snapshot: snapshot({ path: '/' }) })])])

testRule(rule, {
  valid: [
    {
      name: 'marked order: a receipt after the marked order step is not judged, however it adds up',
      site: markedOrder(shelf('Free delivery'), review(row('Brass desk lamp', '$40.00', 300), row('Total', '$40.00', 340)), receiptWithShipping()),
    },
    {
      name: 'fair: the final page adds up the same lamp, delivery announced with its price on the shelf',
      site: shop(
        shelf('Delivery $4.00 on every order'),
        review(row('Brass desk lamp', '$40.00', 300), row('Subtotal', '$40.00', 340), row('Delivery', '$4.00', 370), row('Total', '$44.00', 400)),
      ),
    },
    {
      name: 'decoy: a saving line in the summary is no charge',
      site: shop(
        shelf(),
        review(row('Brass desk lamp', '$40.00', 300), row('Total', '$40.00', 340), [text("You're saving $10.00 on this order!", { box: { x: 600, y: 380, width: 380, height: 20 } })]),
      ),
    },
    {
      name: "decoy: a quantity stepper's label beside the unit price is no line",
      site: site([
        flow('checkout', [
          goto(shelf()),
          click(
            button({ text: 'Add to basket' }),
            snapshot({
              path: '/basket',
              elements: [element({ tag: 'button', role: 'button', name: '+', text: '+', box: { x: 300, y: 200, width: 30, height: 30 } })],
              texts: [text('Qty', { tag: 'span', kind: 'other', box: { x: 100, y: 205, width: 40, height: 20 } }), text('$40.00', { tag: 'span', kind: 'other', box: { x: 500, y: 205, width: 60, height: 20 } }), ...row('Subtotal', '$40.00', 300), ...row('Total', '$40.00', 340)],
            }),
          ),
        ]),
      ]),
    },
    {
      name: "decoy: a form field's label is never paired with an amount",
      site: site([
        flow('checkout', [
          goto(shelf()),
          click(
            button({ text: 'Check out' }),
            snapshot({
              path: '/pay',
              elements: [field({ label: 'Delivery tip' })],
              texts: [text('Delivery tip', { tag: 'label', kind: 'label', box: { x: 600, y: 260, width: 140, height: 20 } }), text('$5.00', { tag: 'span', kind: 'other', box: { x: 930, y: 260, width: 50, height: 20 } }), ...row('Brass desk lamp', '$40.00', 300), ...row('Total', '$40.00', 340)],
            }),
          ),
        ]),
      ]),
    },
    {
      name: 'fair: shipping first priced in the basket, the first page that sums up the order',
      site: basketFirst(shelf(), shippedLines('Shipping', '$5.99', '$45.99'), shippedLines('Shipping', '$5.99', '$45.99')),
    },
    {
      name: 'fair: "Versandkosten" in the first summary of a German basket',
      site: (() => {
        const lines = [row('Zwischensumme', '40,00 €', 300), row('Versandkosten', '4,90 €', 330), row('Gesamtsumme', '44,90 €', 360)]
        return basketFirst(shelf(), lines, lines)
      })(),
    },
    {
      name: 'fair: sales tax first priced in the basket, then the same on the review page',
      site: basketFirst(shelf(), shippedLines('Tax (8%)', '$3.20', '$43.20'), shippedLines('Tax (8%)', '$3.20', '$43.20')),
    },
    {
      name: 'fair: tax comes on top, and the shelf said so in a sentence about tax',
      site: shop(shelf('Prices exclude sales tax, which is calculated at checkout.'), review(row('Brass desk lamp', '$40.00', 300), row('Sales tax', '$3.20', 340), row('Total', '$43.20', 370))),
    },
  ],
  invalid: [
    {
      name: 'decoy for the mark: without it, the receipt after the order is judged as a page of the checkout',
      site: markedOrder(shelf('Free delivery'), review(row('Brass desk lamp', '$40.00', 300), row('Total', '$40.00', 340)), receiptWithShipping(), false),
      findings: [{ message: 'mandatory charges not shown before: "Shipping $7.99"', step: 4 }],
    },
    {
      name: 'marked order: the page where the marked click placed the order, said to be marked',
      site: markedOrder(
        shelf('Free delivery'),
        review(row('Brass desk lamp', '$40.00', 300), row('Shipping', '$7.99', 330), row('Total', '$47.99', 360)),
        receiptWithShipping(),
      ),
      findings: [{ message: 'mandatory charges not shown before: "Shipping $7.99", on the page where the order was placed (marked as placing the order).', step: 2, facts: { marked: 'places-order' } }],
    },
    {
      name: 'dark: "Free delivery" on the shelf, shipping and handling only in the last page\'s rows',
      site: shop(
        shelf('Free delivery'),
        review(row('Brass desk lamp', '$40.00', 300), row('Subtotal', '$40.00', 340), row('Shipping', '$7.99', 370), row('Handling', '$1.50', 400), row('Total', '$49.49', 430)),
      ),
      findings: [{ message: 'mandatory charges not shown before: "Shipping $7.99", "Handling $1.50"', flow: 'checkout', facts: { feeTotal: 9.49, total: '$49.49' } }],
    },
    {
      name: 'dark: prices said to include all taxes, then a tax row in the basket',
      site: shop(
        shelf('All prices include applicable taxes. Shipping is calculated at checkout.'),
        review(row('Subtotal', '$40.00', 300), row('Estimated tax (8%)', '$3.20', 340), row('Total', '$43.20', 370)),
      ),
      findings: [{ message: 'prices said earlier to include tax: Estimated tax (8%) $3.20), with mandatory charges not shown before: "Estimated tax (8%) $3.20"', facts: { taxIncluded: true, taxAnnounced: false } }],
    },
    {
      name: 'dark: "Free shipping on every order" on the shelf, then shipping in the first summary',
      site: basketFirst(shelf('Free shipping on every order'), shippedLines('Shipping', '$5.99', '$45.99'), shippedLines('Shipping', '$5.99', '$45.99')),
      findings: [{ message: 'mandatory charges not shown before: "Shipping $5.99"', step: 1 }],
    },
    {
      name: 'dark: a service fee in the first summary is no delivery charge: it belonged in the first price',
      site: basketFirst(shelf(), shippedLines('Service fee', '$2.50', '$42.50'), shippedLines('Service fee', '$2.50', '$42.50')),
      findings: [{ message: 'mandatory charges not shown before: "Service fee $2.50"' }],
    },
    {
      name: 'dark: "All prices include tax" on the shelf, then tax in the first summary',
      site: basketFirst(shelf('All prices include tax.'), shippedLines('Tax', '$3.20', '$43.20'), shippedLines('Tax', '$3.20', '$43.20')),
      findings: [{ message: 'prices said earlier to include tax', step: 1 }, { message: 'prices said earlier to include tax', step: 2 }],
    },
    {
      name: 'dark: a French page left at lang="en" adds "Livraison" at payment',
      site: shop(
        shelf(),
        review(row('1x Lampe', '40,00 €', 300), row('Livraison', '5,90 €', 330), row('Total', '45,90 €', 370)),
      ),
      findings: [{ message: 'mandatory charges not shown before: "Livraison 5,90 €"' }],
    },
  ],
  outcomes: [
    {
      name: 'a lone price beside a product name is a product page, not an order summary',
      site: site([flow('checkout', [goto(snapshot({ path: '/lamp', texts: [...row('Brass desk lamp', '$40.00', 200)] }))])]),
      outcome: 'not-applicable',
      reason: 'no order summary',
    },
  ],
})

const plans = (...notes: TextBlock[]) =>
  snapshot({ path: '/plans', bodyFontSizePx: 16, elements: [radio({ label: 'Basic — €12/month', selector: '#basic' })], texts: [heading('Choose your plan'), text('Basic'), text('€12/month'), ...notes] })
const subscribed = (...notes: TextBlock[]) => snapshot({ path: '/account', texts: [heading('Your plan'), text('Basic'), ...notes] })
const subscribe = (page: ReturnType<typeof plans>, after: ReturnType<typeof subscribed>) =>
  site([flow('subscribe', [goto(page), click(button({ text: 'Subscribe' }), after)])])
const finePrint = (content: string) => text(content, { fontSizePx: 11 })
const notice = (content: string) => text(content, { tag: 'div', kind: 'alert', fixed: true, live: true })

testRule(rule, {
  valid: [
    {
      name: 'fair: the set-up fee stands in ordinary type beside the price',
      site: subscribe(plans(text('A one-off set-up fee of €9 applies to every plan.'), finePrint('A one-off set-up fee of €9 applies.')), subscribed(notice('Subscribed to Basic at €12/month + €9 set-up fee'))),
    },
  ],
  invalid: [
    {
      name: 'dark: a set-up fee only in 11px fine print and in the notice after subscribing',
      site: subscribe(plans(finePrint('A one-off set-up fee of €9 may apply to the Basic plan.')), subscribed(notice('Subscribed to Basic at €12/month + €9 set-up fee'))),
      findings: [
        {
          flow: 'subscribe',
          message:
            'The charge "€9" ("A one-off set-up fee of €9 may apply to the Basic plan.") was stated only in fine print (11px against the page\'s 16px) at /plans (subscribe flow, step 0) and a notice at /account (subscribe flow, step 1); no page showed it in ordinary type beside the price.',
          facts: { feeAmount: 9, shownAs: 'fine print | notice', noticeStep: 1 },
        },
      ],
    },
  ],
  outcomes: [
    {
      name: 'decoy: a price for a later period in fine print is no fee',
      site: subscribe(plans(finePrint('After the first month, €12/month until you cancel.')), subscribed(notice('Welcome to Basic'))),
      outcome: 'not-applicable',
      reason: 'no fee stated with an amount',
    },
  ],
})
