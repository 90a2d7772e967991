import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/no-online-cancel.js'
import { button, click, field, flow, goto, heading, inFrame, link, site, snapshot, step, text, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const joined = () =>
  flow('signup', [goto(snapshot({ path: '/signup', elements: [field({ label: 'Email address', type: 'email' }), button({ text: 'Create account' })] }))])

const helpPage = (...blocks: ReturnType<typeof text>[]) =>
  snapshot({ path: '/help', texts: [heading('How can we help?'), ...blocks], elements: [link({ text: 'Contact us', href: url('/contact') })] })

const cancelButton = () => button({ text: 'Cancel subscription', selector: '#cancel-subscription' })
const accountPage = (...blocks: ReturnType<typeof text>[]) =>
  snapshot({ path: '/account', texts: [heading('My account'), text('Digital plan · $15.00 a month'), ...blocks], elements: [cancelButton()] })

/** A help page that says to call, with `elements` beside the answer. */
const callToCancel = (...elements: SnapshotElement[]) =>
  snapshot({ path: '/help', texts: [text('To cancel, please call our Customer Care team at 1-800-555-0199.')], elements })

const supportFlow = (page = helpPage()) => flow('support', [goto(snapshot({ path: '/' })), click(link({ text: 'Help' }), page)])

const cancelLink = () => link({ text: 'Cancel membership', href: url('/cancel'), selector: '#cancel-link' })
const formLink = (text: string, file: string) => link({ text, href: url(`/${file}`), selector: '#form-link' })
/** A step that pressed `el` and made the browser download `fileName` (the page stays as it was). */
const downloaded = (el: ReturnType<typeof link>, page: ReturnType<typeof snapshot>, fileName: string) => ({
  ...click(el, page),
  downloads: [{ fileName, type: 'PDF document', url: url(`/${fileName}`) }],
})

testRule(rule, {
  valid: [
    {
      name: 'decoy: the confirmation of a cancellation saved as a file after cancelling online',
      site: site([
        joined(),
        flow('cancel', [
          goto(accountPage()),
          click(cancelButton(), snapshot({ path: '/cancel/done', texts: [heading('Your subscription has been cancelled')], elements: [formLink('Save confirmation', 'confirmation.txt')] })),
          downloaded(formLink('Save confirmation', 'confirmation.txt'), snapshot({ path: '/cancel/done', texts: [heading('Your subscription has been cancelled')] }), 'confirmation.txt'),
        ]),
      ]),
    },
    {
      name: 'decoy: an invoice downloaded from the account is no cancellation form',
      site: site([
        joined(),
        flow('account', [
          goto(snapshot({ path: '/account', texts: [heading('My account')], elements: [formLink('Download invoice', 'invoice-2026-01.pdf'), cancelButton()] })),
          downloaded(formLink('Download invoice', 'invoice-2026-01.pdf'), snapshot({ path: '/account', texts: [heading('My account')], elements: [cancelButton()] }), 'invoice-2026-01.pdf'),
        ]),
      ]),
    },
    {
      name: 'the help page says to cancel online in the account',
      site: site([joined(), supportFlow(helpPage(text('On My account, choose Cancel subscription and confirm.')))]),
    },
    {
      name: 'decoy: "Questions? Call us" on the help page, with no word of cancelling',
      site: site([joined(), supportFlow(helpPage(text('Questions about your bill? Call us on 1-888-555-0142.')))]),
    },
    {
      name: 'decoy: "You can also cancel by phone" beside an online cancel button',
      site: site([joined(), flow('cancel', [goto(accountPage(text('Prefer to talk to someone? You can also cancel by phone on 1-888-555-0142.')))])]),
    },
    {
      name: 'online and phone ways given in the same sentence',
      site: site([joined(), supportFlow(helpPage(text('You can cancel online in your account settings or by phone.')))]),
    },
    {
      name: 'cancelling an order by phone is not cancelling a contract',
      site: site([joined(), supportFlow(helpPage(text('To cancel an order, please call us before it ships.')))]),
    },
    {
      name: 'an offline statement that is not visible (a collapsed answer) is not read',
      site: site([joined(), supportFlow(helpPage(text('To cancel, please call our Customer Care team at 1-800-555-0199.', { visible: false })))]),
    },
    {
      name: 'the cancel flow ends on a confirmation after a page with a feedback box',
      site: site([
        joined(),
        flow('cancel', [
          goto(accountPage()),
          click(cancelButton(), snapshot({ path: '/cancel/survey', texts: [heading('Tell us why you are leaving')], elements: [field({ label: 'Anything else?', tag: 'textarea' })] })),
          click(button({ text: 'Cancel subscription' }), snapshot({ path: '/cancel/done', texts: [heading('Your subscription has been cancelled')] })),
        ]),
      ]),
    },
    {
      name: 'decoy: the answer options of a cancellation survey ("0 1-5 6-20 20+") are no phone number',
      site: site([
        joined(),
        flow('cancel', [
          goto(accountPage()),
          click(
            cancelButton(),
            snapshot({
              path: '/cancel',
              texts: [heading('Subscription Cancellation'), text('How many projects did you run last month?'), text('0 1-5 6-20 20+')],
              elements: [button({ text: '0' }), button({ text: '1-5' }), button({ text: '6-20' }), button({ text: '20+' }), button({ text: 'Complete cancellation' })],
            }),
          ),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a phone number written in groups of digits, with nothing online',
      site: site([joined(), supportFlow(helpPage(text('To cancel your membership, ring 030 1234 5678 on weekdays.')))]),
      findings: [{ message: '030 1234 5678' }],
    },
    {
      name: 'the cancel link of the account leads to an error page (HTTP 404)',
      site: site([
        joined(),
        flow('cancel', [
          goto(snapshot({ path: '/account', texts: [heading('My account')], elements: [cancelLink()] })),
          {
            ...step({ kind: 'click', target: cancelLink(), status: 'failed', error: 'the page answered HTTP 404 Not Found', snapshot: snapshot({ path: '/cancel', texts: [heading('Page not found')] }) }),
            httpStatus: 404,
          },
        ]),
      ]),
      findings: [
        {
          message: 'The cancel flow\'s way to cancel is broken: "Cancel membership" on /account (cancel flow, step 0) leads to an error page (HTTP 404 at /cancel).',
          flow: 'cancel',
          step: 0,
          selector: '#cancel-link',
          facts: { httpStatus: 404 },
        },
      ],
    },
    {
      name: 'the help page on cancelling offers a form to download, and no online way',
      site: site([
        joined(),
        flow('support', [
          goto(snapshot({ path: '/help', texts: [heading('How to cancel your membership')], elements: [formLink('Download the form', 'membership-form.pdf')] })),
          downloaded(formLink('Download the form', 'membership-form.pdf'), snapshot({ path: '/help', texts: [heading('How to cancel your membership')] }), 'membership-form.pdf'),
        ]),
      ]),
      findings: [
        {
          message: '"Download the form" on /help (support flow, step 0) downloads "membership-form.pdf" (PDF document) instead of cancelling online',
          flow: 'support',
          step: 0,
          selector: '#form-link',
          facts: { downloadedFile: 'membership-form.pdf', fileType: 'PDF document' },
        },
      ],
    },
    {
      name: 'dark help page: "To cancel, please call our Customer Care team at 1-800-…"',
      site: site([
        joined(),
        supportFlow(helpPage(text('To cancel, please call our Customer Care team at 1-800-555-0199, Monday to Friday 9am–5pm ET.', { selector: '#cancel-answer' }))),
      ]),
      findings: [
        {
          message:
            '"To cancel, please call our Customer Care team at 1-800-555-0199, Monday to Friday 9am–5pm ET." on /help (support flow, step 1) says cancelling goes through a person or paper ("cancel, please call"), worded as the way to do it; no online way to cancel was seen on any page.',
          flow: 'support',
          step: 1,
          selector: '#cancel-answer',
          facts: { offlinePhrases: 'cancel, please call', required: true, onlineOnSamePage: null, onlineElsewhere: null },
        },
      ],
    },
    {
      name: 'the question that opens the answer ("How do I cancel…?") is not an online way',
      site: site([
        joined(),
        supportFlow(callToCancel({ ...button({ text: 'How do I cancel my subscription?' }), tag: 'summary' })),
      ]),
      findings: [{ message: 'no online way to cancel was seen on any page', facts: { onlineOnSamePage: null } }],
    },
    {
      name: 'an online path buried elsewhere does not excuse a help page that says to call',
      site: site([
        joined(),
        supportFlow(helpPage(text('To cancel your membership, call 1-800-555-0199.'))),
        flow('cancel', [goto(snapshot({ path: '/account/membership', elements: [link({ text: 'Cancel subscription', href: url('/cancel/survey') })] }))]),
      ]),
      findings: [{ message: /no online way is given there \("Cancel subscription" was only found at \/account\/membership \(cancel flow, step 0\)\)/, facts: { onlineElsewhere: '/account/membership: Cancel subscription' } }],
    },
    {
      name: 'a "Cancel subscription" article in a chat widget beside "call us" is not the site\'s online way',
      site: site([
        joined(),
        supportFlow(callToCancel(link({ text: 'Contact us', href: url('/contact') }), inFrame(link({ text: 'Cancel subscription', href: url('/help/articles/cancel-subscription') })))),
      ]),
      findings: [{ message: 'no online way to cancel was seen on any page', facts: { onlineOnSamePage: null, onlineElsewhere: null } }],
    },
    {
      name: 'the final step sends a cancellation request to Customer Care',
      site: site([
        joined(),
        flow('cancel', [goto(snapshot({ path: '/cancel/confirm', texts: [text('Send your cancellation request to our Customer Care team and they will be in touch.')], elements: [button({ text: 'Submit request' })] }))]),
      ]),
      findings: [{ message: '("cancellation request to our Customer Care")', flow: 'cancel' }],
    },
    {
      name: 'in German: "Kündigungen bitte schriftlich per Post"',
      site: site([joined(), supportFlow(snapshot({ path: '/hilfe', lang: 'de', texts: [text('Kündigungen bitte schriftlich per Post an unsere Adresse.')] }))]),
      findings: [{ message: '"Kündigungen bitte schriftlich"' }],
    },
    {
      name: 'a German help page left at lang="en" is read in German too',
      site: site([
        joined(),
        supportFlow(
          snapshot({
            path: '/hilfe',
            lang: 'en',
            texts: [heading('Hilfe und Kontakt'), text('Kündigungen bitte schriftlich per Post an unsere Adresse.'), text('Wir beantworten Ihre Fragen gerne von Montag bis Freitag zwischen 9 und 17 Uhr.')],
          }),
        ),
      ]),
      findings: [{ message: '"Kündigungen bitte schriftlich"' }],
    },
    {
      name: 'the cancel flow ends on a contact form instead of a cancellation',
      site: site([
        joined(),
        flow('cancel', [
          goto(snapshot({ path: '/account', texts: [heading('My account')] })),
          click(
            link({ text: 'Cancel subscription', href: url('/contact') }),
            snapshot({ path: '/contact', texts: [heading('Contact Customer Care')], elements: [field({ label: 'How can we help?', tag: 'textarea', selector: '#message' }), button({ text: 'Send message' })] }),
          ),
        ]),
      ]),
      findings: [{ message: 'The cancel flow ends on a contact form at /contact (cancel flow, step 1), "Contact Customer Care" ("How can we help?") instead of a cancellation', selector: '#message', step: 1 }],
    },
    {
      name: 'the same sentence seen on two steps of one page is one finding',
      site: site([joined(), flow('support', [goto(helpPage(text('To cancel, call us on 1-800-555-0199.'))), goto(helpPage(text('To cancel, call us on 1-800-555-0199.')))])]),
      findings: [{ message: 'cancel, call', step: 0 }],
    },
  ],
  outcomes: [
    {
      name: 'needs review: "To cancel, please call" on a page that also has a cancel button',
      site: site([joined(), flow('cancel', [goto(accountPage(text('To cancel, please call us on 1-800-555-0199.', { selector: '#call' })))])]),
      outcome: 'needs-review',
      reason: 'also showing an online way',
      findings: [{ message: 'the same page also shows "Cancel subscription", so which way works needs checking', selector: '#call' }],
    },
    {
      name: 'decoy: the cancel button of an account page the site frames from its own origin is an online way',
      site: site([
        joined(),
        flow('cancel', [
          goto(
            snapshot({
              path: '/account',
              texts: [text('To cancel, please call us on 1-800-555-0199.', { selector: '#call' })],
              elements: [inFrame(cancelButton(), url('/account/billing-frame'))],
            }),
          ),
        ]),
      ]),
      outcome: 'needs-review',
      reason: 'also showing an online way',
      findings: [{ message: 'the same page also shows "Cancel subscription"', selector: '#call' }],
    },
    {
      name: 'needs review when the trace does not show joining online',
      site: site([supportFlow(helpPage(text('To cancel, please call us on 1-800-555-0199.')))]),
      outcome: 'needs-review',
      reason: 'no signup or checkout flow',
    },
    {
      name: 'not applicable when no page was read',
      site: site([flow('support', [], { status: 'skipped' })]),
      outcome: 'not-applicable',
      reason: 'no page',
    },
    {
      name: 'error when the cancel flow stopped early',
      site: site([joined(), flow('cancel', [goto(accountPage()), step({ kind: 'click', action: 'click: Cancel subscription', status: 'failed', error: 'Timeout' })])]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})
