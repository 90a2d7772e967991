import { describe, expect, it } from 'vitest'
import { crossValidateByHost, type Detector } from '../../src/text/cross-validate.js'
import type { LabelledText } from '../../src/text/labelled-texts.js'
import { findEntries } from '../../src/text/phrase-pattern.js'

const WORDS = ['hurry', 'last chance', 'only at acme']
const detector: Detector = { name: 'toy', targets: ['Urgency'], detect: (text) => ({ match: findEntries(text, WORDS).length > 0, evidence: [] }) }

const row = (host: string, patternType: string, text: string): LabelledText => ({ host, label: patternType === 'Not Dark Pattern' ? '0' : '1', patternType, text }) as unknown as LabelledText

const rows = [
  row('a.com', 'Urgency', 'Hurry, sale ends'),
  row('b.com', 'Urgency', 'Hurry up!'),
  row('c.com', 'Urgency', 'Last chance to save'),
  row('d.com', 'Urgency', 'Only at Acme this week'),
  row('e.com', 'Not Dark Pattern', 'Shoes'),
  row('e.com', 'Not Dark Pattern', 'Last chance? Read our blog'),
]

describe('crossValidateByHost', () => {
  const cv = crossValidateByHost(rows, detector, WORDS)

  it('leaves out, for each host, the entries that occur at that host alone', () => {
    // "hurry" is at two hosts; "last chance" also at e.com; "only at acme" only at d.com.
    expect(cv.hostSpecific).toEqual([{ entry: 'only at acme', host: 'd.com' }])
  })

  it('scores that host without them, and the others as they are', () => {
    expect(cv.confusion).toMatchObject({ truePositives: 3, falseNegatives: 1, falsePositives: 1 })
    // and the lists are whole again afterwards
    expect(findEntries('Only at Acme', WORDS)).toEqual(['Only at Acme'])
  })
})
