import { describe, expect, it } from 'vitest'
import type { SiteTrace } from '../../src/artifacts/site-trace.js'
import { judgeTrace, jurisdictionProfile } from '../../src/audit/judge-trace.js'
import { inferJurisdictions } from '../../src/discover/infer-jurisdictions.js'
import nagging from '../../src/rules/nagging.js'
import { flow, goto, heading, link, site, snapshot, text } from '../helpers/build-trace.js'

const US_ALL = ['us', 'us-ca', 'us-ny', 'us-co', 'us-mn', 'us-ma']

/** A scanned site at `origin` whose pages show `texts` (and declare `lang`). */
function scanned(origin: string, pages: Array<{ texts: string[]; lang?: string; tel?: string }>): SiteTrace {
  const steps = pages.map((p, i) =>
    goto(
      snapshot({
        url: `${origin}/page-${i}`,
        lang: p.lang ?? 'en',
        texts: p.texts.map((t, j) => (j === 0 ? heading(t) : text(t))),
        elements: p.tel ? [link({ text: 'Call us', href: `tel:${p.tel}` })] : [],
      }),
    ),
  )
  return { ...site([flow('home', steps)]), baseUrl: `${origin}/`, mode: 'scan' }
}

describe('inferJurisdictions', () => {
  it('reads a German shop from its domain, its euros and its German text', () => {
    const trace = scanned('https://www.kiosk-plus.de', [
      { lang: 'de', texts: ['Über 300 Magazine für Sie', 'Kiosk Plus Digital: 9,99 € im Monat, monatlich kündbar. Jetzt lesen und sparen, die erste Ausgabe ist gratis.'] },
    ])
    expect(inferJurisdictions(trace)).toEqual({ tags: ['eu', 'de'], because: ['.de domain', 'prices in EUR', 'German text'] })
  })

  it('reads the language of the text, not only the lang attribute', () => {
    const trace = scanned('https://magazine.example', [
      { lang: 'en', texts: ['Unsere Tarife', 'Wählen Sie den Tarif, der zu Ihnen passt, und kündigen Sie jederzeit mit einem Klick in Ihrem Konto.'] },
    ])
    expect(inferJurisdictions(trace)).toEqual({ tags: ['de'], because: ['German text'] })
    const marked = scanned('https://magazine.example', [{ lang: 'fr', texts: ['Offres'] }])
    expect(inferJurisdictions(marked)).toEqual({ tags: ['eu'], because: ['pages marked as French (lang="fr")'] })
  })

  it('takes a site selling in dollars in the US to sell in every state', () => {
    const trace = scanned('https://stream.example.com', [{ texts: ['Choose your plan', 'Basic $8.99/month. Premium $15.99/month.'] }])
    expect(inferJurisdictions(trace)).toEqual({ tags: US_ALL, because: ['prices in USD'] })
  })

  it('reads postal addresses and international phone numbers', () => {
    const us = scanned('https://shop.example', [{ texts: ['Contact', 'Acme Inc., 500 Market Street, San Francisco, CA 94105'] }])
    expect(inferJurisdictions(us)).toEqual({ tags: US_ALL, because: ['a US postal address'] })
    const uk = scanned('https://shop.example', [{ texts: ['Contact', 'Acme Ltd, 1 Long Lane, London, EC1A 9HF'], tel: '+44 20 7946 0000' }])
    expect(inferJurisdictions(uk)).toEqual({ tags: ['uk'], because: ['a UK postal address', 'phone numbers +44'] })
    const de = scanned('https://shop.example', [{ texts: ['Impressum', 'Acme GmbH, Torstraße 12, 10119 Berlin, Deutschland. Telefon +49 30 1234567'] }])
    expect(inferJurisdictions(de)).toEqual({ tags: ['de'], because: ['German text', 'a postal address in Germany', 'phone numbers +49'] })
    const fr = scanned('https://shop.example', [{ texts: ['Contact', 'Appelez le +33 1 23 45 67 89'] }])
    expect(inferJurisdictions(fr)?.tags).toEqual(['eu'])
  })

  it('keeps every market a site shows, and leaves out a stray price in another currency', () => {
    const both = scanned('https://shop.example', [{ texts: ['Plans', 'Basic $9.99/month', 'Basic 9,99 €/Monat'] }])
    expect(inferJurisdictions(both)?.tags).toEqual([...US_ALL, 'eu'])
    const stray = scanned('https://shop.example', [{ texts: ['Plans', 'Basic $9.99/month', 'Plus $14.99/month', 'Pro $19.99/month', 'Team $29.99/month', 'Business $49.99/month', 'Travel to Paris from €99'] }])
    expect(inferJurisdictions(stray)).toEqual({ tags: US_ALL, because: ['prices in USD'] })
  })

  it('says nothing when the pages give nothing away', () => {
    expect(inferJurisdictions(scanned('https://shop.example', [{ texts: ['Welcome', 'We make things you will like.'] }]))).toBeUndefined()
    expect(inferJurisdictions(scanned('http://127.0.0.1:4173', [{ texts: ['Welcome'] }]))).toBeUndefined()
  })

  it('decides the law a scanned site is judged under, and the site report says why', () => {
    const trace = scanned('https://stream.example.com', [{ texts: ['Choose your plan', 'Basic $8.99/month. Premium $15.99/month.'] }])
    const inferred = inferJurisdictions(trace)
    const report = judgeTrace({ ...trace, ...(inferred ? { jurisdictionsInferred: inferred } : {}) }, [nagging], jurisdictionProfile({ auditDate: '2026-12-01' }))
    expect(report.jurisdictionsInferred).toEqual({ tags: US_ALL, because: ['prices in USD'] })
    expect(report.jurisdictions).toEqual(US_ALL)
    // Nagging rests on EU law alone.
    expect(report.results[0]).toMatchObject({ outcome: 'not-applicable', reason: `no provision in force in ${US_ALL.join(', ')}` })
  })
})
