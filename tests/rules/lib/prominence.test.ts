import { describe, expect, it } from 'vitest'
import { shapeOf, styleOf } from '../../../src/rules/lib/prominence.js'
import { readingLanguage } from '../../../src/rules/lib/site-language.js'
import { isShown } from '../../../src/rules/lib/visibility.js'
import { element, look, snapshot, text } from '../../helpers/build-trace.js'

const control = (height: number, overrides: Parameters<typeof look>[0] = {}) =>
  element({ tag: 'button', box: { x: 0, y: 0, width: 120, height }, look: look({ fontSizePx: 16, ...overrides }) })

describe('how a control is drawn', () => {
  it('a fill well apart from what is behind it is solid, a pale one a grey tint, a border alone an outline', () => {
    expect(styleOf(control(40, { fill: 'rgb(3, 124, 143)', fillContrast: 4.9 }))).toBe('solid')
    expect(styleOf(control(40, { fill: 'gradient' }))).toBe('solid')
    expect(styleOf(control(40, { fill: 'rgb(240, 241, 242)', fillContrast: 1.13, borderPx: 1 }))).toBe('tinted')
    expect(styleOf(control(40, { borderPx: 1 }))).toBe('outlined')
    expect(styleOf(control(20))).toBe('plain')
  })

  it('a filled or bordered box is a button even when it hugs its text; bare text is a link unless padded', () => {
    expect(shapeOf(control(22, { borderPx: 1 }))).toBe('button')
    expect(shapeOf(control(20))).toBe('text')
    expect(shapeOf(control(36))).toBe('button')
  })

  it('a control faded out to nothing is not shown, though the browser lays it out', () => {
    expect(isShown(control(40, { opacity: 0 }))).toBe(false)
    expect(isShown(control(40))).toBe(true)
  })
})

describe('the language a page is read in', () => {
  it('is what its words read as when they say so clearly, whatever the lang attribute', () => {
    const french = snapshot({
      lang: 'en',
      texts: [
        text('Vous pouvez vous désabonner à tout moment dans la section de votre compte, sans frais et sans engagement.'),
        text('Nous vous remercions de votre fidélité et espérons vous revoir bientôt parmi nos abonnés.'),
        text('Les nouvelles offres de la semaine sont réservées aux membres qui ont choisi la formule annuelle.'),
      ],
    })
    expect(readingLanguage(french)).toBe('fr')
    // Two words say too little to overrule the attribute.
    expect(readingLanguage(snapshot({ lang: 'de', texts: [text('Jetzt kaufen')] }))).toBe('de')
  })
})
