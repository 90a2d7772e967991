import { describe, expect, it } from 'vitest'
import { detectLanguage, languagesFor, LANGUAGES } from '../../src/text/detect-language.js'

describe('detectLanguage', () => {
  it.each([
    ['No thanks, I would rather not', 'en'],
    ['Nein danke, ich verzichte', 'de'],
    ["Non merci, je préfère l'offre standard", 'fr'],
    ['No gracias, prefiero pagar', 'es'],
    ['Nee bedankt, ik wil liever niet', 'nl'],
    ['Größe wählen', 'de'],
  ])('%s is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  it.each(['FLASH DEAL -40%', '03:12:09', '', 'No'])('gives no answer for %j', (text) => {
    expect(detectLanguage(text)).toBeUndefined()
  })
})

describe('languagesFor', () => {
  it('takes the primary subtag of a given language', () => {
    expect(languagesFor('whatever', 'de-CH')).toEqual(['de'])
  })

  it('falls back to the text when the given language has no word lists', () => {
    expect(languagesFor('Nein danke, ich verzichte', 'it')).toEqual(['de'])
  })

  it('uses every language when the text gives nothing away', () => {
    expect(languagesFor('SALE')).toEqual([...LANGUAGES])
  })
})
