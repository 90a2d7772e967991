import { describe, expect, it } from 'vitest'
import { judgeTrace, jurisdictionProfile } from '../../src/audit/judge-trace.js'
import type { SnapshotElement } from '../../src/capture/page-snapshot.js'
import rule from '../../src/rules/cancellation-button-de.js'
import { button, checkbox, click, field, fill, flow, goto, heading, link, radio, site, snapshot, step, text, url } from '../helpers/build-trace.js'
import { testRule } from '../helpers/rule-tester.js'

const FOOTER = 'footer.site-footer'
const at = (y: number) => ({ x: 40, y, width: 240, height: 44 })
const footerButton = () => link({ text: 'Verträge hier kündigen', href: url('/kuendigen'), region: FOOTER })
const jetztKuendigen = (y = 520): SnapshotElement => ({ ...button({ text: 'Jetzt kündigen' }), box: at(y) })

type Page = ReturnType<typeof snapshot>
/** A German page; with the cancellation button in its footer unless `withButton` is false. */
const page = (path: string, parts: { elements?: SnapshotElement[]; texts?: ReturnType<typeof text>[] } = {}, withButton = true): Page =>
  snapshot({
    path,
    lang: 'de',
    elements: [...(parts.elements ?? []), ...(withButton ? [footerButton()] : [])],
    texts: [...(parts.texts ?? [heading('Kiosk Plus')]), text('© 2026 Kiosk Plus GmbH', { region: FOOTER })],
  })

const priceText = () => text('Kiosk Plus Digital: 9,99 € im Monat, monatlich kündbar.')

const signupFlow = (withButton = true) =>
  flow('signup', [
    goto(page('/', { texts: [heading('Über 300 Magazine'), priceText()] }, withButton)),
    click(link({ text: 'Digital wählen' }), page('/kasse', { texts: [heading('Adresse und Zahlung'), priceText()] }, withButton)),
  ])

const fairForm = (extra: SnapshotElement[] = [], confirm: SnapshotElement = jetztKuendigen(), withButton = true) =>
  page('/kuendigen', {
    elements: [
      radio({ label: 'Ordentliche Kündigung zum nächstmöglichen Zeitpunkt', checked: true }),
      radio({ label: 'Außerordentliche Kündigung (fristlos, aus wichtigem Grund)' }),
      { ...field({ label: 'Vor- und Nachname' }), required: true },
      { ...field({ label: 'E-Mail-Adresse für die Bestätigung', type: 'email' }), required: true },
      field({ label: 'Kunden- oder Vertragsnummer (falls zur Hand)' }),
      ...extra,
      confirm,
    ],
    texts: [heading('Vertrag kündigen')],
  }, withButton)

const fairDone = (withButton = true) =>
  page('/kuendigen/bestaetigung', {
    elements: [link({ text: 'Bestätigung speichern', href: 'blob:https://shop.example/1' })],
    texts: [heading('Ihre Kündigung ist eingegangen'), text('Eingegangen am 23.11.2026 um 14:05 Uhr'), text('Ihr Abo endet zum 23.12.2026.')],
  }, withButton)

/** home → footer button → the form → its button → the page after. */
const cancelFlow = (form: Page, done: Page, sendWith: SnapshotElement = form.elements.find((e) => e.name === 'Jetzt kündigen') as SnapshotElement) =>
  flow('cancel', [goto(page('/')), click(footerButton(), form), fill(form.elements[2] as SnapshotElement, form), click(sendWith, done)])

const fairSite = (form = fairForm(), done = fairDone()) => site([signupFlow(), cancelFlow(form, done)])

testRule(rule, {
  valid: [
    {
      name: 'scan: the button leads to a fair form; nothing is sent, so the confirmation is not asked for',
      site: { ...site([signupFlow(), flow('cancel', [goto(page('/')), click(footerButton(), fairForm())])]), mode: 'scan' as const },
    },
    { name: 'fair: the button on every page, a short form, "Jetzt kündigen", a stamped confirmation that can be saved', site: fairSite() },
    {
      name: 'decoy: an optional "why are you leaving" question is allowed',
      site: fairSite(fairForm([field({ label: 'Möchten Sie uns sagen, warum Sie gehen? (optional)', tag: 'textarea' })])),
    },
    {
      name: 'decoy: a required reason for an extraordinary termination is what the law lets the page ask',
      site: fairSite(fairForm([{ ...field({ label: 'Grund der außerordentlichen Kündigung', tag: 'textarea' }), required: true }])),
    },
    {
      name: 'decoy: the FAQ mentions the "Kündigungsfrist" and an address form has "Abbrechen"',
      site: site([
        flow('support', [
          goto(page('/hilfe', { texts: [heading('Hilfe'), text('Welche Kündigungsfrist gilt? Das Abo ist monatlich kündbar.')] })),
          click(button({ text: 'Abbrechen' }), page('/hilfe', { elements: [button({ text: 'Abbrechen' })] })),
        ]),
        signupFlow(),
        cancelFlow(fairForm(), fairDone()),
      ]),
    },
    {
      name: 'a "jetzt kündigen" button within one and a half screens (top at 1100px of an 800px screen)',
      site: fairSite(fairForm([], jetztKuendigen(1100))),
    },
  ],
  invalid: [
    {
      name: 'scan: the button leads to a login page, which is then the confirmation page',
      site: {
        ...site([
          signupFlow(),
          flow('cancel', [
            goto(page('/')),
            click(
              footerButton(),
              page('/kuendigen', { elements: [field({ label: 'E-Mail-Adresse' }), field({ label: 'Passwort', type: 'password' }), button({ text: 'Anmelden' })], texts: [heading('Anmelden')] }),
            ),
          ]),
        ]),
        mode: 'scan' as const,
      },
      findings: [
        { message: /^The confirmation page \/kuendigen \(cancel flow, step 1\) has no button labelled "jetzt kündigen" or an equally unambiguous wording\.$/, flow: 'cancel', step: 1 },
        { message: /^The confirmation page \/kuendigen \(cancel flow, step 1\) asks for .*"Passwort"/, flow: 'cancel', step: 1 },
      ],
    },
    {
      name: 'dark: no page has the button; the nearest is "Mitgliedschaft beenden"',
      site: site([
        signupFlow(false),
        flow('cancel', [
          goto(page('/', {}, false)),
          click(
            link({ text: 'Mitgliedschaft verwalten' }),
            page('/konto/mitgliedschaft', { elements: [link({ text: 'Mitgliedschaft beenden', href: url('/kuendigen'), fontSizePx: 12 })] }, false),
          ),
          click(link({ text: 'Mitgliedschaft beenden', href: url('/kuendigen') }), fairForm([], jetztKuendigen(), false)),
          click(jetztKuendigen(), fairDone(false)),
        ]),
      ]),
      findings: [
        {
          message: /^None of the 5 pages read \(\/, \/kasse, \/konto\/mitgliedschaft, \/kuendigen, \/kuendigen\/bestaetigung\) shows a button or link labelled "Verträge hier kündigen".*the nearest, "Mitgliedschaft beenden" on \/konto\/mitgliedschaft \(cancel flow, step 1\)/,
          flow: 'cancel',
          step: 1,
          facts: { pagesRead: 5, pagesWithButton: 0, nearestLabel: 'Mitgliedschaft beenden', nearestFontSizePx: 12 },
        },
      ],
    },
    {
      name: 'the button is in the footer of most pages but not on the checkout',
      site: site([
        flow('signup', [
          goto(page('/', { texts: [heading('Start'), priceText()] })),
          click(link({ text: 'Digital wählen' }), page('/kasse', { texts: [heading('Zahlung')] }, false)),
        ]),
        cancelFlow(fairForm(), fairDone()),
      ]),
      findings: [
        {
          message: 'The cancellation button "Verträge hier kündigen" is on 3 of the 4 pages read but missing from 1: /kasse (first seen without it: /kasse (signup flow, step 1)).',
          flow: 'signup',
          step: 1,
          facts: { pagesWithoutButton: 1, pagesWithout: '/kasse' },
        },
      ],
    },
    {
      name: 'the confirmation page sends the cancellation with "Weiter"',
      site: (() => {
        const weiter = { ...button({ text: 'Weiter' }), box: at(500) }
        const form = fairForm([weiter], { ...button({ text: 'Zurück' }), box: at(560) })
        return site([signupFlow(), cancelFlow(form, fairDone(), weiter)])
      })(),
      findings: [{ message: 'The confirmation page /kuendigen (cancel flow, step 1) has no button labelled "jetzt kündigen" or an equally unambiguous wording; the cancellation was sent with "Weiter".', facts: { sentWith: 'Weiter' } }],
    },
    {
      name: 'the "Jetzt kündigen" button is three and a half screens down',
      site: fairSite(fairForm([], jetztKuendigen(2800))),
      findings: [{ message: /"Jetzt kündigen" button on the confirmation page \/kuendigen \(cancel flow, step 1\) starts 2800px down the page, 3\.5 screens of 800px/, facts: { top: 2800, limitPx: 1200 } }],
    },
    {
      name: 'the confirmation page asks for the password again',
      site: fairSite(fairForm([{ ...field({ label: 'Passwort zur Bestätigung', type: 'password' }), required: true }])),
      findings: [{ message: 'asks for a password ("Passwort zur Bestätigung"); § 312k(2) BGB lets it ask only for', facts: { asks: 'credentials', required: true } }],
    },
    {
      name: 'the confirmation page asks for the IBAN',
      site: fairSite(fairForm([field({ label: 'IBAN für die Erstattung' })])),
      findings: [{ message: 'asks for payment details ("IBAN für die Erstattung")', facts: { asks: 'payment' } }],
    },
    {
      name: 'the confirmation page requires a reason for leaving',
      site: fairSite(
        fairForm([
          radio({ label: 'Zu teuer', required: true }),
          radio({ label: 'Keine Zeit zum Lesen', required: true }),
          { ...checkbox({ label: 'Ich verzichte auf alle Vorteile', required: true }) },
        ]),
      ),
      findings: [
        {
          message: 'requires an answer about why the consumer leaves that § 312k(2) BGB does not provide for: "Zu teuer", "Keine Zeit zum Lesen", "Ich verzichte auf alle Vorteile" (required).',
          facts: { asks: 'reason for leaving', fields: 3 },
        },
      ],
    },
    {
      name: 'the flow ends on "Wir haben Ihre Anfrage erhalten": no date and time, nothing to save',
      site: fairSite(fairForm(), page('/kuendigen/fertig', { texts: [heading('Wir haben Ihre Anfrage erhalten')] })),
      findings: [
        {
          message: 'The cancel flow ends on /kuendigen/fertig (cancel flow, step 3) without a confirmation the consumer can save: it shows no date and time of the declaration and no control to save or print it (it says "Wir haben Ihre Anfrage erhalten").',
          step: 3,
          facts: { dateAndTime: null, saveControl: null },
        },
      ],
    },
    {
      name: 'a date without the time of the declaration is not enough, even with a save link',
      site: fairSite(
        fairForm(),
        page('/kuendigen/bestaetigung', {
          elements: [link({ text: 'Als PDF herunterladen' })],
          texts: [heading('Kündigung eingegangen'), text('Ihr Abo endet am 23.12.2026.')],
        }),
      ),
      findings: [{ message: 'it shows no date and time of the declaration (it says "Kündigung eingegangen")', facts: { saveControl: 'Als PDF herunterladen' } }],
    },
  ],
  outcomes: [
    {
      name: 'an English site is not this rule’s business',
      site: site([
        flow('cancel', [goto(snapshot({ path: '/account', texts: [heading('Your account')] })), click(button({ text: 'Cancel subscription' }), snapshot({ path: '/cancel' }))]),
      ]),
      outcome: 'not-applicable',
      reason: 'not in German',
    },
    {
      name: 'a German site that sells no subscription',
      site: site([flow('browse', [goto(page('/', { texts: [heading('Willkommen'), text('Einzelhefte ab 4,50 €.')] }, false))])]),
      outcome: 'not-applicable',
      reason: 'no subscription was seen',
    },
    {
      name: 'the button is everywhere but no cancel flow ran',
      site: site([signupFlow()]),
      outcome: 'needs-review',
      reason: 'no cancel flow',
    },
    {
      name: 'the cancel flow failed before the confirmation page',
      site: site([
        signupFlow(),
        flow('cancel', [goto(page('/')), step({ kind: 'click', status: 'failed', error: 'timeout', snapshot: undefined })]),
      ]),
      outcome: 'error',
      reason: 'the cancel flow failed at step 1',
    },
  ],
})

// German law alone stands behind this rule: on a site whose own jurisdictions are elsewhere it has no
// provision to rest on, as a run limited to those jurisdictions would say.
describe('the site’s own jurisdictions', () => {
  const noButton = site([signupFlow(false), cancelFlow(fairForm([], jetztKuendigen(), false), fairDone(false))])
  const judged = (jurisdictions?: string[]) =>
    judgeTrace({ ...noButton, ...(jurisdictions ? { jurisdictions } : {}) }, [rule], jurisdictionProfile({ auditDate: '2026-12-01' }))
  const resultOf = (jurisdictions?: string[]) => judged(jurisdictions).results[0]

  it('is critical on a site in Germany', () => {
    expect(resultOf(['de'])).toMatchObject({ outcome: 'fail', findings: [{ severity: 'critical' }] })
    expect(judged(['de']).jurisdictions).toEqual(['eu', 'de'])
  })

  it('is not applicable, and nothing counts, on a site in the US', () => {
    const result = resultOf(['us'])
    expect(result).toMatchObject({ outcome: 'not-applicable', reason: 'no provision in force in us' })
    expect(result?.findings.every((f) => f.severity !== 'critical' && f.references.length === 0)).toBe(true)
    expect(judged(['us']).jurisdictions).toEqual(['us'])
  })

  it('is critical where the site names no jurisdiction and the run has them all', () => {
    expect(resultOf()).toMatchObject({ outcome: 'fail', findings: [{ severity: 'critical' }] })
    expect(judged().jurisdictions).toBeUndefined()
  })

  it('applies only the run’s jurisdictions that are the site’s own', () => {
    const report = judgeTrace({ ...noButton, jurisdictions: ['de', 'us-ca'] }, [rule], jurisdictionProfile({ jurisdictions: ['us-ca'], auditDate: '2026-12-01' }))
    expect(report.jurisdictions).toEqual(['us', 'us-ca'])
    expect(report.results[0]?.outcome).toBe('not-applicable')
    const outside = judgeTrace({ ...noButton, jurisdictions: ['de'] }, [rule], jurisdictionProfile({ jurisdictions: ['uk'], auditDate: '2026-12-01' }))
    expect(outside.results[0]).toMatchObject({ outcome: 'not-applicable', reason: "none of the site's jurisdictions is among the report's" })
  })
})
