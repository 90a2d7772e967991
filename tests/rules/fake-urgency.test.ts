import type { StepRecord, TimerProbe, UrgencyProbe } from '../../src/artifacts/site-trace.js'
import rule from '../../src/rules/fake-urgency.js'
import type { TextBlock } from '../../src/capture/page-snapshot.js'
import { flow, goto, heading, site, snapshot, text } from '../helpers/build-trace.js'
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

/** A page the walk itself read at `ms`, with no second reading in a fresh context. */
const walkedAt = (ms: number, texts: TextBlock[], path = '/', lang = 'en'): StepRecord => ({
  ...goto(snapshot({ path, lang, texts })),
  startedAt: at(ms),
  durationMs: 0,
})
const piece = (content: string, x: number, y: number, selector: string): TextBlock =>
  text(content, { tag: 'div', kind: 'other', selector, box: { x, y, width: 40, height: content.length > 2 ? 16 : 36 } })
/** A timer drawn as one block per unit: digits in a row, each with its unit under it. */
const unitBlocks = (h: string, m: string, s: string): TextBlock[] => [
  heading('Summer sale ends soon!', { tag: 'h2', box: { x: 80, y: 950, width: 300, height: 32 } }),
  piece(h, 860, 950, '#h'),
  piece('Hours', 860, 990, '#hl'),
  piece(':', 920, 955, '#c1'),
  piece(m, 960, 950, '#m'),
  piece('Minutes', 960, 990, '#ml'),
  piece(':', 1020, 955, '#c2'),
  piece(s, 1060, 950, '#s'),
  piece('Seconds', 1060, 990, '#sl'),
]
const banner = (remaining: string): TextBlock[] => [
  heading('Exklusiver Gutschein!', { tag: 'h2', box: { x: 30, y: 670, width: 1200, height: 36 } }),
  text('SOMMER15', { tag: 'span', kind: 'other', box: { x: 550, y: 720, width: 170, height: 36 } }),
  text(`Nur noch für ${remaining} gültig`, { selector: '#promo-timer', box: { x: 30, y: 780, width: 1200, height: 32 } }),
]

testRule(rule, {
  valid: [
    {
      name: 'a timer drawn one block per unit that ticks with the clock between two pages',
      site: site([flow('checkout', [walkedAt(0, unitBlocks('12', '34', '56')), walkedAt(6_000, unitBlocks('12', '34', '50'))])]),
    },
    {
      name: 'decoy: a deadline written as a time of day stands still by right',
      site: site([flow('checkout', [walkedAt(0, [text('Flash sale ends in 23:59 tonight', { selector: '#t' })]), walkedAt(20_000, [text('Flash sale ends in 23:59 tonight', { selector: '#t' })])])]),
    },
    {
      name: 'two views of a hash-routed app show their own deal timers in the same place',
      site: site([flow('checkout', [walkedAt(0, banner('04:46'), '/#/deals/1', 'de'), walkedAt(10_000, banner('05:00'), '/#/deals/2', 'de')])]),
    },
    {
      name: 'a promo timer that keeps its deadline when the page is opened again',
      site: site([flow('checkout', [walkedAt(0, banner('04:46'), '/', 'de')]), flow('support', [walkedAt(22_000, banner('04:24'), '/', 'de')])]),
    },
  ],
  invalid: [
    {
      name: 'a deal timer shown to the second that stands still in the fresh context',
      site: site([
        flow('checkout', [
          probedPage([{ selector: '#deal', text: 'Deal ends in 01:59:59' }], { timers: [timer('#deal', 'Deal ends in 01:59:59', 'Deal ends in 01:59:59', 'Deal ends in 01:59:59')] }),
        ]),
      ]),
      findings: [{ message: 'starts again for a new visitor', facts: { deadlineShiftSeconds: 2.6 } }],
    },
    {
      name: 'a timer drawn one block per unit that shows 12:34:56 every time the page is looked at',
      site: site([flow('checkout', [walkedAt(0, unitBlocks('12', '34', '56'))]), flow('subscribe', [walkedAt(20_000, unitBlocks('12', '34', '56'))])]),
      findings: [
        {
          flow: 'checkout',
          message: 'The countdown "12 Hours 34 Minutes 56 Seconds" on / (checkout flow, step 0) puts a deadline on an offer (sale), but it showed the same "12 Hours 34 Minutes 56 Seconds" 20 s later at / (subscribe flow, step 0): it does not count down',
          facts: { frozen: true, deadlineShiftSeconds: 20 },
        },
        { flow: 'subscribe', message: 'it does not count down', facts: { frozen: true } },
      ],
    },
    {
      name: 'a frozen timer that one flow reads twice is reported in the other flow that showed it too',
      site: site([
        flow('checkout', [walkedAt(0, unitBlocks('12', '34', '56')), walkedAt(30_000, unitBlocks('12', '34', '56'))]),
        flow('subscribe', [walkedAt(40_000, unitBlocks('12', '34', '56'))]),
      ]),
      findings: [
        { flow: 'checkout', message: '30 s later at / (checkout flow, step 1): it does not count down' },
        { flow: 'subscribe', message: 'it does not count down', step: 0 },
      ],
    },
    {
      name: 'a coupon timer under its heading starts again at 05:00 when the page is opened again (page declared English)',
      site: site([flow('checkout', [walkedAt(0, banner('04:46'))]), flow('support', [walkedAt(22_000, banner('05:00'))])]),
      findings: [
        { flow: 'checkout', message: 'it showed "Nur noch für 05:00 gültig": its deadline moved 36 s later', facts: { frozen: false, deadlineShiftSeconds: 36 } },
        { flow: 'support', message: 'starts again when the page is opened again' },
      ],
    },
  ],
  outcomes: [
    {
      name: 'decoy: page numbers in a row are no timer',
      site: site([flow('checkout', [walkedAt(0, [heading('Deals'), piece('10', 100, 900, '#p1'), piece('11', 150, 900, '#p2'), piece('12', 200, 900, '#p3')])])]),
      outcome: 'not-applicable',
      reason: 'no page showed a countdown',
    },
    {
      name: 'a session timer that starts again per visit puts no deadline on an offer',
      site: site([flow('checkout', [walkedAt(0, [text('Your session expires in 09:58', { selector: '#s' })])]), flow('support', [walkedAt(30_000, [text('Your session expires in 09:59', { selector: '#s' })])])]),
      outcome: 'not-applicable',
      reason: 'no deadline on an offer',
    },
  ],
})
