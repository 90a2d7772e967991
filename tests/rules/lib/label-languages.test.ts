import { describe, expect, it } from 'vitest'
import entryRule from '../../../src/rules/cancel-entry-hidden.js'
import { cancelPathOf } from '../../../src/rules/lib/cancel-path.js'
import { labelLanguages } from '../../../src/rules/lib/site-language.js'
import { button, click, flow, goto, heading, link, site, snapshot, text } from '../../helpers/build-trace.js'
import { runRule } from '../../helpers/rule-tester.js'

// A German magazine site whose account page is built from an English template and quotes English
// blurbs, while its cancel button stays German.
const home = snapshot({
  path: '/',
  lang: 'de',
  texts: [heading('Willkommen bei Kiosk Plus'), text('Über 300 Magazine und Zeitungen für Sie, jeden Tag neu und immer mit dabei.')],
  elements: [link({ text: 'Mein Konto', selector: '#konto' })],
})
const kuendigen = button({ text: 'Mitgliedschaft kündigen', selector: '#kuendigen' })
const account = snapshot({
  path: '/konto',
  lang: 'en',
  texts: [heading('Your account'), text('Your plan renews every month, and you can read all of the magazines in the app.')],
  elements: [kuendigen],
})
const done = snapshot({
  path: '/kuendigen',
  lang: 'de',
  texts: [heading('Kündigung'), text('Wir haben Ihre Kündigung erhalten und schicken Ihnen die Bestätigung per E-Mail.')],
})
const cancelFlow = flow('cancel', [goto(home), click(link({ text: 'Mein Konto', selector: '#konto' }), account), click(kuendigen, done)])
const trace = site([cancelFlow])

describe('labelLanguages', () => {
  it('reads a page in its own words, then its lang attribute, then the language of most pages', () => {
    expect(labelLanguages(trace, account)).toEqual(['en', 'de'])
  })

  it('ends with the label’s own words on a page that declares no language', () => {
    expect(labelLanguages(trace, { ...account, lang: '' })).toEqual(['en', 'de', undefined])
  })
})

describe('a cancel control read in the site’s language', () => {
  it('is the way in to cancelling for the cancel path, as for cancel-entry-hidden', () => {
    expect(cancelPathOf(trace, cancelFlow).entry?.element.text).toBe('Mitgliedschaft kündigen')
    expect(runRule(entryRule, trace).outcome).toBe('pass')
  })
})
