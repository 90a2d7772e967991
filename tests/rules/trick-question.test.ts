import rule from '../../src/rules/trick-question.js'
import { button, checkbox, flow, goto, radio, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const signup = (...elements: Parameters<typeof snapshot>[0]['elements'] & object) =>
  site([flow('signup', [goto(snapshot({ path: '/signup', elements: [...elements, button({ text: 'Create account' })] }))])])

testRule(rule, {
  valid: [
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
