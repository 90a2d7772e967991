import rule from '../../src/rules/confirmshaming.js'
import { button, checkbox, click, element, flow, goto, link, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const keep = () => button({ text: 'Keep my plan at 50% off', selector: '#accept-offer' })
const shaming = (visible = true) =>
  link({ text: "No thanks, I'd rather pay full price", selector: 'a.decline-link', href: 'https://shop.example/cancel/offer-2', visible })
const offerPage = (decline = shaming()) => snapshot({ path: '/cancel/offer', elements: [keep(), decline] })

/** A block drawn as a button with a pointer cursor, without a control's markup. */
const clickableDiv = (text: string, selector: string) => ({ ...element({ tag: 'div', text, name: '', selector }), clickable: 'pointer' as const })
// An upsell page a French shop built from a template that left lang="en".
const upsell = () =>
  snapshot({
    path: '/panier/option',
    lang: 'en',
    texts: [text('Ajoutez la livraison express pour recevoir votre commande demain.')],
    elements: [button({ text: 'Ajouter la livraison express' }), button({ text: 'Non merci, je préfère payer plus cher', selector: '#refus' })],
  })

// A French shop whose express-delivery offer quotes the carrier's English blurb: the page reads as
// English, its lang says so, and only the site tells that its decline is French.
const frenchShop = () =>
  site([
    flow('checkout', [
      goto(snapshot({ path: '/panier', lang: 'fr', texts: [text('Votre panier contient un article, et vous pouvez encore le modifier avant de payer la commande.')], elements: [button({ text: 'Continuer', selector: '#continuer' })] })),
      click(
        button({ text: 'Continuer', selector: '#continuer' }),
        snapshot({
          path: '/panier/livraison',
          lang: 'en',
          texts: [text('Add express delivery and your order will be with you by tomorrow at the latest, wherever you are.')],
          elements: [button({ text: 'Add express delivery' }), button({ text: 'Non merci, je préfère payer plus cher', selector: '#refus-livraison' })],
        }),
      ),
      click(button({ text: 'Non merci, je préfère payer plus cher', selector: '#refus-livraison' }), snapshot({ path: '/paiement', lang: 'fr', texts: [text('Choisissez votre moyen de paiement pour finaliser la commande en toute sécurité.')] })),
    ]),
  ])

testRule(rule, {
  valid: [
    {
      name: 'decoy: a clickable product card whose long text happens to hold a shaming phrase is not an option',
      site: site([
        flow('shop', [
          goto(snapshot({ path: '/shop', elements: [clickableDiv("Premium planner: for people who'd rather pay full price than plan ahead, with 120 pages of dotted paper, a linen cover and two ribbons", '#card')] })),
        ]),
      ]),
    },
    {
      name: 'a neutral decline link on the retention offer',
      site: site([flow('cancel', [goto(offerPage(link({ text: 'Continue to cancel' })))])]),
    },
    {
      name: 'decoy: a plain "No thanks" beside "Subscribe" on a newsletter prompt',
      site: site([
        flow('signup', [goto(snapshot({ path: '/welcome', elements: [button({ text: 'Subscribe' }), button({ text: 'No thanks' })] }))]),
      ]),
    },
    {
      name: 'a shaming link that is not visible',
      site: site([flow('cancel', [goto(offerPage(shaming(false)))])]),
    },
    {
      name: 'an ordinary refusal of e-mail offers as a checkbox label',
      site: site([flow('signup', [goto(snapshot({ path: '/signup', elements: [checkbox({ label: "I don't want to receive offers by e-mail" })] }))])]),
    },
  ],
  invalid: [
    {
      name: 'a decline drawn as a clickable div',
      site: site([flow('cancel', [goto(snapshot({ path: '/cancel/offer', elements: [keep(), clickableDiv("No thanks, I'd rather pay full price", '#decline-div')] }))])]),
      findings: [{ message: /"No thanks, I'd rather pay full price"/, selector: '#decline-div' }],
    },
    {
      name: 'the same offer page met by two flows is reported in each',
      site: site([flow('checkout', [goto(offerPage())]), flow('subscribe', [goto(offerPage())])]),
      findings: [
        { message: 'checkout flow', flow: 'checkout' },
        { message: 'subscribe flow', flow: 'subscribe' },
      ],
    },
    {
      name: 'a French decline under a template’s lang="en"',
      site: site([flow('checkout', [goto(upsell())])]),
      findings: [{ message: /"Non merci, je préfère payer plus cher"/, selector: '#refus' }],
    },
    {
      name: 'a French decline on a page of English words, read in the language of the site',
      site: frenchShop(),
      findings: [{ message: /"Non merci, je préfère payer plus cher"/, selector: '#refus-livraison' }],
    },
    {
      name: 'dark retention offer: "No thanks, I\'d rather pay full price"',
      site: site([flow('cancel', [goto(offerPage())])]),
      findings: [
        {
          message: 'The option "No thanks, I\'d rather pay full price" on /cancel/offer (cancel flow, step 0)',
          flow: 'cancel',
          step: 0,
          selector: 'a.decline-link',
          facts: { shamingPhrases: "No thanks | I'd rather pay full price" },
        },
      ],
    },
    {
      name: 'the same link seen at two steps on the same page is one finding',
      site: site([flow('cancel', [goto(offerPage()), click(keep(), offerPage()), goto(snapshot({ path: '/cancel/offer-2' }))])]),
      findings: [{ message: "I'd rather pay full price", step: 0 }],
    },
    {
      name: 'a shaming label on an opt-out checkbox',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/checkout', elements: [checkbox({ label: "No thanks, I don't care about staying informed", selector: '#opt-out' })] })),
        ]),
      ]),
      findings: [{ message: 'The option "No thanks, I don\'t care about staying informed" on /checkout', selector: '#opt-out' }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable when no page was read',
      site: site([flow('cancel', [], { status: 'skipped' })]),
      outcome: 'not-applicable',
      reason: 'no page',
    },
    {
      name: 'error when every flow failed before any page',
      site: site([flow('cancel', [step({ kind: 'goto', action: 'goto: /cancel', status: 'failed', error: 'HTTP 500' })])]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 0',
    },
    {
      name: 'error, not pass, when a flow stopped before the pages it did not reach',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/account', elements: [button({ text: 'No thanks' })] })),
          step({ kind: 'click', action: 'click: Cancel', status: 'failed', error: 'Timeout' }),
        ]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})
