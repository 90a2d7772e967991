import type { PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { mentionOf } from '../text/match-topic.js'
import { choiceNegations, consentTopicOf, trickQuestion } from '../text/trick-question.js'
import { defineRule, pass, type RuleContext } from './define-rule.js'
import { ccpaConsent, gdprConsentDefinition, planet49, ucpdMisleadingPractices } from './data/legal-references.js'
import { controlKind, labelOf, NOUN, TICKED } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { type Appearance, firstAppearances, pathOf, ranFlows } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { readingLanguage } from './lib/site-language.js'

/** Boxes that hold a yes or no; a radio button is one answer among several, not a consent box. */
const isConsentBox = (el: SnapshotElement): boolean => el.visible && (controlKind(el) === 'checkbox' || controlKind(el) === 'switch')

/** What the box is about, when it is about messages or data: the words that say so. */
const consentSubject = (label: string, lang?: string): string | undefined =>
  mentionOf(label, 'marketing') ?? mentionOf(label, 'partners') ?? mentionOf(label, 'dataSharing') ?? consentTopicOf(label, { lang })

/** "No, …" opening a label is an answer, not a negation stacked on the rest. */
const withoutLeadingNo = (label: string): string => label.replace(/^\s*(no|nein|non|nee|nei)\b[\s,.!:–-]*/iu, '')

/** The negations stacked in the statement a box or a group caption makes: two or more distinct ones
 * ("I no longer wish to unsubscribe", "Ich möchte keine Versicherungen doch nicht abschließen")
 * make a double negative. */
const stackedNegations = (label: string, lang: string | undefined): string[] => choiceNegations(withoutLeadingNo(label), { lang })

type Polarity = 'agree' | 'refuse'

/** Whether ticking the box says yes or no to what it is about: a label that opens by declining
 * ("I don't want…") or asks for a tick to refuse ("Tick if you do not want…") is a refusal; any other
 * box about messages or data is the usual opt-in. */
function polarityOf(label: string, lang: string | undefined): Polarity {
  const reading = trickQuestion(label, { lang })
  if (reading.match && (reading.score ?? 0) < 0.8) return 'refuse'
  if (mentionOf(label.slice(0, 40), 'decline')) return 'refuse'
  // One negation before the thing chosen ("Je ne souhaite pas recevoir la newsletter") refuses it;
  // two cancel out.
  if (stackedNegations(label, lang).length === 1) return 'refuse'
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
    decides: {
      how: [
        'Reads every visible checkbox and switch, once per page, in the language of the page\'s words (a template\'s `lang="en"` over French text does not decide).',
        'It flags a label with three or more negations in one sentence about a box and about consent, or two with a box action ("Untick if you would prefer not to not receive…").',
        'It flags a label that negates a refusal: two different negation words, or a negation and a withdrawing verb ("unsubscribe", "abmelden", "se désabonner"), before the thing chosen ("I no longer wish to unsubscribe from the digest"), where a leading "No," and the same word repeated ("keine Werbung und keine Newsletter") do not count twice.',
        'It flags two neighbouring boxes in one region, both about messages or data, where a tick means yes in one and no in the other ("Je ne souhaite pas recevoir la newsletter" beside "J\'accepte de partager mes données").',
        'It flags the caption right above a group of boxes (same region, at most 80 px above the first) that stacks two negations, so that what switching a box on does has to be worked out.',
        'A lone box ticked to refuse is an ordinary opt-out and goes to review.',
      ],
      flagged: 'Paid extras under the caption "Ich will keine Zusatzleistungen nicht dazubuchen", or "Je ne veux pas recevoir nos bons plans" between two boxes that are ticked to agree.',
      notFlagged: 'A lone box "No thanks, I don\'t want the newsletter", or "Ich möchte keine Werbung und keine Newsletter erhalten".',
    },
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
      const lang = readingLanguage(snapshot)
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
      const stacked = stackedNegations(label, lang)
      if (stacked.length >= 2) {
        reported.add(el)
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: step.index,
            message: `The ${NOUN[controlKind(el) ?? 'checkbox']} ${quote(label)} ${where} negates a refusal (${stacked.map((p) => quote(p)).join(', ')}): ticking it says yes by saying no twice; it was ${stateOf(el)}.`,
            evidence: evidenceAt(seen, el, label, { negations: stacked.join(' | '), checked: el.checked ?? false }),
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
    findings.push(...captionFindings(ctx, boxes))
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
  const subject = consentSubject(label, lang)
  if (!subject || !consentSubject(other, lang)) return undefined
  const own = polarityOf(label, lang)
  const theirs = polarityOf(other, lang)
  if (own === theirs) return undefined
  return { neighbour, own, subject }
}

/** How far above the first box of a group its caption may end, px: one line of space. */
const CAPTION_GAP_PX = 80

/** The text right above a group of boxes, in the same region, that says what ticking them does
 * ("Choose what to add", "Ich möchte keine Versicherungen doch nicht abschließen"). */
function captionOf(snapshot: PageSnapshot, group: readonly SnapshotElement[]): TextBlock | undefined {
  const [first] = group
  if (!first) return undefined
  const labels = new Set(group.map((el) => labelOf(el).trim()))
  const above = snapshot.texts.filter(
    (t) =>
      t.visible &&
      t.region === first.region &&
      !labels.has(t.text.trim()) &&
      t.box.y + t.box.height <= first.box.y + 2 &&
      first.box.y - (t.box.y + t.box.height) <= CAPTION_GAP_PX,
  )
  return above.sort((a, b) => b.box.y + b.box.height - (a.box.y + a.box.height))[0]
}

/** Groups of boxes whose caption is a double negative: the boxes under it then mean the opposite of
 * what their own labels say ("Express delivery (9.99 €)" switched on under "I don't want no extras"
 * removes the charge). Each caption is reported once, at the page where its boxes first showed. */
function captionFindings(ctx: RuleContext, boxes: readonly Appearance[]): Finding[] {
  const byPage = new Map<string, Appearance[]>()
  for (const seen of boxes) {
    const key = `${seen.flow.name}#${seen.step.index}|${seen.element.region ?? ''}`
    byPage.set(key, [...(byPage.get(key) ?? []), seen])
  }
  const reported = new Set<string>()
  const findings: Finding[] = []
  for (const group of byPage.values()) {
    const [seen] = group
    if (!seen) continue
    const caption = captionOf(seen.snapshot, group.map((g) => g.element))
    if (!caption || reported.has(caption.text)) continue
    const stacked = stackedNegations(caption.text, readingLanguage(seen.snapshot))
    if (stacked.length < 2) continue
    reported.add(caption.text)
    const labels = group.map((g) => quote(labelOf(g.element), 40)).join(', ')
    findings.push(
      ctx.finding({
        flow: seen.flow.name,
        step: seen.step.index,
        message: `The caption ${quote(caption.text)} over ${group.length === 1 ? 'the box' : `${group.length} boxes`} ${labels} on ${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}) stacks negations (${stacked.map((p) => quote(p)).join(', ')}), so what turning a box on does has to be worked out.`,
        evidence: evidenceAt(seen, caption, caption.text, { negations: stacked.join(' | '), boxes: group.length }),
      }),
    )
  }
  return findings
}
