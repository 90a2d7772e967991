import type { PageSnapshot, SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/insecure-form.js'
import { button, field, flow, goto, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const inForm = (el: SnapshotElement, form: string, extra: Partial<SnapshotElement> = {}): SnapshotElement => ({ ...el, form, ...extra })

function page(input: { url: string; elements: SnapshotElement[]; forms?: PageSnapshot['forms'] }): PageSnapshot {
  const base = snapshot({ url: input.url, elements: input.elements })
  return { ...base, protocol: new URL(input.url).protocol.replace(':', ''), forms: input.forms ?? [] }
}

const cardFields = (form: string): SnapshotElement[] => [
  inForm(field({ label: 'Card number', selector: '#card-number' }), form, { autocomplete: 'cc-number' }),
  inForm(field({ label: 'Security code', selector: '#card-code' }), form, { autocomplete: 'cc-csc' }),
  button({ text: 'Subscribe and pay $9.99' }),
]

const payToHttp = page({
  url: 'https://vpn.example/checkout',
  elements: cardFields('#payment-form'),
  forms: [{ selector: '#payment-form', action: 'http://pay.vpn-payments.example/charge', method: 'post' }],
})

testRule(rule, {
  valid: [
    {
      name: 'a card form on an https page posting to an https action',
      site: site([
        flow('checkout', [
          goto(page({ url: 'https://vpn.example/checkout', elements: cardFields('#pay'), forms: [{ selector: '#pay', action: 'https://pay.vpn-payments.example/charge', method: 'post' }] })),
        ]),
      ]),
    },
    {
      // Decoy: browsers treat this machine as a secure context; the demo sites are served from it.
      name: 'a card form on http://127.0.0.1 posting to the same origin',
      site: site([
        flow('checkout', [
          goto(page({ url: 'http://127.0.0.1:4173/checkout', elements: cardFields('#pay'), forms: [{ selector: '#pay', action: 'http://127.0.0.1:4173/welcome', method: 'get' }] })),
        ]),
      ]),
    },
    {
      // Decoy: a search box sends a search term, nothing personal.
      name: 'a search form posting to an http search host beside an https card form',
      site: site([
        flow('support', [
          goto(
            page({
              url: 'https://vpn.example/help',
              elements: [
                inForm(field({ label: 'Search the help centre', type: 'search', selector: '#q' }), '#help-search'),
                ...cardFields('#pay'),
              ],
              forms: [
                { selector: '#help-search', action: 'http://search.vpn-help.example/find', method: 'get' },
                { selector: '#pay', action: 'https://vpn.example/pay', method: 'post' },
              ],
            }),
          ),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a card form whose action is an http:// address on another host, reported once',
      site: site([flow('checkout', [goto(payToHttp), step({ kind: 'fill', snapshot: payToHttp })])]),
      findings: [
        {
          message:
            'The form #payment-form on /checkout (checkout flow, step 0) asks for card details ("Card number", "Security code") and sends it by POST to http://pay.vpn-payments.example/charge, over plain HTTP.',
          selector: '#card-number',
          facts: { formAction: 'http://pay.vpn-payments.example/charge', kinds: 'card', pageProtocol: 'https' },
        },
      ],
    },
    {
      name: 'a login page served over plain http',
      site: site([
        flow('cancel', [
          goto(
            page({
              url: 'http://vpn.example/login',
              elements: [field({ label: 'Email address', type: 'email' }), field({ label: 'Password', type: 'password' })],
              forms: [{ selector: '#login', action: 'http://vpn.example/login', method: 'post' }],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'The page http://vpn.example/login (cancel flow, step 0) is served over plain HTTP and asks for a password and personal data ("Email address", "Password").', facts: { kinds: 'password, personal' } }],
    },
    {
      name: 'a German address form posting over http, known by its labels alone',
      site: site([
        flow('checkout', [
          goto(
            page({
              url: 'https://shop.example/kasse',
              elements: [inForm(field({ label: 'Straße und Hausnummer' }), '#adresse'), inForm(field({ label: 'Kartennummer' }), '#adresse')],
              forms: [{ selector: '#adresse', action: 'http://shop.example/weiter', method: 'post' }],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'asks for card details and personal data ("Straße und Hausnummer", "Kartennummer")' }],
    },
  ],
  outcomes: [
    {
      name: 'a password field still hidden when an http-bound form was seen',
      site: site([
        flow('signup', [
          goto(
            page({
              url: 'https://vpn.example/signup',
              elements: [inForm(field({ label: 'Password', type: 'password' }), '#f', { visible: false }), inForm(field({ label: 'Coupon code' }), '#f')],
              forms: [{ selector: '#f', action: 'http://vpn.example/join', method: 'post' }],
            }),
          ),
        ]),
      ]),
      outcome: 'not-applicable',
    },
    {
      name: 'no page asks for anything sensitive',
      site: site([flow('support', [goto(page({ url: 'http://vpn.example/help', elements: [field({ label: 'Search', type: 'search' })] }))])]),
      outcome: 'not-applicable',
      reason: 'no page asked for card, password or personal data',
    },
  ],
})
