import rule from '../../src/rules/withdrawal-function-missing.js'
import { button, click, field, flow, goto, heading, link, site, snapshot, step, text, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const FOOTER = 'footer.site-footer'
type Page = ReturnType<typeof snapshot>
const withdrawLink = (label = 'Vertrag hier widerrufen') => link({ text: label, href: url('/widerruf'), region: FOOTER })

const checkout = (lang: string, price: string, withLink?: string, welcome = 'Vielen Dank für Ihre Bestellung!'): Page[] => [
  snapshot({
    path: '/kasse',
    lang,
    elements: [field({ label: 'IBAN' }), ...(withLink ? [withdrawLink(withLink)] : [])],
    texts: [heading('Zahlung'), text(`Ihr Abo kostet ${price} im Monat. Sie können den Vertrag innerhalb von 14 Tagen widerrufen.`)],
  }),
  snapshot({ path: '/willkommen', lang, elements: withLink ? [withdrawLink(withLink)] : [], texts: [heading(welcome)] }),
]

const checkoutFlow = (pages: Page[]) => flow('checkout', [goto(pages[0] as Page), click(button({ text: 'Zahlungspflichtig abonnieren' }), pages[1] as Page)])

/** A French shop on a template that declares lang="en": a card form named by the caption above the
 * field, sent with "Payer", a success page; then a plan page whose "Souscrire" leads to the account. */
const frenchShop = (footerLink?: string) => {
  const extra = footerLink ? [withdrawLink(footerLink)] : []
  const cardField = { ...field({ label: '' }), name: 'XXXX XXXX XXXX XXXX', labelText: undefined, box: { x: 40, y: 330, width: 300, height: 36 } }
  const caption = text('Numéro de carte', { tag: 'label', kind: 'label', box: { x: 40, y: 300, width: 200, height: 20 } })
  const pay = { ...button({ text: 'Payer' }), box: { x: 40, y: 400, width: 300, height: 40 } }
  const payment = snapshot({ path: '/panier/paiement', lang: 'en', elements: [cardField, pay, ...extra], texts: [heading('Paiement'), caption, text('Total 28,20 €')] })
  const success = snapshot({ path: '/panier/paiement/succes', lang: 'en', elements: extra, texts: [heading('Paiement effectué'), text('Commande #3456789'), text('28,20 €')] })
  const plans = snapshot({ path: '/abonnement', lang: 'en', elements: [button({ text: 'Souscrire à la formule Plus' }), ...extra], texts: [heading('Choisir votre abonnement'), text('Plus 12,99 €/mois')] })
  const account = snapshot({ path: '/abonnement', lang: 'en', elements: extra, texts: [heading('Mon abonnement'), text('Vous êtes abonné à la formule Plus.')] })
  return site([
    flow('checkout', [goto(payment), click(pay, success)]),
    flow('subscribe', [goto(plans), click(plans.elements[0] as ReturnType<typeof button>, account)]),
  ])
}

testRule(rule, {
  valid: [
    { name: 'fair twin of the French shop: "Se rétracter du contrat ici" on every page', site: frenchShop('Se rétracter du contrat ici') },
    { name: 'fair: "Vertrag hier widerrufen" in the footer', site: site([checkoutFlow(checkout('de', '9,99 €', 'Vertrag hier widerrufen'))]) },
    { name: 'French: "Se rétracter du contrat ici"', site: site([checkoutFlow(checkout('fr', '9,99 €', 'Se rétracter du contrat ici', 'Merci pour votre commande'))]) },
    { name: 'Dutch: "Overeenkomst herroepen"', site: site([checkoutFlow(checkout('nl', '9,99 €', 'Overeenkomst herroepen', 'Bedankt voor je bestelling'))]) },
    { name: 'English in euros: "Withdraw from contract here"', site: site([checkoutFlow(checkout('en', '€9.99', 'Withdraw from contract here', 'Thank you for your order'))]) },
  ],
  invalid: [
    {
      name: 'a French shop declared English: a purchase and a subscription, each a contract',
      site: frenchShop(),
      findings: [
        { message: 'A contract was concluded on /panier/paiement/succes (checkout flow, step 1) ("Paiement effectué")', flow: 'checkout' },
        { message: 'A contract was concluded on /abonnement (subscribe flow, step 1) ("Vous êtes abonné à la formule Plus.")', flow: 'subscribe' },
      ],
    },
    {
      name: 'dark: a German contract, the right mentioned in text, no function',
      site: site([checkoutFlow(checkout('de', '9,99 €'))]),
      findings: [
        {
          message: 'A contract was concluded on /willkommen (checkout flow, step 1) ("Vielen Dank für Ihre Bestellung!") and the site is in "de", but none of the 2 pages read shows a control labelled "Vertrag widerrufen", "withdraw from contract here" or an equivalent; the right of withdrawal is only mentioned in text ("widerrufen" on /kasse).',
          step: 1,
          facts: { pagesSearched: 2, withdrawalMentionedOn: '/kasse' },
        },
      ],
    },
    {
      name: 'an English page in euros counts as an EU contract',
      site: site([checkoutFlow(checkout('en', '€9.99', undefined, 'Thank you for your order'))]),
      findings: [{ message: /and it charges in euros \(€9\.99 im Monat on \/kasse\), but none of the 2 pages/ }],
    },
    {
      name: 'decoy: a "Widerrufsbelehrung" link is information, not the function',
      site: site([checkoutFlow(checkout('de', '9,99 €', 'Widerrufsbelehrung'))]),
      findings: [{ message: 'none of the 2 pages read shows a control labelled "Vertrag widerrufen"' }],
    },
  ],
  outcomes: [
    {
      name: 'decoy: a free French newsletter sign-up concludes no paid contract',
      site: (() => {
        const join = button({ text: "S'inscrire" })
        const form = snapshot({ path: '/newsletter', lang: 'fr', elements: [field({ label: 'E-mail' }), join], texts: [heading('Notre lettre du vendredi')] })
        const thanks = snapshot({ path: '/newsletter/merci', lang: 'fr', texts: [heading('Merci pour votre inscription à la newsletter')] })
        return site([flow('signup', [goto(form), click(join, thanks)])])
      })(),
      outcome: 'not-applicable',
      reason: 'no page of the signup or checkout flows confirmed that a contract was concluded',
    },
    {
      name: 'an English site in dollars is not an EU contract',
      site: site([checkoutFlow(checkout('en', '$9.99', undefined, 'Thank you for your order'))]),
      outcome: 'not-applicable',
      reason: 'not an EU contract',
    },
    { name: 'no signup or checkout flow', site: site([flow('cancel', [goto(snapshot({ path: '/', lang: 'de' }))])]), outcome: 'not-applicable', reason: 'no signup or checkout flow' },
    {
      name: 'no page confirmed a contract',
      site: site([flow('signup', [goto(snapshot({ path: '/registrieren', lang: 'de', texts: [heading('Konto anlegen')] }))])]),
      outcome: 'not-applicable',
      reason: 'no page of the signup or checkout flows confirmed',
    },
    {
      name: 'the checkout failed before the confirmation',
      site: site([flow('checkout', [goto(checkout('de', '9,99 €')[0] as Page), step({ kind: 'click', status: 'failed', error: 'timeout' })])]),
      outcome: 'error',
      reason: 'the checkout flow failed at step 1',
    },
  ],
})
