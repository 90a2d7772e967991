import rule from '../../src/rules/nagging.js'
import type { SnapshotElement, TextBlock } from '../../src/capture/page-snapshot.js'
import { click, element, flow, goto, heading, link, site, snapshot, step, text, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const DIALOG_BOX = { x: 300, y: 200, width: 680, height: 260 }
const OFFER = 'Subscribe to the print edition? Add the Sunday paper to your doorstep for $4.00 more a month. Add the Sunday paper Not now'

const control = (name: string, selector: string, inDialog = true): SnapshotElement =>
  element({ tag: 'button', type: 'button', role: 'button', name, text: name, selector, box: inDialog ? { x: 700, y: 400, width: 100, height: 40 } : { x: 40, y: 900, width: 100, height: 40 } })

const notNow = () => control('Not now', '#print-offer-dismiss')
const dialog = (content = OFFER): TextBlock =>
  text(content, { tag: 'dialog', kind: 'dialog', fixed: true, selector: '#print-offer', box: DIALOG_BOX })

/** A page, with the print offer open on it or not. */
const page = (path: string, withOffer: boolean, extra: { texts?: TextBlock[]; elements?: SnapshotElement[] } = {}) =>
  snapshot({
    path,
    texts: [heading(`Page ${path}`), ...(withOffer ? [dialog()] : []), ...(extra.texts ?? [])],
    elements: [link({ text: 'About us', href: url('/about'), selector: '#about' }), ...(withOffer ? [notNow()] : []), ...(extra.elements ?? [])],
  })

const aboutLink = () => link({ text: 'About us', href: url('/about'), selector: '#about' })

const cookieBanner = (): TextBlock[] => [
  text('We use cookies to keep you logged in and to count readers.', { fixed: true, region: 'section "Cookie settings"', selector: '#cookie-text' }),
]
const rejectAll = () => element({ tag: 'button', type: 'button', role: 'button', name: 'Reject all', text: 'Reject all', selector: '#reject', region: 'section "Cookie settings"' })

type Dialog = { type: string; message: string; response: 'accept' | 'dismiss' }
const STAY = 'Are you sure? You will lose all your benefits and your watch history.'
/** A click on "Cancel membership" that made the page show browser dialogs. */
const withDialogs = (path: string, dialogs: Dialog[]) => ({
  ...click(element({ tag: 'button', role: 'button', name: 'Cancel membership', text: 'Cancel membership', selector: '#cancel' }), page(path, false)),
  dialogs,
})

// A game's bonus overlay drawn with plain divs (no dialog role), closed by a cross.
const cross = () => element({ tag: 'button', type: 'button', name: '×', text: '×', selector: '#bonus-close' })
const shopLink = () => link({ text: 'Shop', href: url('/shop'), selector: '#shop' })
const homeLink = () => link({ text: 'Home', href: url('/play'), selector: '#home' })
const playPage = (withBonus: boolean) =>
  snapshot({
    path: '/play',
    texts: [heading('Dungeon run'), ...(withBonus ? [heading('Daily reward'), text('Spin the wheel for 20 free gems')] : [])],
    elements: [shopLink(), ...(withBonus ? [cross()] : [])],
  })
const shopPage = () => snapshot({ path: '/shop', texts: [heading('Gem shop')], elements: [homeLink()] })

// A cancellation in one single-page app: a discount declined on step 1 and offered on later steps.
const stepButton = (name: string, selector: string) => element({ tag: 'button', type: 'button', role: 'button', name, text: name, selector })
const leaveStep = (title: string, buttons: SnapshotElement[]) => snapshot({ path: '/leave', texts: [heading(title)], elements: buttons })
const discount = (label = 'Get 40% off') => stepButton(label, `#discount-${label.length}`)
const declineDiscount = () => stepButton('No thanks', '#no-thanks')
const nextButton = () => stepButton('Next', '#next')
function leaveFlow(offerAgain: boolean) {
  const offer = leaveStep('A gift before you go', [discount(), declineDiscount()])
  const reasons = leaveStep('Why are you leaving?', [...(offerAgain ? [discount('Get 40% off | $6 $10')] : []), nextButton()])
  const last = leaveStep('Last step', [...(offerAgain ? [discount('Get 40% off | $6 $10')] : []), stepButton('Confirm cancellation', '#confirm')])
  return flow('cancel', [goto(offer), click(declineDiscount(), reasons), click(nextButton(), last)])
}

testRule(rule, {
  valid: [
    {
      name: 'decoy: an overlay without a dialog role that stays closed',
      site: site([flow('play', [goto(playPage(true)), click(cross(), playPage(false)), click(shopLink(), shopPage()), click(homeLink(), playPage(false))])]),
    },
    {
      name: 'a declined discount that is not offered again',
      site: site([leaveFlow(false)]),
    },
    {
      name: 'decoy: a cookie banner’s "Accept all" elsewhere on the page is not the offer a "Not now" declined',
      site: site([
        flow('read', [
          goto(snapshot({ path: '/welcome', texts: [heading('Welcome')], elements: [element({ tag: 'button', name: 'Not now', text: 'Not now', selector: '#nl-no', region: 'aside "Newsletter"' }), element({ tag: 'button', name: 'Accept all', text: 'Accept all', selector: '#cookies-ok', region: 'div "Cookie settings"' })] })),
          click(element({ tag: 'button', name: 'Not now', text: 'Not now', selector: '#nl-no', region: 'aside "Newsletter"' }), snapshot({ path: '/welcome', texts: [heading('Welcome')], elements: [element({ tag: 'button', name: 'Accept all', text: 'Accept all', selector: '#cookies-ok', region: 'div "Cookie settings"' })] })),
          click(aboutLink(), snapshot({ path: '/about', texts: [heading('About us')], elements: [element({ tag: 'button', name: 'Accept all', text: 'Accept all', selector: '#cookies-ok', region: 'div "Cookie settings"' })] })),
        ]),
      ]),
    },
    {
      name: 'decoy: going back to the offer page by its address',
      site: site([flow('cancel', [goto(leaveStep('A gift before you go', [discount(), declineDiscount()])), click(declineDiscount(), leaveStep('Why are you leaving?', [nextButton()])), goto(leaveStep('A gift before you go', [discount(), declineDiscount()]))])]),
    },
    {
      name: 'a browser confirm declined once and not asked again',
      site: site([flow('cancel', [goto(page('/account', false)), withDialogs('/account', [{ type: 'confirm', message: STAY, response: 'dismiss' }])])]),
    },
    {
      name: 'decoy: the same alert acknowledged twice is no choice ignored',
      site: site([
        flow('cancel', [
          goto(page('/account', false)),
          withDialogs('/account', [{ type: 'alert', message: 'Your changes were saved.', response: 'accept' }]),
          withDialogs('/account', [{ type: 'alert', message: 'Your changes were saved.', response: 'accept' }]),
        ]),
      ]),
    },
    {
      name: 'decoy: two different questions, each asked once',
      site: site([
        flow('cancel', [
          goto(page('/account', false)),
          withDialogs('/account', [{ type: 'confirm', message: STAY, response: 'dismiss' }]),
          withDialogs('/account', [{ type: 'confirm', message: 'Delete the saved address in Berlin?', response: 'dismiss' }]),
        ]),
      ]),
    },
    {
      name: 'fair: "Not now" is remembered and the offer stays away',
      site: site([
        flow('checkout', [goto(page('/welcome', true))]),
        flow('reading', [click(notNow(), page('/welcome', false)), goto(page('/', false)), click(aboutLink(), page('/about', false))]),
      ]),
    },
    {
      name: 'decoy: the same offer again only in a fresh (logged-out) browser context',
      site: site([
        flow('checkout', [goto(page('/welcome', true)), click(notNow(), page('/welcome', false))]),
        flow('support', [goto(page('/', true))], { fresh: true }),
      ]),
    },
    {
      name: 'decoy: a cookie banner dismissed once and not shown again',
      site: site([
        flow('reading', [
          goto(page('/', false, { texts: cookieBanner(), elements: [rejectAll()] })),
          click(rejectAll(), page('/', false)),
          click(aboutLink(), page('/about', false)),
        ]),
      ]),
    },
    {
      name: 'decoy: a different offer after the first was dismissed',
      site: site([
        flow('reading', [
          goto(page('/welcome', true)),
          click(notNow(), page('/welcome', false)),
          goto(page('/', false, { texts: [text('Try Ledger Puzzles free for a week: the crossword, the acrostic and eight daily games. Start free trial Not now', { kind: 'dialog', tag: 'dialog', fixed: true, box: DIALOG_BOX })] })),
        ]),
      ]),
    },
    {
      name: 'decoy: "Cancel" that closes an edit form is no prompt',
      site: site([
        flow('account', [
          goto(page('/account', false, { elements: [control('Cancel', '#profile-discard', false)] })),
          click(control('Cancel', '#profile-discard', false), page('/account', false)),
          goto(page('/account', false)),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an overlay without a dialog role, closed with ×, open again on return from the shop',
      site: site([flow('play', [goto(playPage(true)), click(cross(), playPage(false)), click(shopLink(), shopPage()), click(homeLink(), playPage(true))])]),
      findings: [{ message: /The prompt "Daily reward Spin the wheel for 20 free gems" was dismissed with "×" at play step 1 \(\/play\) and came back once: play step 3/, step: 3 }],
    },
    {
      name: 'a discount declined with "No thanks" and offered again on each later step',
      site: site([leaveFlow(true)]),
      findings: [{ message: /The offer "Get 40% off" was declined with "No thanks" at cancel step 0 .* offered again 2 times/, step: 1, facts: { comebacks: 2 } }],
    },
    {
      name: 'a browser confirm declined and asked again on the next click of the cancel path',
      site: site([
        flow('cancel', [
          goto(page('/account', false)),
          withDialogs('/account', [{ type: 'confirm', message: STAY, response: 'dismiss' }]),
          withDialogs('/account', [{ type: 'confirm', message: 'Are you sure? You will lose all your benefits and your watch history!', response: 'dismiss' }]),
        ]),
      ]),
      findings: [
        {
          message: 'The browser confirm dialog "Are you sure? You will lose all your benefits and your watch history." was declined at cancel step 1 (/account) and was asked again once: cancel step 2 (/account).',
          flow: 'cancel',
          step: 2,
          facts: { dialogType: 'confirm', comebacks: 1 },
        },
      ],
    },
    {
      name: 'dark: the print offer comes back on every page after "Not now"',
      site: site([
        flow('checkout', [goto(page('/welcome', true))]),
        flow('reading', [click(notNow(), page('/welcome', false)), goto(page('/', true)), click(notNow(), page('/', false)), click(aboutLink(), page('/about', true))]),
      ]),
      findings: [
        {
          message:
            'The prompt "Subscribe to the print edition? Add the Sunday paper to your doorstep for $4.00…" was dismissed with "Not now" at reading step 0 (/welcome) and came back 2 times: reading step 1 (/), reading step 3 (/about).',
          flow: 'reading',
          step: 1,
          selector: '#print-offer',
          facts: { dismissedWith: 'Not now', comebacks: 2, comebackSteps: 'reading step 1 (/) | reading step 3 (/about)' },
        },
      ],
    },
    {
      name: 'a near-same text (another price) is the same prompt',
      site: site([
        flow('reading', [
          goto(page('/welcome', true)),
          click(notNow(), page('/welcome', false)),
          goto(page('/', false, { texts: [dialog(OFFER.replace('$4.00', '$3.50'))] })),
        ]),
      ]),
      findings: [{ message: 'came back once: reading step 2 (/)' }],
    },
    {
      name: 'a cookie banner that returns after "Reject all" in the same context',
      site: site([
        flow('reading', [
          goto(page('/', false, { texts: cookieBanner(), elements: [rejectAll()] })),
          click(rejectAll(), page('/', false)),
          click(aboutLink(), page('/about', false, { texts: cookieBanner(), elements: [rejectAll()] })),
        ]),
      ]),
      findings: [{ message: 'dismissed with "Reject all" at reading step 1 (/) and came back once: reading step 2 (/about)', selector: '#cookie-text' }],
    },
    {
      name: 'in German: "Nicht jetzt"',
      site: site([
        flow('lesen', [
          goto(snapshot({ path: '/', lang: 'de', texts: [dialog('Die gedruckte Ausgabe abonnieren? Nicht jetzt')], elements: [control('Nicht jetzt', '#nein')] })),
          click(control('Nicht jetzt', '#nein'), snapshot({ path: '/', lang: 'de' })),
          goto(snapshot({ path: '/artikel', lang: 'de', texts: [dialog('Die gedruckte Ausgabe abonnieren? Nicht jetzt')] })),
        ]),
      ]),
      findings: [{ message: 'dismissed with "Nicht jetzt"' }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable when no page was read',
      site: site([flow('reading', [], { status: 'skipped' })]),
      outcome: 'not-applicable',
      reason: 'no page',
    },
    {
      name: 'error when a flow stopped early and nothing came back before',
      site: site([flow('reading', [goto(page('/welcome', true)), click(notNow(), page('/welcome', false)), step({ kind: 'goto', action: 'goto: /', status: 'failed', error: 'HTTP 500' })])]),
      outcome: 'error',
      reason: 'the reading flow failed at step 2',
    },
  ],
})

