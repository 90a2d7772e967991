import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/retention-obstruction.js'
import { check, click, element, field, fill, flow, goto, heading, look, radio, site, snapshot, step } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

// Looks measured on the demo site: a full-width 17px offer button and a 13px grey link under it.
const bigButton = (text: string, selector: string, y = 300): SnapshotElement =>
  element({ tag: 'button', type: 'button', role: 'button', text, name: text, selector, box: { x: 40, y, width: 440, height: 58 }, look: look({ fontSizePx: 17, fontWeight: 600, color: 'rgb(255, 255, 255)', backgroundColor: 'rgb(109, 40, 217)', contrastRatio: 7.1 }) })
const greyLink = (text: string, selector: string, y = 380): SnapshotElement =>
  element({ tag: 'a', role: 'link', text, name: text, selector, href: 'https://shop.example/next', box: { x: 180, y, width: 130, height: 18 }, look: look({ fontSizePx: 13, color: 'rgb(156, 163, 175)', contrastRatio: 2.54 }) })
const outlineButton = (text: string, selector: string, y = 300): SnapshotElement =>
  element({ tag: 'a', role: 'link', text, name: text, selector, href: 'https://shop.example/next', box: { x: 500, y, width: 420, height: 58 }, look: look({ fontSizePx: 17, fontWeight: 600 }) })

const required = (el: SnapshotElement): SnapshotElement => ({ ...el, required: true })
const REASONS = 'main > form#survey-form > fieldset.form-section "Why are you leaving?"'

const cancelLink = () => greyLink('Cancel membership', '#cancel-entry', 200)
const accountPage = (extra: SnapshotElement[] = []) => snapshot({ path: '/account', elements: [cancelLink(), ...extra] })
const surveyPage = (mandatory = true) => {
  const reasons = ["It's too expensive", "I don't watch enough", 'Something else'].map((label, i) =>
    radio({ label, selector: `#reason-${i}`, region: REASONS, required: mandatory }),
  )
  const details = field({ label: 'Tell us more', tag: 'textarea', selector: '#details' })
  return snapshot({
    path: '/cancel/survey',
    elements: [...reasons, mandatory ? required(details) : details, bigButton('Continue', '#survey-continue', 600)],
  })
}
const offerPage = (path: string, keep: string, way: SnapshotElement) =>
  snapshot({ path, elements: [bigButton(keep, '#accept-offer'), way] })
const confirmPage = (extra: SnapshotElement[] = [], finish = 'Finish cancellation') =>
  snapshot({ path: '/cancel/confirm', elements: [...extra, bigButton(finish, '#finish')] })
const donePage = () => snapshot({ path: '/cancel/done' })

/** The member's way: account → survey → offer → offer → confirmation → done. */
function darkFlow(finish = 'Finish cancellation') {
  const account = accountPage()
  const survey = surveyPage()
  const offer1 = offerPage('/cancel/offer', 'Keep my plan at 50% off', greyLink('Continue to cancel', '#way-1'))
  const offer2 = offerPage('/cancel/offer-2', 'Keep my plan', greyLink('Continue to cancel', '#way-2'))
  const confirm = confirmPage([], finish)
  return flow('cancel', [
    goto(account),
    click(cancelLink(), survey),
    check(survey.elements[0] as SnapshotElement, survey),
    fill(survey.elements[3] as SnapshotElement, survey),
    click(survey.elements[4] as SnapshotElement, offer1),
    click(greyLink('Continue to cancel', '#way-1'), offer2),
    click(greyLink('Continue to cancel', '#way-2'), confirm),
    click(bigButton(finish, '#finish'), donePage()),
  ])
}

// A single-page app: every step of leaving at /account/leave, told apart by its heading and buttons.
const LEAVE = '/account/leave'
const plainButton = (text: string, selector: string, disabled = false): SnapshotElement =>
  element({ tag: 'button', type: 'button', role: 'button', text, name: text, selector, disabled })
const screen = (title: string, elements: SnapshotElement[]) => snapshot({ path: LEAVE, texts: [heading(title)], elements })
const leaveEntry = () => plainButton('End my membership', '#leave')

/** Reason menu with a "Next" that stays disabled until a reason is typed, then a pause offer whose
 * way on is a plain "Next", then a last confirmation: three screens at one address. */
function spaFlow(identifyOnly = false) {
  const reason = identifyOnly ? field({ label: 'Customer number', selector: '#customer-no' }) : field({ label: 'What could we do better?', selector: '#why', tag: 'textarea' })
  const askLocked = screen(identifyOnly ? 'Which contract?' : 'Before you go', [reason, plainButton('Next', '#next-1', true)])
  const askOpen = screen(identifyOnly ? 'Which contract?' : 'Before you go', [{ ...reason, value: '12345' }, plainButton('Next', '#next-1')])
  const pause = screen('Need a break?', [bigButton('Pause for 3 months', '#pause'), bigButton('Next', '#next-2', 380)])
  const confirm = screen('Last step', [plainButton('Confirm cancellation', '#confirm')])
  const steps = [
    goto(snapshot({ path: '/account', elements: [leaveEntry()] })),
    click(leaveEntry(), askLocked),
    fill(reason, askOpen),
    click(plainButton('Next', '#next-1'), identifyOnly ? confirm : pause),
  ]
  if (!identifyOnly) steps.push(click(bigButton('Next', '#next-2', 380), confirm))
  steps.push(click(plainButton('Confirm cancellation', '#confirm'), snapshot({ path: '/account', texts: [heading('Your membership ends on 30 June')] })))
  return flow('cancel', steps)
}

/** The page the member presses "Cancel membership" on, with a big offer above the grey link. */
function offerBesideEntry(path: string, offer: string) {
  const page = snapshot({ path, elements: [bigButton(offer, '#offer', 120), cancelLink()] })
  const confirm = confirmPage()
  return flow('cancel', [goto(page), click(cancelLink(), confirm), click(bigButton('Finish cancellation', '#finish'), donePage())])
}

/** The honest way: one confirmation page with an equally prominent pause offer and an optional question. */
function fairFlow(confirmExtras: SnapshotElement[]) {
  const account = accountPage()
  const confirm = snapshot({ path: '/cancel/confirm', elements: [...confirmExtras, bigButton('Cancel subscription', '#finish')] })
  return flow('cancel', [goto(account), click(cancelLink(), confirm), click(bigButton('Cancel subscription', '#finish'), donePage())])
}

const optionalWhy = () => field({ label: 'Tell us why (optional)', tag: 'textarea', selector: '#why' })
const pauseOffer = () => outlineButton('Pause instead', '#pause')

testRule(rule, {
  valid: [
    {
      name: 'fair: straight from the account page to a confirmation',
      site: site([fairFlow([])]),
    },
    {
      name: 'decoy: a single optional "Tell us why (optional)" box on the confirmation page',
      site: site([fairFlow([optionalWhy()])]),
    },
    {
      name: 'decoy: a "Pause instead" offer beside an equally prominent "Cancel subscription" button',
      site: site([fairFlow([pauseOffer(), optionalWhy()])]),
    },
    {
      name: 'decoy: the e-mail and password of signing in are not a survey',
      site: site([
        flow('cancel', [
          goto(snapshot({ path: '/login', elements: [required(field({ label: 'Email address', type: 'email' })), required(field({ label: 'Password', type: 'password' }))] })),
          ...fairFlow([]).steps,
        ]),
      ]),
    },
    {
      name: 'decoy: a search box in the page header is not a survey',
      site: site([
        fairFlow([{ ...field({ label: 'Search titles', type: 'search', selector: '#search' }), required: true }]),
      ]),
    },
    {
      name: 'a save offer whose way on is a button as large as the offer',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), offerPage('/cancel/offer', 'Keep my plan at 50% off', outlineButton('Continue to cancel', '#way'))),
          click(outlineButton('Continue to cancel', '#way'), confirmPage()),
          click(bigButton('Finish cancellation', '#finish'), donePage()),
        ]),
      ]),
    },
    {
      name: 'decoy: a customer number that holds the way on back is identification, not a survey',
      site: site([spaFlow(true)]),
    },
    {
      name: 'decoy: an upgrade button on the account page is not a save offer',
      site: site([offerBesideEntry('/account', 'Upgrade to Pro')]),
    },
  ],
  invalid: [
    {
      name: 'a pause offer above a grey way out on the cancellation page itself',
      site: site([offerBesideEntry('/membership/cancel', 'Pause subscription')]),
      findings: [{ message: /The save offer on \/membership\/cancel .* is "Pause subscription".*the way on, "Cancel membership"/, step: 0 }],
    },
    {
      name: 'a single-page app: a survey that keeps "Next" disabled until answered, then a pause offer, at one address',
      site: site([spaFlow()]),
      findings: [
        { message: /requires an answer before the cancellation can go on: "What could we do better\?" \(free text, required\)/, step: 1 },
        { message: /went through 2 retention screens \(more than 1\)/, facts: { retentionScreens: 2, surveyScreens: 1, offerScreens: 1 } },
      ],
    },
    {
      name: 'dark: a required survey, two offers with a small grey way on, three retention screens',
      site: site([darkFlow()]),
      findings: [
        {
          message: 'On the way to cancelling, /cancel/survey (cancel flow, step 1) requires 2 answers before the cancellation can go on: "Why are you leaving?" (3 options, required), "Tell us more" (free text, required).',
          step: 1,
          selector: '#reason-0',
          facts: { requiredQuestions: 2 },
        },
        {
          message: /The save offer on \/cancel\/offer \(cancel flow, step 4\) is "Keep my plan at 50% off", a 17px bold button, 440×58 px, contrast 7\.1:1; the way on, "Continue to cancel", is a 13px text link, 130×18 px, contrast 2\.54:1: a text link beside a button, 10\.91× smaller in area, text 76% of the offer's size, faint/,
          selector: '#way-1',
          facts: { offerShape: 'button', wayOnShape: 'text', areaRatio: 10.91 },
        },
        { message: 'The save offer on /cancel/offer-2 (cancel flow, step 5) is "Keep my plan"', selector: '#way-2' },
        {
          message: 'Between pressing "Cancel membership" on /account (cancel flow, step 0) and "Finish cancellation" on /cancel/confirm (cancel flow, step 6), the cancel flow went through 3 retention screens (more than 1): /cancel/survey (survey: 2 questions, 2 required), /cancel/offer (offer: "Keep my plan at 50% off"), /cancel/offer-2 (offer: "Keep my plan").',
          step: 1,
          facts: { retentionScreens: 3, surveyScreens: 1, offerScreens: 2 },
        },
      ],
    },
    {
      name: 'the confirmation sent by a button not worded as cancelling: the way ends at the last cancel control',
      site: site([darkFlow('Submit request')]),
      findings: [
        { message: 'requires 2 answers', step: 1 },
        { message: 'The save offer on /cancel/offer (cancel flow, step 4)' },
        { message: 'The save offer on /cancel/offer-2 (cancel flow, step 5)' },
        { message: 'Between pressing "Cancel membership" on /account (cancel flow, step 0) and "Continue to cancel" on /cancel/offer-2 (cancel flow, step 5), the cancel flow went through 3 retention screens', facts: { retentionScreens: 3 } },
      ],
    },
    {
      name: 'a single cancel click: the pages after it up to the last count',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), surveyPage()),
          click(bigButton('Continue', '#survey-continue', 600), offerPage('/cancel/offer', 'Keep my plan', greyLink('No, go on', '#way'))),
          click(greyLink('No, go on', '#way'), confirmPage([], 'Submit request')),
          click(bigButton('Submit request', '#finish'), donePage()),
        ]),
      ]),
      findings: [
        { message: 'requires 2 answers', step: 1 },
        { message: 'The save offer on /cancel/offer (cancel flow, step 2) is "Keep my plan"' },
        { message: 'After pressing "Cancel membership" on /account (cancel flow, step 0), the cancel flow went through 2 retention screens', facts: { retentionScreens: 2 } },
      ],
    },
    {
      name: 'a phrase to type before the cancellation goes through',
      site: site([
        fairFlow([required(field({ label: 'Type CANCEL to confirm', selector: '#typed' }))]),
      ]),
      findings: [{ message: 'asks the member to type "CANCEL" into "Type CANCEL to confirm"', selector: '#typed', facts: { phrase: 'CANCEL' } }],
    },
    {
      name: 'a German typed phrase',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), snapshot({ path: '/kuendigen', lang: 'de', elements: [required(field({ label: 'Geben Sie KÜNDIGEN ein, um zu bestätigen', selector: '#typed' })), bigButton('Jetzt kündigen', '#finish')] })),
          click(bigButton('Jetzt kündigen', '#finish'), donePage()),
        ]),
      ]),
      findings: [{ message: 'to type "KÜNDIGEN"', facts: { phrase: 'KÜNDIGEN' } }],
    },
    {
      name: 'the way on pushed below the fold',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), offerPage('/cancel/offer', 'Pause instead', outlineButton('Continue to cancel', '#way', 1400))),
          click(outlineButton('Continue to cancel', '#way', 1400), confirmPage()),
          click(bigButton('Finish cancellation', '#finish'), donePage()),
        ]),
      ]),
      findings: [{ message: 'below the fold while the offer is above it', selector: '#way' }],
    },
    {
      name: 'an offer with no way on at all',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), snapshot({ path: '/cancel/offer', elements: [bigButton('Accept offer', '#accept')] })),
          goto(confirmPage()),
          click(bigButton('Finish cancellation', '#finish'), donePage()),
        ]),
      ]),
      findings: [{ message: 'The save offer "Accept offer" on /cancel/offer (cancel flow, step 1) shows no control to go on cancelling beside it.' }],
    },
    {
      name: 'two optional screens are still two screens',
      site: site([
        flow('cancel', [
          goto(accountPage()),
          click(cancelLink(), surveyPage(false)),
          click(bigButton('Continue', '#survey-continue', 600), offerPage('/cancel/offer', 'Keep my plan', outlineButton('Continue to cancel', '#way'))),
          click(outlineButton('Continue to cancel', '#way'), confirmPage()),
          click(bigButton('Finish cancellation', '#finish'), donePage()),
        ]),
      ]),
      findings: [{ message: 'went through 2 retention screens', facts: { retentionScreens: 2 } }],
    },
  ],
  outcomes: [
    {
      name: 'not applicable without a cancel flow',
      site: site([flow('signup', [goto(snapshot({ path: '/signup' }))])]),
      outcome: 'not-applicable',
      reason: 'no cancel flow',
    },
    {
      name: 'error when the cancel flow stopped before the end',
      site: site([
        flow('cancel', [goto(accountPage()), step({ kind: 'click', action: 'click: Cancel membership', status: 'failed', error: 'Timeout' })]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})
