import type { StepRecord, TimerProbe, UrgencyProbe } from '../../src/artifacts/site-trace.js'
import rule from '../../src/rules/fake-urgency.js'
import { flow, goto, site, snapshot, text } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const T0 = Date.parse('2026-05-01T10:00:00.000Z')
const at = (ms: number): string => new Date(T0 + ms).toISOString()

/** A timer read when the step's page was captured, then on a fresh page 2.6 s later and again
 * 1.2 s after that. */
function timer(selector: string, first: string, fresh: string | undefined, freshAgain: string | undefined): TimerProbe {
  return {
    selector,
    first: { text: first, capturedAt: at(0) },
    fresh: fresh === undefined ? undefined : { text: fresh, capturedAt: at(2_600) },
    freshAgain: freshAgain === undefined ? undefined : { text: freshAgain, capturedAt: at(3_800) },
  }
}

function probedPage(texts: { selector: string; text: string }[], probe: Omit<UrgencyProbe, 'freshUrl'>, path = '/', lang = 'en'): StepRecord {
  const page = snapshot({ path, lang, texts: texts.map((t) => text(t.text, { selector: t.selector })) })
  return { ...goto(page), urgencyProbe: { freshUrl: page.url, freshLandedUrl: page.url, ...probe } }
}

const restarting = probedPage([{ selector: '#deal', text: 'Deal ends in 09:59 — 3 extra months free' }], {
  timers: [timer('#deal', 'Deal ends in 09:59 — 3 extra months free', 'Deal ends in 10:00 — 3 extra months free', 'Deal ends in 09:59 — 3 extra months free')],
})

testRule(rule, {
  valid: [
    {
      // Decoy: a countdown to a fixed date shows the same deadline to the fresh visitor.
      name: 'a sale countdown to a fixed date that survives a fresh visit',
      site: site([
        flow('signup', [
          probedPage([{ selector: '#sale', text: 'Spring sale ends 31 March 2027: 128d 09:41:20 to go' }], {
            timers: [timer('#sale', 'Spring sale ends 31 March 2027: 128d 09:41:20 to go', 'Spring sale ends 31 March 2027: 128d 09:41:17 to go', 'Spring sale ends 31 March 2027: 128d 09:41:16 to go')],
          }),
        ]),
      ]),
    },
    {
      name: 'a real ten-minute offer that a fresh visitor sees as far along',
      site: site([
        flow('checkout', [
          probedPage([{ selector: '#deal', text: 'Offer ends in 09:59' }], {
            timers: [timer('#deal', 'Offer ends in 09:59', 'Offer ends in 09:56', 'Offer ends in 09:55')],
          }),
        ]),
      ]),
    },
    {
      // A fresh reading a second off, within what whole seconds can blur.
      name: 'an hour-long flash sale whose fresh reading is a second off',
      site: site([
        flow('signup', [
          probedPage([{ selector: '#deal', text: 'Flash sale ends in 01:00:00 hours' }], {
            timers: [timer('#deal', 'Flash sale ends in 01:00:00 hours', 'Flash sale ends in 00:59:58 hours', 'Flash sale ends in 00:59:57 hours')],
          }),
        ]),
      ]),
    },
    {
      // Decoy: digits that stand still are a time of day, whatever the words around them say.
      name: 'a deal deadline written as a clock that does not tick',
      site: site([
        flow('signup', [
          probedPage([{ selector: '#deal', text: 'Deal price ends in 23:59 tonight' }], {
            timers: [timer('#deal', 'Deal price ends in 23:59 tonight', 'Deal price ends in 23:59 tonight', 'Deal price ends in 23:59 tonight')],
          }),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a deal countdown that starts again at 10:00 in a fresh context',
      site: site([flow('signup', [restarting])]),
      findings: [
        {
          message: /The countdown "Deal ends in 09:59 — 3 extra months free" on \/ \(signup flow, step 0\) starts again for a new visitor: read at 10:00:00 UTC it ends at 10:09:59 UTC; the same page opened in a fresh browser context at 10:00:02 UTC showed "Deal ends in 10:00 — 3 extra months free", ending at 10:10:02 UTC, 3\.6 s later/,
          flow: 'signup',
          step: 0,
          selector: '#deal',
          facts: { walkedRemainingSeconds: 599, freshRemainingSeconds: 600, deadlineShiftSeconds: 3.6, toleranceSeconds: 2, offerWords: 'Deal, months free' },
        },
      ],
    },
    {
      name: 'a German offer countdown in days, hours, minutes and seconds',
      site: site([
        flow('checkout', [
          probedPage([{ selector: '#angebot', text: 'Angebot endet in 0 Tage 00:14:57' }], {
            timers: [timer('#angebot', 'Angebot endet in 0 Tage 00:14:59', 'Angebot endet in 0 Tage 00:15:00', 'Angebot endet in 0 Tage 00:14:59')],
          }, '/kasse', 'de'),
        ]),
      ]),
      findings: [{ message: 'starts again for a new visitor', facts: { deadlineShiftSeconds: 3.6 } }],
    },
  ],
  outcomes: [
    {
      // Decoy: a session timer restarts with every session by design and offers nothing.
      name: 'a checkout session timer that restarts per visit',
      site: site([
        flow('checkout', [
          probedPage([{ selector: '#session', text: 'For your security, this checkout session expires in 15:00.' }], {
            timers: [timer('#session', 'For your security, this checkout session expires in 15:00.', 'For your security, this checkout session expires in 14:57.', 'For your security, this checkout session expires in 15:00.')],
          }),
        ]),
      ]),
      outcome: 'not-applicable',
      reason: 'put no deadline on an offer',
    },
    {
      // Decoy: a delivery cut-off is a real deadline for the order, not a price.
      name: 'a delivery cut-off',
      site: site([
        flow('checkout', [
          probedPage([{ selector: '#eta', text: 'Order within 2h 15m for delivery tomorrow' }], {
            timers: [timer('#eta', 'Order within 2h 15m for delivery tomorrow', 'Order within 2h 15m for delivery tomorrow', 'Order within 2h 15m for delivery tomorrow')],
          }),
        ]),
      ]),
      outcome: 'not-applicable',
    },
    {
      name: 'no page showed a countdown',
      site: site([flow('signup', [goto(snapshot({ texts: [text('Spring sale ends 31 March 2027')] }))])]),
      outcome: 'not-applicable',
      reason: 'no page showed a countdown',
    },
    {
      name: 'the fresh visit landed elsewhere and showed no countdown',
      site: site([
        flow('checkout', [
          {
            ...probedPage([{ selector: '#deal', text: 'Deal ends in 09:59' }], { timers: [timer('#deal', 'Deal ends in 09:59', undefined, undefined)] }, '/checkout'),
            urgencyProbe: { freshUrl: 'https://shop.example/checkout', freshLandedUrl: 'https://shop.example/login', timers: [timer('#deal', 'Deal ends in 09:59', undefined, undefined)] },
          },
        ]),
      ]),
      outcome: 'needs-review',
      reason: 'could not be read again',
      findings: [{ message: 'a fresh visit landed on /login, which shows no countdown' }],
    },
  ],
})
