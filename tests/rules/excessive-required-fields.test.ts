import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/excessive-required-fields.js'
import { button, click, field as labelledField, fill, flow, goto, heading, link, site, snapshot, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

/** Every field with a selector of its own, as on a page: readings of a form are merged by selector. */
const field = (input: Parameters<typeof labelledField>[0]): SnapshotElement =>
  labelledField({ ...input, selector: input.selector ?? `#${input.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` })
const required = (el: SnapshotElement): SnapshotElement => ({ ...el, required: true })
const inForm = (form: string, els: SnapshotElement[]): SnapshotElement[] => els.map((el) => ({ ...el, form }))
const upload = (label: string): SnapshotElement => field({ label, type: 'file' })
const message = () => field({ label: 'Message', tag: 'textarea' })

const contactPage = (fields: SnapshotElement[], path = '/support') =>
  snapshot({ path, elements: [...fields.map((el) => (el.form ? el : { ...el, form: 'form#contact' })), button({ text: 'Send' })], texts: [heading('Contact us')] })
const support = (fields: SnapshotElement[]) => site([flow('support', [goto(contactPage(fields))])])

const account = () => snapshot({ path: '/account', elements: [link({ text: 'Cancel subscription', href: url('/cancel') })] })
const cancelForm = (fields: SnapshotElement[]) =>
  snapshot({ path: '/cancel', elements: [...fields, button({ text: 'Confirm cancellation' })], texts: [heading('Cancel your subscription')] })
const cancelling = (fields: SnapshotElement[], before = account()) => {
  const form = cancelForm(fields)
  return site([
    flow('cancel', [
      goto(before),
      click(link({ text: 'Cancel subscription', href: url('/cancel') }), form),
      click(form.elements.at(-1) as SnapshotElement, snapshot({ path: '/cancel/done', texts: [heading('Your subscription is cancelled')] })),
    ]),
  ])
}

testRule(rule, {
  valid: [
    {
      name: 'fair: a contact form asking name, e-mail and message',
      site: support([required(field({ label: 'Your name' })), required(field({ label: 'E-mail', type: 'email' })), required(message())]),
    },
    {
      name: 'decoy: an optional upload beside a required message',
      site: support([required(field({ label: 'E-mail', type: 'email' })), required(message()), upload('Attach a photo (optional)')]),
    },
    {
      name: 'decoy: one required model number on a product help form',
      site: support([required(field({ label: 'E-mail', type: 'email' })), required(field({ label: 'Model number' })), required(message())]),
    },
    {
      name: 'decoy: a sign-in form in the header of a contact page is not the contact form',
      site: support([
        required(field({ label: 'E-mail', type: 'email' })),
        required(message()),
        ...inForm('form#login', [field({ label: 'Email address', type: 'email' }), field({ label: 'Password', type: 'password' })]),
      ]),
    },
    {
      name: 'decoy: a contact form that offers an account with an optional password',
      site: support([required(field({ label: 'E-mail', type: 'email' })), required(message()), field({ label: 'Password (optional, to follow your request)', type: 'password' })]),
    },
    {
      name: 'fair: a cancellation form with name, e-mail and contract number',
      site: cancelling([required(field({ label: 'Name' })), required(field({ label: 'E-mail', type: 'email' })), required(field({ label: 'Contract number' }))]),
    },
    {
      name: 'decoy: a login form on the account page reached before choosing to cancel',
      site: cancelling(
        [required(field({ label: 'E-mail', type: 'email' }))],
        snapshot({
          path: '/account',
          elements: [required(field({ label: 'Phone number', type: 'tel' })), field({ label: 'Password', type: 'password' }), link({ text: 'Cancel subscription', href: url('/cancel') })],
        }),
      ),
    },
    {
      name: 'decoy: a required "why are you leaving" question is a survey, for retention-obstruction',
      site: cancelling([required(field({ label: 'E-mail', type: 'email' })), required(field({ label: 'Why are you leaving?', tag: 'textarea' }))]),
    },
    {
      name: 'decoy: an optional phone number on a cancellation form',
      site: cancelling([required(field({ label: 'E-mail', type: 'email' })), field({ label: 'Phone (optional)' })]),
    },
    {
      name: 'decoy: on a German site the confirmation page is cancellation-button-de\'s to judge',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/konto', lang: 'de', elements: [link({ text: 'Vertrag kündigen', href: url('/kuendigen') })], texts: [heading('Ihr Konto und Ihre Verträge bei uns')] })),
          click(
            link({ text: 'Vertrag kündigen', href: url('/kuendigen') }),
            snapshot({ path: '/kuendigen', lang: 'de', elements: [required(field({ label: 'Telefonnummer', type: 'tel' })), button({ text: 'Jetzt kündigen' })], texts: [heading('Kündigen Sie hier Ihren Vertrag mit uns')] }),
          ),
        ]),
      ]),
    },
  ],
  outcomes: [
    { name: 'no support or cancel flow', site: site([flow('signup', [goto(snapshot({ path: '/' }))])]), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'dark: a contact form requiring model number, purchase date and a photo upload',
      site: support([
        required(field({ label: 'E-mail', type: 'email' })),
        required(field({ label: 'Model number' })),
        required(field({ label: 'Date of purchase', type: 'date' })),
        required(upload('Photo of the receipt')),
        required(message()),
      ]),
      findings: [
        {
          message:
            'The contact form on /support (support flow, step 0) cannot be sent without "Model number" (something rarely at hand), "Date of purchase" (something rarely at hand), "Photo of the receipt" (a file to upload). Required in all: "E-mail", "Model number", "Date of purchase", "Photo of the receipt", "Message".',
          flow: 'support',
          step: 0,
          facts: { form: 'support', demands: 3, upload: true, account: false },
        },
      ],
    },
    {
      name: 'dark: a mandatory upload alone, marked only by the label\'s asterisk',
      site: support([required(field({ label: 'E-mail', type: 'email' })), upload('Invoice *'), required(message())]),
      findings: [{ message: 'cannot be sent without "Invoice" (a file to upload)', flow: 'support', step: 0, facts: { upload: true, demands: 1 } }],
    },
    {
      name: 'dark: a contact form that needs a password (an account just to write)',
      site: support([required(field({ label: 'E-mail', type: 'email' })), required(field({ label: 'Choose a password', type: 'password' })), required(message())]),
      findings: [{ message: 'cannot be sent without a password, i.e. an account ("Choose a password")', flow: 'support', step: 0, facts: { account: true } }],
    },
    {
      name: 'dark (German): Seriennummer and Kaufdatum required, marked "Pflichtfeld"',
      site: support([
        required(field({ label: 'E-Mail', type: 'email' })),
        field({ label: 'Seriennummer (Pflichtfeld)' }),
        field({ label: 'Kaufdatum *' }),
        required(field({ label: 'Ihre Nachricht', tag: 'textarea' })),
      ]),
      findings: [{ message: '"Seriennummer (Pflichtfeld)" (something rarely at hand), "Kaufdatum" (something rarely at hand)', flow: 'support', step: 0, facts: { demands: 2 } }],
    },
    {
      name: 'dark: a cancellation form that refused to go on without the phone number its markup left optional',
      site: (() => {
        const phone = field({ label: 'Phone number', selector: '#phone' })
        const form = cancelForm([required(field({ label: 'E-mail', type: 'email' })), phone])
        const refused = cancelForm([required(field({ label: 'E-mail', type: 'email' })), { ...phone, invalid: true }])
        const confirm = form.elements.at(-1) as SnapshotElement
        return site([
          flow('cancel', [
            goto(account()),
            click(link({ text: 'Cancel subscription', href: url('/cancel') }), form),
            click(confirm, refused),
            fill(phone, refused),
            click(confirm, snapshot({ path: '/cancel/done', texts: [heading('Your subscription is cancelled')] })),
          ]),
        ])
      })(),
      findings: [{ message: 'asks for more than who the consumer is and which contract: "Phone number" (a phone number)', flow: 'cancel', step: 1 }],
    },
    {
      name: 'dark: the support flow opens a registration form before any way to write',
      site: site([
        flow('support', [
          goto(
            snapshot({
              path: '/support/register',
              elements: inForm('form#register', [
                required(field({ label: 'E-mail', type: 'email' })),
                required(field({ label: 'Create a password', type: 'password' })),
                required(field({ label: 'Repeat the password', type: 'password' })),
              ]),
              texts: [heading('Create an account to open a ticket')],
            }),
          ),
        ]),
      ]),
      findings: [{ message: 'The support flow asks to create an account on /support/register (support flow, step 0) before any form to write to support', flow: 'support', step: 0, facts: { account: true } }],
    },
    {
      name: 'dark: a password box on the cancellation form, though not marked required',
      site: cancelling([required(field({ label: 'E-mail', type: 'email' })), field({ label: 'Password', type: 'password' })]),
      findings: [{ message: 'which contract: "Password" (a password). Required in all: "E-mail".', flow: 'cancel', step: 1 }],
    },
    {
      name: 'dark: a cancellation form requiring reason, phone and date of birth',
      site: cancelling([
        required(field({ label: 'E-mail', type: 'email' })),
        required(field({ label: 'Why are you leaving?', tag: 'textarea' })),
        required(field({ label: 'Phone number', type: 'tel' })),
        required(field({ label: 'Date of birth', type: 'date' })),
      ]),
      findings: [
        {
          message:
            'The cancellation form on /cancel (cancel flow, step 1) asks for more than who the consumer is and which contract: "Phone number" (a phone number). Required in all: "E-mail", "Why are you leaving?", "Phone number", "Date of birth".',
          flow: 'cancel',
          step: 1,
          facts: { form: 'cancellation', beyondIdentification: 1 },
        },
      ],
    },
  ],
})
