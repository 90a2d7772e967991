import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/visual-interference.js'
import { element, flow, goto, look, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const OFFER = 'main > section.panel.offer-card "Stay for half price"'

const control = (
  tag: 'a' | 'button',
  text: string,
  selector: string,
  size: { width: number; height: number; fontSizePx: number; fontWeight?: number; contrastRatio?: number },
  region = OFFER,
): SnapshotElement =>
  element({
    tag,
    role: tag === 'a' ? 'link' : 'button',
    text,
    name: text,
    selector,
    region,
    href: tag === 'a' ? 'https://shop.example/next' : undefined,
    box: { x: 40, y: 300, width: size.width, height: size.height },
    look: look({ fontSizePx: size.fontSizePx, fontWeight: size.fontWeight ?? 400, contrastRatio: size.contrastRatio ?? 15.9 }),
  })

// As measured on the demo's offer page: a full-width 17px bold button and a 13px grey link.
const bigButton = (text: string, selector = '#accept-offer', region = OFFER) =>
  control('button', text, selector, { width: 440, height: 58, fontSizePx: 17, fontWeight: 600, contrastRatio: 7.1 }, region)
const greyLink = (text: string, selector = '#decline', region = OFFER) =>
  control('a', text, selector, { width: 130, height: 18, fontSizePx: 13, contrastRatio: 2.54 }, region)
const outlineButton = (text: string, selector = '#decline', region = OFFER) =>
  control('a', text, selector, { width: 420, height: 58, fontSizePx: 17, fontWeight: 600 }, region)

const page = (path: string, elements: SnapshotElement[], lang = 'en') => site([flow('cancel', [goto(snapshot({ path, elements, lang }))])])

testRule(rule, {
  valid: [
    {
      name: 'fair: "Keep my plan" and "Continue to cancel" as buttons of one size',
      site: page('/cancel/offer', [bigButton('Keep my plan'), outlineButton('Continue to cancel')]),
    },
    {
      name: 'decoy: a primary "Save changes" button beside a plain "Cancel" link that closes an edit form',
      site: page('/account', [bigButton('Save changes', '#save', 'form#profile-form'), greyLink('Cancel', '#profile-cancel', 'form#profile-form')]),
    },
    {
      name: 'decoy: "Reject all" and "Accept all" as equal buttons',
      site: page('/', [
        control('button', 'Reject all', '#reject', { width: 112, height: 36, fontSizePx: 14 }, 'div.cookie-banner "Cookie consent"'),
        control('button', 'Accept all', '#accept', { width: 112, height: 36, fontSizePx: 14 }, 'div.cookie-banner "Cookie consent"'),
      ]),
    },
    {
      name: 'an upgrade button and a small cancel link in different parts of the page are not one choice',
      site: page('/account/membership', [bigButton('Upgrade to Premium', '#upgrade', 'section.card "Your plan"'), greyLink('Cancel membership', '#cancel', 'nav "More options"')]),
    },
    {
      name: 'the option that saves is the prominent one',
      site: page('/cancel/confirm', [bigButton('Cancel subscription', '#cancel'), greyLink('Keep my subscription', '#keep')]),
    },
  ],
  invalid: [
    {
      name: 'dark: "Keep my plan at 50% off" as a large button, "Continue to cancel" as a small grey link',
      site: page('/cancel/offer', [bigButton('Keep my plan at 50% off'), greyLink('Continue to cancel')]),
      findings: [
        {
          message:
            'On /cancel/offer (cancel flow, step 0), "Keep my plan at 50% off" is a 17px bold button, 440×58 px, contrast 7.1:1; "Continue to cancel" beside it is a 13px text link, 130×18 px, contrast 2.54:1: 10.91× the area, a button over a smaller text link, a contrast of 2.54:1 (below 3:1) against 7.1:1.',
          selector: '#decline',
          facts: { costlyOption: 'Keep my plan at 50% off', savingOption: 'Continue to cancel', areaRatio: 10.91, fontRatio: 0.76, costlyShape: 'button', savingShape: 'text' },
        },
      ],
    },
    {
      name: 'a faint decline link of the same size: contrast alone',
      site: page('/checkout', [
        control('a', 'Add protection', '#add', { width: 140, height: 20, fontSizePx: 15, contrastRatio: 5.2 }, 'form#checkout'),
        control('a', 'No thanks', '#no', { width: 100, height: 20, fontSizePx: 15, contrastRatio: 1.9 }, 'form#checkout'),
      ]),
      findings: [{ message: 'a contrast of 1.9:1 (below 3:1) against 5.2:1', selector: '#no' }],
    },
    {
      name: 'cookie banner: "Reject all" in 11px beside a 16px "Accept all"',
      site: page('/', [
        control('button', 'Accept all', '#accept', { width: 120, height: 40, fontSizePx: 16 }, 'div.cookie-banner'),
        control('button', 'Reject all', '#reject', { width: 90, height: 30, fontSizePx: 11 }, 'div.cookie-banner'),
      ]),
      findings: [{ message: "text 69% of the costly option's size", selector: '#reject' }],
    },
    {
      name: 'German: "Abo behalten" as a large button, "Trotzdem kündigen" as a small link',
      site: page('/kuendigen', [bigButton('Abo behalten'), greyLink('Trotzdem kündigen')], 'de'),
      findings: [{ message: '"Abo behalten" is a 17px bold button', facts: { savingOption: 'Trotzdem kündigen' } }],
    },
    {
      name: 'the same page seen at two steps is judged once',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/cancel/offer', elements: [bigButton('Keep my plan'), greyLink('No, continue')] })),
          goto(snapshot({ path: '/cancel/offer', elements: [bigButton('Keep my plan'), greyLink('No, continue')] })),
        ]),
      ]),
      findings: [{ message: '"No, continue"', step: 0 }],
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
      name: 'error when a flow stopped early',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/account' })),
          step({ kind: 'click', action: 'click: Cancel membership', status: 'failed', error: 'Timeout' }),
        ]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})
