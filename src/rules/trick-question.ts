import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { mentionOf } from '../text/match-topic.js'
import { trickQuestion } from '../text/trick-question.js'
import { defineRule, pass } from './define-rule.js'
import { ccpaConsent, gdprConsentDefinition, planet49, ucpdMisleadingPractices } from './data/legal-references.js'
import { controlKind, labelOf, NOUN, TICKED } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { type Appearance, firstAppearances, pathOf, ranFlows } from './lib/flows.js'
import { conclude } from './lib/outcome.js'

/** Boxes that hold a yes or no; a radio button is one answer among several, not a consent box. */
const isConsentBox = (el: SnapshotElement): boolean => el.visible && (controlKind(el) === 'checkbox' || controlKind(el) === 'switch')

/** What the box is about, when it is about messages or data: the words that say so. */
const consentSubject = (label: string): string | undefined =>
  mentionOf(label, 'marketing') ?? mentionOf(label, 'partners') ?? mentionOf(label, 'dataSharing')

type Polarity = 'agree' | 'refuse'

/** Whether ticking the box says yes or no to what it is about: a label that opens by declining
 * ("I don't want…") or asks for a tick to refuse ("Tick if you do not want…") is a refusal; any other
 * box about messages or data is the usual opt-in. */
function polarityOf(label: string, lang: string | undefined): Polarity {
  const reading = trickQuestion(label, { lang })
  if (reading.match && (reading.score ?? 0) < 0.8) return 'refuse'
  if (mentionOf(label.slice(0, 40), 'decline')) return 'refuse'
  return 'agree'
}

/** The consent box listed right before `el` on the same page and in the same region, if any. */
function previousBox(snapshot: PageSnapshot, el: SnapshotElement): SnapshotElement | undefined {
  const boxes = snapshot.elements.filter(isConsentBox)
  const at = boxes.indexOf(el)
  const before = at > 0 ? boxes[at - 1] : undefined
  return before && before.region === el.region ? before : undefined
}

/** Each negation phrase with how often the label says it, longest phrases counted first so that
 * "do not" is not counted again as "not". */
function countNegations(label: string, phrases: readonly string[]): { phrase: string; times: number }[] {
  let rest = label.toLowerCase().replace(/\u2019/g, "'")
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const pattern = new RegExp(`(?<![\\p{L}])${phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
      const times = rest.match(pattern)?.length ?? 0
      rest = rest.replace(pattern, ' ')
      return { phrase, times }
    })
}

const timesText = (counted: readonly { phrase: string; times: number }[], show: (phrase: string) => string): string =>
  counted.map(({ phrase, times }) => (times > 1 ? `${show(phrase)} ×${times}` : show(phrase))).join(', ')

const stateOf = (el: SnapshotElement): string => (el.checked ? TICKED.checkbox : 'not ticked')

export default defineRule({
  meta: {
    id: 'trick-question',
    title: 'A consent box is worded so that it reads the wrong way round',
    category: 'interface-interference',
    severity: 'moderate',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    references: [gdprConsentDefinition, planet49, ucpdMisleadingPractices, ccpaConsent],
    help: 'A box labelled "Untick if you would prefer not to not receive offers", or one that means yes while the box beside it means no, leads people to tick the opposite of what they want. Consent given through wording built to confuse is neither informed nor unambiguous.',
    fix: 'Word every consent box as a plain opt-in ("Send me offers by e-mail") that is ticked to agree, with no negations.',
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const boxes = firstAppearances(ranFlows(site), isConsentBox)
    if (boxes.length === 0) return pass('no checkbox or switch on any page seen')
    const reviews: Finding[] = []
    const reported = new Set<SnapshotElement>()
    for (const seen of boxes) {
      const { element: el, snapshot, flow, step } = seen
      const label = labelOf(el)
      const lang = snapshot.lang || undefined
      const reading = trickQuestion(label, { lang })
      const where = `on ${pathOf(snapshot.url)} (${flow.name} flow, step ${step.index})`
      if (reading.match && (reading.score ?? 0) >= 0.8) {
        reported.add(el)
        const counted = countNegations(label, reading.evidence)
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: step.index,
            message: `The ${NOUN[controlKind(el) ?? 'checkbox']} ${quote(label)} ${where} stacks negations (${timesText(counted, (p) => quote(p))}), so whether ticking it agrees or refuses has to be worked out; it was ${stateOf(el)}.`,
            evidence: evidenceAt(seen, el, label, {
              negations: timesText(counted, (p) => p).replaceAll(', ', ' | '),
              score: Math.round((reading.score ?? 0) * 100) / 100,
              checked: el.checked ?? false,
            }),
          }),
        )
        continue
      }
      const flip = flippedNeighbour(seen, lang)
      if (flip && !reported.has(el)) {
        reported.add(el)
        const neighbourLabel = labelOf(flip.neighbour)
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: step.index,
            message: `The ${NOUN[controlKind(el) ?? 'checkbox']} ${quote(label)} ${where} is ticked to ${flip.own === 'refuse' ? 'refuse' : 'agree'}, while the box right before it, ${quote(neighbourLabel)}, is ticked to ${flip.own === 'refuse' ? 'agree' : 'refuse'}: the meaning of a tick flips between two boxes about ${quote(flip.subject, 40)}; they were ${stateOf(flip.neighbour)} and ${stateOf(el)}.`,
            evidence: evidenceAt(seen, el, label, {
              polarity: flip.own,
              neighbourLabel,
              neighbourSelector: flip.neighbour.selector,
              neighbourChecked: flip.neighbour.checked ?? false,
              checked: el.checked ?? false,
              subject: flip.subject,
            }),
          }),
        )
        continue
      }
      // A lone box ticked to refuse is an opt-out box: reversed, but read the way it is written.
      if (reading.match) {
        reviews.push(
          ctx.finding({
            flow: flow.name,
            step: step.index,
            message: `The ${NOUN[controlKind(el) ?? 'checkbox']} ${quote(label)} ${where} is ticked to refuse (${reading.evidence.map((e) => quote(e)).join(', ')}); it was ${stateOf(el)}.`,
            evidence: evidenceAt(seen, el, label, { reversal: reading.evidence.join(' | '), checked: el.checked ?? false }),
          }),
        )
      }
    }
    return conclude({
      findings,
      reviews,
      reviewReason: reviews.length ? 'a box is ticked to refuse rather than to agree: an opt-out box, reversed only if the user reads it as an opt-in' : undefined,
    })
  },
})

/** The box right before `seen`'s, when both are about messages or data and a tick means yes in one
 * and no in the other. Each page is read once, at the element's first appearance. */
function flippedNeighbour(seen: Appearance, lang: string | undefined): { neighbour: SnapshotElement; own: Polarity; subject: string } | undefined {
  const { element: el, snapshot } = seen
  const neighbour = previousBox(snapshot, el)
  if (!neighbour) return undefined
  const label = labelOf(el)
  const other = labelOf(neighbour)
  const subject = consentSubject(label)
  if (!subject || !consentSubject(other)) return undefined
  const own = polarityOf(label, lang)
  const theirs = polarityOf(other, lang)
  if (own === theirs) return undefined
  return { neighbour, own, subject }
}
