import type { Page } from 'playwright'
import type { Box } from '../../src/capture/page-snapshot.js'
import type { Finding, LegalReference, Report, ReportedRule, ReportFlow, RuleResult } from '../../src/report/model.js'
import { PAGES, renderFixturePage } from './fixture-pages.js'

/** Strings an audited page could put anywhere in a report. */
export const HOSTILE = {
  markup: '<img src=x onerror=alert(1)>',
  scriptBreak: '</script><script>alert(1)</script>',
  url: 'javascript:alert(1)',
}

const ref = (law: string, cite: string, jurisdiction: string, url: string, effectiveFrom?: string): LegalReference => ({
  law,
  cite,
  jurisdiction,
  url,
  ...(effectiveFrom ? { effectiveFrom } : {}),
})

const CRD = ref('EU CRD', 'Directive 2011/83/EU, Art. 22', 'eu', 'https://eur-lex.europa.eu/eli/dir/2011/83/oj', '2014-06-13')
const ROSCA = ref('ROSCA', '15 U.S.C. § 8403', 'us', 'https://www.law.cornell.edu/uscode/text/15/8403', '2010-12-29')
const CA_ARL = ref('CA ARL', 'Cal. Bus. & Prof. Code § 17602(c)', 'us-ca', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602', '2025-07-01')
const BGB = ref('BGB', '§ 312k BGB (Kündigungsbutton)', 'de', 'https://www.gesetze-im-internet.de/bgb/__312k.html', '2022-07-01')
const UCPD = ref('EU UCPD', 'Directive 2005/29/EC, Arts. 8–9', 'eu', 'https://eur-lex.europa.eu/eli/dir/2005/29/oj')
const DSA = ref('EU DSA', 'Regulation (EU) 2022/2065, Art. 25', 'eu', 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj', '2024-02-17')

export const FIXTURE_RULES: ReportedRule[] = [
  {
    id: 'pre-ticked-upsell',
    title: 'Paid add-on is selected before the user chooses it',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [CRD, ROSCA],
    help: 'A paid extra that is already ticked is bought by everyone who does not notice it. EU law requires express consent to any extra payment; a default is not consent.',
    fix: 'Leave paid add-ons unticked until the user ticks them.',
  },
  {
    id: 'cancel-harder-than-signup',
    title: 'Cancelling takes more steps than signing up',
    category: 'obstruction',
    severity: 'serious',
    requires: [{ flows: ['signup', 'cancel'], needs: 'every-page' }],
    references: [CA_ARL, ROSCA, BGB],
    help: 'When leaving takes much more effort than joining, people stay subscribed and keep paying. Several laws require cancellation to be as easy as sign-up.',
    fix: 'Offer a cancel path with no more steps than the sign-up path.',
  },
  {
    id: 'confirmshaming',
    title: 'The decline option shames the user',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['cancel', 'checkout'], needs: 'every-page' }],
    references: [UCPD, DSA],
    help: 'Wording that ridicules the choice to leave pressures people into staying. Regulators list it among manipulative designs.',
    fix: 'Label the decline option neutrally, e.g. "Continue to cancel".',
  },
  {
    id: 'tiny-cancel-link',
    title: 'The cancel control is much smaller or fainter than the text around it',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['cancel'], needs: 'every-page' }],
    references: [BGB],
    help: 'A cancel link that is hard to see is hard to use. German law requires the cancellation button to be easily legible.',
    fix: 'Render the cancel control at body size with readable contrast.',
  },
  {
    id: 'hidden-support',
    title: 'Contact options are hard to find',
    category: 'obstruction',
    severity: 'moderate',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    references: [DSA],
    help: 'People who cannot reach support cannot ask to cancel or complain. Hiding contact routes adds friction where the law expects none.',
    fix: 'Link to a contact page from every page, at normal size.',
  },
  {
    id: 'missing-confirmation',
    title: 'No lasting confirmation after cancelling',
    category: 'obstruction',
    severity: 'serious',
    requires: [{ flows: ['cancel', 'checkout'], needs: 'every-page' }],
    references: [BGB, CA_ARL],
    help: 'Without a confirmation people cannot prove they cancelled. German law requires an immediate confirmation with the date the contract ends.',
    fix: 'Show a confirmation naming what ends and when, and keep it on the page.',
  },
  {
    id: 'phone-only-cancel',
    title: 'Cancellation is only possible by phone',
    category: 'obstruction',
    severity: 'serious',
    requires: [{ flows: ['cancel'], needs: 'every-page' }],
    references: [CA_ARL],
    help: 'Forcing a call adds waiting and retention pitches to a simple request. California requires online cancellation for online sign-ups.',
    fix: 'Let users cancel online, without a call.',
  },
  {
    id: 'fake-urgency-timer',
    title: 'Countdown timer that resets',
    category: 'urgency',
    severity: 'minor',
    requires: [{ flows: ['signup', 'checkout'], needs: 'every-page' }],
    references: [UCPD],
    help: 'A timer that restarts on reload is false urgency. It pushes people to decide before they have compared.',
    fix: 'Remove timers that do not reflect a real deadline.',
  },
]

interface Shot {
  screenshot: string
  box?: Box
}

type StepInput = Omit<ReportFlow['steps'][number], 'screenshot' | 'status'> & { shot?: Shot; status?: 'ok' | 'failed' }

const step = ({ shot, status, ...rest }: StepInput): ReportFlow['steps'][number] => ({
  ...rest,
  status: status ?? 'ok',
  ...(shot ? { screenshot: shot.screenshot } : {}),
})

const finding = (
  rule: ReportedRule,
  fields: Omit<Finding, 'ruleId' | 'severity' | 'references'> & { references?: LegalReference[] },
): Finding => ({ ruleId: rule.id, severity: rule.severity, references: rule.references, ...fields })

const rule = (id: string): ReportedRule => {
  const meta = FIXTURE_RULES.find((r) => r.id === id)
  if (!meta) throw new Error(`no fixture rule ${id}`)
  return meta
}

/** Two sites, every outcome, findings with boxes, and hostile strings where a page or scenario
 * could put them. Screenshots are written under `outDir/sites/`: real ones rendered in `page`,
 * or blank PNGs when no page is given. */
export async function buildFixtureReport(page: Page | undefined, outDir: string): Promise<Report> {
  await page?.setViewportSize({ width: 1280, height: 720 })
  const shot = (name: string, body: string) => renderFixturePage(page, outDir, name, body)
  const dark = 'sites/streamly-dark'
  const fair = 'sites/streamly-fair'
  const pricing = await shot(`${dark}/signup-01.png`, PAGES.pricing)
  const welcome = await shot(`${dark}/signup-02.png`, PAGES.signupDone)
  const account = await shot(`${dark}/cancel-01.png`, PAGES.account)
  const shame = await shot(`${dark}/cancel-02.png`, PAGES.confirmshame)
  const survey = await shot(`${dark}/cancel-03.png`, PAGES.survey)
  const callUs = await shot(`${dark}/cancel-04.png`, PAGES.callUs)
  const help = await shot(`${dark}/support-01.png`, PAGES.help)
  const fairPricing = await shot(`${fair}/signup-01.png`, PAGES.fairPricing)
  const fairCancel = await shot(`${fair}/cancel-01.png`, PAGES.fairCancel)
  const fairDone = await shot(`${fair}/cancel-02.png`, PAGES.fairDone)

  const base = 'http://127.0.0.1:4173'
  const darkResults: RuleResult[] = [
    {
      ruleId: 'pre-ticked-upsell',
      outcome: 'fail',
      findings: [
        finding(rule('pre-ticked-upsell'), {
          site: 'streamly-dark',
          flow: 'signup',
          step: 1,
          message: 'The checkbox "Add Streamly Protect (+€4.99/mo, billed monthly)" was already ticked when the page loaded.',
          evidence: {
            url: `${base}/pricing`,
            selector: 'label.addon > input[type="checkbox"]',
            text: 'Add Streamly Protect (+€4.99/mo, billed monthly)',
            box: pricing.box,
            screenshot: pricing.screenshot,
            facts: { checked: true, price: '€4.99/mo', tickedBy: 'script' },
          },
        }),
      ],
    },
    {
      ruleId: 'cancel-harder-than-signup',
      outcome: 'fail',
      findings: [
        finding(rule('cancel-harder-than-signup'), {
          site: 'streamly-dark',
          flow: 'cancel',
          step: null,
          message: 'Cancelling took 7 actions over 4 pages; signing up took 3 actions over 2 pages.',
          evidence: {
            facts: {
              signupActions: 3,
              cancelActions: 7,
              ratio: 2.3333,
              signupPages: 2,
              cancelPages: 4,
              signupClicks: 2,
              cancelClicks: 6,
              signupFields: 1,
              cancelFields: 1,
            },
          },
        }),
      ],
    },
    {
      ruleId: 'confirmshaming',
      outcome: 'fail',
      findings: [
        finding(rule('confirmshaming'), {
          site: 'streamly-dark',
          flow: 'cancel',
          step: 2,
          message: 'The option to go on cancelling reads "No thanks, I don\'t like saving money".',
          evidence: {
            url: `${base}/account/cancel`,
            selector: 'button.btn.grey',
            text: "No thanks, I don't like saving money",
            box: shame.box,
            screenshot: shame.screenshot,
            facts: { phrase: "don't like saving money", language: 'en' },
          },
        }),
      ],
    },
    {
      ruleId: 'tiny-cancel-link',
      outcome: 'fail',
      findings: [
        finding(rule('tiny-cancel-link'), {
          site: 'streamly-dark',
          flow: 'cancel',
          step: 1,
          message: 'The link "cancel membership" is 10px in #b9b9c3 on white (contrast 1.9:1), beside 16px body text.',
          evidence: {
            url: `${base}/account`,
            selector: 'footer > a.tiny',
            text: 'cancel membership',
            box: account.box,
            screenshot: account.screenshot,
            facts: { fontSizePx: 10, bodyFontSizePx: 16, contrastRatio: 1.92 },
          },
        }),
      ],
    },
    {
      ruleId: 'hidden-support',
      outcome: 'needs-review',
      reason: 'A "Contact" text was found but it is not a link; the support flow failed before a contact page was reached.',
      findings: [
        finding(rule('hidden-support'), {
          site: 'streamly-dark',
          flow: 'support',
          step: 1,
          message: 'The only contact route on the help page is "Contact" at 10px, and it is not clickable.',
          evidence: { url: `${base}/help`, selector: 'p.tiny', text: 'Contact', box: help.box, screenshot: help.screenshot, facts: { fontSizePx: 10 } },
        }),
      ],
    },
    { ruleId: 'missing-confirmation', outcome: 'error', reason: 'The cancel flow failed at step 5, before its final page.', findings: [] },
    { ruleId: 'phone-only-cancel', outcome: 'pass', findings: [] },
    { ruleId: 'fake-urgency-timer', outcome: 'not-applicable', reason: 'No countdown was seen on any page.', findings: [] },
  ]

  const hostileFinding = finding(rule('hidden-support'), {
    site: 'streamly-fair',
    flow: 'support',
    step: 1,
    message: `The help page shows ${HOSTILE.markup} where a contact link was expected.`,
    evidence: {
      url: HOSTILE.url,
      selector: `a[href="${HOSTILE.url}"]`,
      text: HOSTILE.scriptBreak,
      box: fairCancel.box,
      screenshot: fairCancel.screenshot,
      facts: { linkText: HOSTILE.markup, href: HOSTILE.url },
    },
    references: [{ ...DSA, note: HOSTILE.markup }],
  })

  return {
    schemaVersion: 1,
    tool: { name: 'cancelcheck', version: '0.1.0' },
    generatedAt: '2025-06-12T14:03:27.000Z',
    failOn: 'serious',
    jurisdictions: ['us', 'us-ca', 'us-ny', 'us-co', 'us-mn', 'us-ma', 'eu', 'de', 'uk'],
    auditDate: '2025-06-12',
    rules: FIXTURE_RULES,
    sites: [
      {
        site: 'streamly-dark',
        baseUrl: base,
        scenarioFile: 'scenarios/streamly-dark.yaml',
        status: 'incomplete',
        durationMs: 14_820,
        flows: [
          {
            name: 'signup',
            status: 'completed',
            durationMs: 2_310,
            steps: [
              step({ index: 1, kind: 'goto', action: 'goto: /pricing', line: 6, url: `${base}/pricing`, title: 'Plans', durationMs: 640, shot: pricing }),
              step({ index: 2, kind: 'click', action: 'click: { role: button, name: Start free trial }', line: 7, mark: 'places-order', url: `${base}/welcome`, title: 'Welcome', durationMs: 910, shot: welcome }),
              step({ index: 3, kind: 'expect', action: 'expect: { text: Your trial has started }', line: 8, url: `${base}/welcome`, title: 'Welcome', durationMs: 120, passed: true, shot: welcome }),
            ],
          },
          {
            name: 'cancel',
            status: 'failed',
            error: 'Step 5 (click: { text: Confirm cancellation }) timed out after 10 s: no element matched.',
            durationMs: 11_450,
            steps: [
              step({ index: 1, kind: 'goto', action: 'goto: /account', line: 12, url: `${base}/account`, title: 'Your account', durationMs: 520, shot: account }),
              step({ index: 2, kind: 'click', action: 'click: { text: cancel membership }', line: 13, url: `${base}/account/cancel`, title: 'Are you sure?', durationMs: 780, shot: shame }),
              step({ index: 3, kind: 'click', action: "click: { text: No thanks, I don't like saving money }", line: 14, url: `${base}/account/cancel/survey?step=2`, title: 'Survey', durationMs: 690, shot: survey }),
              step({ index: 4, kind: 'click', action: 'click: { role: button, name: Continue }', line: 15, url: `${base}/account/cancel/finish`, title: 'Almost done', durationMs: 460, shot: callUs }),
              step({
                index: 5,
                kind: 'click',
                action: 'click: { text: Confirm cancellation }',
                line: 16,
                url: `${base}/account/cancel/finish`,
                title: 'Almost done',
                durationMs: 10_000,
                status: 'failed',
                error: 'Timed out after 10 s: no element matched text "Confirm cancellation".',
                shot: callUs,
              }),
            ],
          },
          {
            name: 'support',
            status: 'completed',
            durationMs: 1_060,
            steps: [
              step({ index: 1, kind: 'goto', action: 'goto: /help', line: 20, url: `${base}/help`, title: 'Help centre', durationMs: 580, shot: help }),
              step({ index: 2, kind: 'expect', action: 'expect: { text: Contact us }', line: 21, url: `${base}/help`, title: 'Help centre', durationMs: 480, passed: false, shot: help }),
            ],
          },
        ],
        results: darkResults,
      },
      {
        site: 'streamly-fair',
        baseUrl: 'http://127.0.0.1:4174',
        scenarioFile: 'scenarios/streamly-fair.yaml',
        status: 'complete',
        durationMs: 6_240,
        flows: [
          {
            name: 'signup',
            status: 'completed',
            durationMs: 1_200,
            steps: [
              step({ index: 1, kind: 'goto', action: 'goto: /plans', url: 'http://127.0.0.1:4174/plans', title: 'Plans', durationMs: 600, shot: fairPricing }),
              step({ index: 2, kind: 'click', action: 'click: { role: button, name: Subscribe }', url: 'http://127.0.0.1:4174/plans', title: 'Plans', durationMs: 600, shot: fairPricing }),
            ],
          },
          {
            name: 'cancel',
            status: 'completed',
            durationMs: 1_340,
            steps: [
              step({ index: 1, kind: 'goto', action: `goto: ${HOSTILE.url}`, url: HOSTILE.url, title: HOSTILE.markup, durationMs: 610, shot: fairCancel }),
              step({ index: 2, kind: 'click', action: `click: { text: "${HOSTILE.scriptBreak}" }`, url: 'http://127.0.0.1:4174/account/cancelled', title: 'Cancelled', durationMs: 730, shot: fairDone }),
            ],
          },
        ],
        results: [
          { ruleId: 'pre-ticked-upsell', outcome: 'pass', findings: [] },
          { ruleId: 'cancel-harder-than-signup', outcome: 'pass', reason: 'Cancelling took 1 action; signing up took 1.', findings: [] },
          { ruleId: 'confirmshaming', outcome: 'pass', findings: [] },
          { ruleId: 'tiny-cancel-link', outcome: 'pass', findings: [] },
          { ruleId: 'hidden-support', outcome: 'needs-review', reason: `A contact route exists but its link is ${HOSTILE.markup}.`, findings: [hostileFinding] },
          { ruleId: 'missing-confirmation', outcome: 'pass', findings: [] },
          { ruleId: 'phone-only-cancel', outcome: 'pass', findings: [] },
          { ruleId: 'fake-urgency-timer', outcome: 'not-applicable', reason: 'No checkout flow in this scenario.', findings: [] },
        ],
      },
    ],
  }
}
