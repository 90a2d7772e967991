import rule from '../../src/rules/trick-question.js'
import { button, checkbox, flow, goto, radio, site, snapshot, step, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const signup = (...elements: Parameters<typeof snapshot>[0]['elements'] & object) =>
  site([flow('signup', [goto(snapshot({ path: '/signup', elements: [...elements, button({ text: 'Create account' })] }))])])

/** A page whose template says lang="en" over text in another language. */
const page = (path: string, ...content: (ReturnType<typeof checkbox> | ReturnType<typeof text>)[]) =>
  site([
    flow('signup', [
      goto(
        snapshot({
          path,
          lang: 'en',
          elements: content.filter((c): c is ReturnType<typeof checkbox> => !('kind' in c)),
          texts: content.filter((c): c is ReturnType<typeof text> => 'kind' in c),
        }),
      ),
    ]),
  ])

/** Paid extras under a caption right above them, in one region; the caption is made first so that
 * it sits above the switches. */
const extrasUnder = (caption: string) => {
  const region = 'form#extras'
  const head = text(caption, { region })
  const wrap = checkbox({ label: 'Geschenkverpackung (3,50 €)', role: 'switch', region, selector: '#wrap' })
  const express = checkbox({ label: 'Expressversand (7,90 €)', role: 'switch', region, selector: '#express' })
  return page('/warenkorb', head, wrap, express)
}

testRule(rule, {
  valid: [
    {
      name: 'a caption that just names the extras',
      site: extrasUnder('Wählen Sie Ihre Extras'),
    },
    {
      name: 'decoy: a lone refusal opening with "No thanks"',
      site: signup(checkbox({ label: "No thanks, I don't want the newsletter" })),
    },
    {
      name: 'decoy: two refusals side by side in one German sentence is one negation',
      site: page('/registrieren', checkbox({ label: 'Ich möchte keine Werbung und keine Newsletter erhalten' })),
    },
    {
      name: 'decoy: an opt-in that mentions how to unsubscribe, beside another opt-in',
      site: signup(
        checkbox({ label: 'Send me news and offers (you can unsubscribe at any time)', region: 'form#start' }),
        checkbox({ label: 'Share my details with partners for offers', region: 'form#start' }),
      ),
    },
    {
      name: 'a plain opt-in: "Tick to receive offers"',
      site: signup(checkbox({ label: 'Tick to receive offers by e-mail' })),
    },
    {
      name: 'decoy: "Don\'t show this again" on a dismissible tip',
      site: signup(checkbox({ label: "Don't show this again", selector: '#tip-dismiss' })),
    },
    {
      name: 'decoy: a plain refusal box stays a plain refusal',
      site: signup(checkbox({ label: "I don't want to receive offers by e-mail" })),
    },
    {
      name: 'two opt-in boxes side by side',
      site: signup(
        checkbox({ label: 'Send me The Morning Brief newsletter', region: 'form#start' }),
        checkbox({ label: 'Send me offers from selected partners', region: 'form#start' }),
      ),
    },
    {
      name: 'an opt-in and an opt-out box in different parts of the page',
      site: signup(
        checkbox({ label: 'Tick to receive offers by e-mail', region: 'form#start' }),
        checkbox({ label: 'Tick this box if you do not want offers by post', region: 'aside#preferences' }),
      ),
    },
    {
      name: 'radio buttons are answers, not consent boxes',
      site: signup(radio({ label: 'Uncheck if you do not want to not receive offers' })),
    },
    {
      name: 'a double negative in a box that is not shown',
      site: signup(checkbox({ label: 'Uncheck this box if you do not want to not receive our newsletter', visible: false })),
    },
  ],
  invalid: [
    {
      name: 'dark signup: "Untick if you would prefer not to not receive…"',
      site: signup(checkbox({ label: 'Untick this box if you would prefer not to not receive The Morning Brief newsletter', selector: '#reader-brief', checked: true })),
      findings: [
        {
          message: /"Untick this box if you would prefer not to not receive The Morning Brief newsletter" on \/signup \(signup flow, step 0\) stacks negations \("Untick", "not" ×2\).*it was ticked\./,
          flow: 'signup',
          step: 0,
          selector: '#reader-brief',
          facts: { negations: 'Untick | not ×2', score: 1, checked: true },
        },
      ],
    },
    {
      name: '"Uncheck this box if you do not want to not…", not ticked',
      site: signup(checkbox({ label: 'Uncheck this box if you do not want to not receive our newsletter' })),
      findings: [{ message: /stacks negations \("Uncheck", "do not", "not"\).*it was not ticked\./, facts: { checked: false } }],
    },
    {
      name: 'in German: "Kreuzen Sie nicht an, wenn Sie keine Angebote nicht erhalten möchten"',
      site: site([
        flow('registrierung', [
          goto(snapshot({ path: '/registrieren', lang: 'de', elements: [checkbox({ label: 'Kreuzen Sie dieses Feld nicht an, wenn Sie keine Angebote nicht erhalten möchten' })] })),
        ]),
      ]),
      findings: [{ message: 'stacks negations' }],
    },
    {
      name: 'a tick means yes in one box and no in the next',
      site: signup(
        checkbox({ label: 'Tick to receive offers by e-mail', selector: '#offers-email', region: 'form#start' }),
        checkbox({ label: 'Tick this box if you do not want to receive offers by post', selector: '#offers-post', region: 'form#start' }),
      ),
      findings: [
        {
          message: /"Tick this box if you do not want to receive offers by post" .* is ticked to refuse, while the box right before it, "Tick to receive offers by e-mail", is ticked to agree/,
          selector: '#offers-post',
          facts: { polarity: 'refuse', neighbourSelector: '#offers-email', neighbourChecked: false, checked: false },
        },
      ],
    },
    {
      name: 'the same box seen at two steps is one finding',
      site: site([
        flow('signup', [
          goto(snapshot({ path: '/signup', elements: [checkbox({ label: 'Uncheck this box if you do not want to not receive our newsletter', selector: '#n' })] })),
          goto(snapshot({ path: '/signup', elements: [checkbox({ label: 'Uncheck this box if you do not want to not receive our newsletter', selector: '#n' })] })),
        ]),
      ]),
      findings: [{ message: 'stacks negations', step: 0 }],
    },
    {
      name: 'a negated opt-out in French between opt-in boxes, under a template’s lang="en"',
      site: page(
        '/inscription',
        checkbox({ label: "J'accepte les conditions générales", selector: '#terms' }),
        checkbox({ label: 'Je ne veux pas recevoir nos bons plans par e-mail', selector: '#no-deals' }),
        checkbox({ label: 'J’accepte que mes données soient partagées avec nos partenaires', selector: '#share', checked: true }),
      ),
      findings: [{ message: /is ticked to agree, while the box right before it, "Je ne veux pas recevoir nos bons plans par e-mail", is ticked to refuse/, selector: '#share', facts: { polarity: 'agree' } }],
    },
    {
      name: 'an account page whose boxes carry a title before their sentence',
      site: page(
        '/compte',
        checkbox({ label: '', contextText: 'Lettre d’information Je ne souhaite pas recevoir nos nouveautés.', selector: '#letter', checked: true }),
        checkbox({ label: '', contextText: 'Mon profil J’accepte de partager mes données pour personnaliser le site.', selector: '#profile', checked: true }),
      ),
      findings: [{ message: 'is ticked to agree, while the box right before it', selector: '#profile' }],
    },
    {
      name: 'a box that negates unsubscribing',
      site: signup(checkbox({ label: 'I no longer wish to unsubscribe from the weekly digest', selector: '#stay' })),
      findings: [{ message: /negates a refusal \("no", "unsubscribe"\)/, selector: '#stay', facts: { checked: false } }],
    },
    {
      name: 'switches under a double-negative caption',
      site: extrasUnder('Ich will keine Zusatzleistungen nicht dazubuchen'),
      findings: [
        {
          message: /The caption "Ich will keine Zusatzleistungen nicht dazubuchen" over 2 boxes .* stacks negations \("keine", "nicht"\)/,
          facts: { negations: 'keine | nicht', boxes: 2 },
        },
      ],
    },
  ],
  outcomes: [
    {
      name: 'a lone box ticked to refuse needs review',
      site: signup(checkbox({ label: 'Tick this box if you do not want to receive offers', selector: '#opt-out' })),
      outcome: 'needs-review',
      reason: 'ticked to refuse',
      findings: [{ message: '"Tick this box if you do not want to receive offers" on /signup (signup flow, step 0) is ticked to refuse', selector: '#opt-out' }],
    },
    {
      name: 'not applicable when no page was read',
      site: site([flow('signup', [], { status: 'skipped' })]),
      outcome: 'not-applicable',
      reason: 'no page',
    },
    {
      name: 'error when the signup flow failed before any page',
      site: site([flow('signup', [step({ kind: 'goto', action: 'goto: /signup', status: 'failed', error: 'HTTP 500' })])]),
      outcome: 'error',
      reason: 'the signup flow failed at step 0',
    },
  ],
})
