import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/visual-interference.js'
import { element, flow, goto, look, site, snapshot, step, text } from '../helpers/build-trace.js'
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

// Buttons as the snapshot records a page's own styling: a solid fill, a grey tint, an outline.
const styled = (
  text: string,
  selector: string,
  box: { x: number; y: number; width: number; height: number },
  style: { fill?: string; fillContrast?: number; borderPx?: number; contrastRatio?: number; fontSizePx?: number },
  region?: string,
  tag: 'button' | 'div' = 'button',
): SnapshotElement =>
  element({
    tag,
    role: tag === 'button' ? 'button' : undefined,
    clickable: tag === 'div' ? 'pointer' : undefined,
    text,
    name: text,
    selector,
    region,
    box,
    look: look({ fontSizePx: style.fontSizePx ?? 18, contrastRatio: style.contrastRatio ?? 4.9, fill: style.fill, fillContrast: style.fillContrast, borderPx: style.borderPx }),
  })
const TEAL = { fill: 'rgb(3, 124, 143)', fillContrast: 4.9, borderPx: 1 }
const PALE_GREY = { fill: 'rgb(240, 241, 242)', fillContrast: 1.13, borderPx: 1, contrastRatio: 18.6 }
const OUTLINE = { borderPx: 1, contrastRatio: 7.4 }
const ROW = 600

// A dialog of the page: its text block (as the snapshot records overlays) and its controls.
const DIALOG = 'div#promo-dialog "Newsletter"'
const dialogBlock = (content: string) => text(content, { kind: 'dialog', tag: 'div', selector: '#promo-dialog', box: { x: 320, y: 240, width: 640, height: 320 } })
const withDialog = (path: string, elements: SnapshotElement[], content = 'Newsletter Get our best offers first, every week.') =>
  snapshot({ path, elements, texts: [dialogBlock(content)] })
const dialogSite = (flowName: string, path: string, elements: SnapshotElement[], content?: string) =>
  site([flow(flowName, [goto(withDialog(path, elements, content))])])
const SOLID = { fill: 'rgb(63, 81, 181)', fillContrast: 6.9, contrastRatio: 6.9, fontSizePx: 14 }
const BARE = { contrastRatio: 21, fontSizePx: 14 }

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
      name: 'fair: a filled "Continue" beside an outlined "No thanks" of the same size (an ordinary secondary button)',
      site: page('/extras', [styled('Continue', '#go', { x: 660, y: ROW, width: 150, height: 40 }, TEAL), styled('No thanks', '#no', { x: 480, y: ROW, width: 150, height: 40 }, OUTLINE)]),
    },
    {
      name: 'decoy: a small filled "Continue" beside a wide grey "Keep my plan as it is" does not outweigh it',
      site: page('/cancel/step-1', [
        styled('Continue', '#go', { x: 480, y: ROW, width: 110, height: 38 }, TEAL),
        styled('No, stay', '#stay', { x: 600, y: ROW, width: 250, height: 38 }, PALE_GREY),
      ]),
    },
    {
      name: 'decoy: a cart item\'s "Remove" link far from the solid checkout button is not a choice between them',
      site: page('/cart', [
        styled('Remove', '#remove-1', { x: 80, y: 300, width: 60, height: 20 }, { fontSizePx: 14 }),
        styled('Proceed to checkout', '#checkout', { x: 900, y: 640, width: 300, height: 48 }, TEAL),
      ]),
    },
    {
      name: 'decoy: a filled product card of several lines beside "No thanks" is something to read, not the other answer',
      site: page('/offers', [
        styled('Handmade ceramic planters that bring calm and colour to any windowsill or balcony', '#card', { x: 400, y: 500, width: 200, height: 200 }, TEAL, undefined, 'div'),
        styled('No thanks', '#no', { x: 400, y: 760, width: 110, height: 36 }, { fontSizePx: 16, contrastRatio: 3.9 }),
      ]),
    },
    {
      name: 'fair: a dialog the visitor opened ("Edit address") with a filled "Save" and a bare "Close"',
      site: site([
        flow('checkout', [
          goto(snapshot({ path: '/checkout', elements: [styled('Edit address', '#edit', { x: 40, y: 100, width: 120, height: 36 }, BARE)] })),
          step({
            kind: 'click',
            target: styled('Edit address', '#edit', { x: 40, y: 100, width: 120, height: 36 }, BARE),
            snapshot: withDialog('/checkout', [
              styled('Close', '#close', { x: 340, y: 500, width: 64, height: 36 }, BARE, DIALOG),
              styled('Save', '#save', { x: 876, y: 500, width: 64, height: 36 }, SOLID, DIALOG),
            ], 'Edit address Street, city and postcode'),
          }),
        ]),
      ]),
    },
    {
      name: 'fair: a cookie banner that opens by itself with "Accept all" and "Reject all" filled alike',
      site: dialogSite(
        'signup',
        '/',
        [
          styled('Reject all', '#reject', { x: 340, y: 500, width: 140, height: 36 }, SOLID, DIALOG),
          styled('Accept all', '#accept', { x: 800, y: 500, width: 140, height: 36 }, SOLID, DIALOG),
        ],
        'Cookies We use cookies to measure visits.',
      ),
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
      name: 'dark: a solid "Continue" beside a pale grey "No Thanks" of the same size, whatever "Continue" costs',
      site: page('/extras', [
        styled('No Thanks', '#no', { x: 907, y: ROW, width: 113, height: 48 }, PALE_GREY),
        styled('Continue', '#go', { x: 1040, y: ROW, width: 100, height: 48 }, TEAL),
      ]),
      findings: [
        {
          message: '"Continue" is a 18px filled button, 100×48 px, contrast 4.9:1; "No Thanks" beside it is a 18px grey button, 113×48 px, contrast 18.6:1: a filled button over a grey or unfilled one.',
          selector: '#no',
          facts: { costlyOption: 'Continue', costlyStyle: 'solid', savingStyle: 'tinted', areaRatio: 0.88 },
        },
      ],
    },
    {
      name: 'dark: a full-width filled offer over a bare "Non merci" on a French page that declares lang="en"',
      site: site([
        flow('cancel', [
          goto(
            snapshot({
              path: '/desabonnement',
              lang: 'en',
              texts: [
                text('Avant de partir, profitez de nos nouvelles offres : trois mois à moitié prix sur tous les articles de la boutique et la livraison offerte.'),
                text('Nous avons sélectionné pour vous les produits les plus appréciés par nos abonnés, avec une remise réservée aux membres.'),
              ],
              elements: [
                styled("J'en profite", '#offer', { x: 414, y: 773, width: 452, height: 38 }, { fill: 'rgb(34, 197, 94)', fillContrast: 2.28, borderPx: 1, contrastRatio: 2.28, fontSizePx: 16 }),
                styled('Non merci', '#no', { x: 585, y: 822, width: 110, height: 36 }, { fontSizePx: 16, contrastRatio: 3.98 }),
              ],
            }),
          ),
        ]),
      ]),
      findings: [{ message: '"Non merci" beside it is a 16px button, 110×36 px', selector: '#no', facts: { costlyOption: "J'en profite" } }],
    },
    {
      name: 'dark: a newsletter dialog that opens by itself, a filled "Ok" beside a bare "Close"',
      site: dialogSite('support', '/home', [
        styled('Close', '#close', { x: 340, y: 500, width: 64, height: 36 }, BARE, DIALOG),
        styled('Ok', '#ok', { x: 876, y: 500, width: 64, height: 36 }, SOLID, DIALOG),
        // The page behind the modal: inside the dialog's box on screen, but not one of its controls.
        styled('Sign in', '#sign-in', { x: 600, y: 400, width: 200, height: 44 }, { ...SOLID, borderPx: 1 }),
      ]),
      findings: [
        {
          message:
            'On /home (support flow, step 0), a dialog opened by itself ("Newsletter Get our best offers first, every week."): "Ok" is a 14px filled button, 64×36 px, contrast 6.9:1; its most visible way out, "Close", is a 14px button, 64×36 px, contrast 21:1: a filled button over a grey or unfilled one.',
          selector: '#close',
          facts: { costlyOption: 'Ok', dialog: '#promo-dialog' },
        },
      ],
    },
    {
      name: 'dark: a cookie wall whose only refusal is a 12px link under a filled paid option and an outlined "Accept"',
      site: dialogSite(
        'signup',
        '/login',
        [
          styled('Accept and continue', '#accept', { x: 340, y: 440, width: 300, height: 36 }, { borderPx: 1, contrastRatio: 6.9, fontSizePx: 14 }, DIALOG),
          styled('Go ad-free with Plus', '#plus', { x: 660, y: 440, width: 300, height: 36 }, SOLID, DIALOG),
          { ...styled('privacy centre', '#privacy', { x: 400, y: 520, width: 90, height: 14 }, { contrastRatio: 5.7, fontSizePx: 12 }, DIALOG), tag: 'a', role: undefined, clickable: 'pointer' as const },
        ],
        'Cookies We and our partners process your data for advertising. Settings in our privacy centre.',
      ),
      findings: [{ message: '"Go ad-free with Plus" is a 14px filled button, 300×36 px, contrast 6.9:1; its most visible way out, "privacy centre", is a 12px text link', selector: '#privacy' }],
    },
    {
      name: 'a page two flows walk is judged in each of them',
      site: site([
        flow('checkout', [goto(snapshot({ path: '/club', elements: [bigButton('Yes, add the club'), greyLink('No thanks')] }))]),
        flow('subscribe', [goto(snapshot({ path: '/club', elements: [bigButton('Yes, add the club'), greyLink('No thanks')] }))]),
      ]),
      findings: [{ flow: 'checkout', message: '"No thanks"' }, { flow: 'subscribe', message: '"No thanks"' }],
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
