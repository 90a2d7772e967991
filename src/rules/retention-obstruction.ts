import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { FlowTrace } from '../artifacts/site-trace.js'
import type { Finding } from '../report/model.js'
import { mentions } from '../text/match-topic.js'
import { findEntries } from '../text/phrase-pattern.js'
import { fieldAsks } from '../text/form-fields.js'
import { typedConfirmation } from '../text/typed-confirmation.js'
import { defineRule, failIfAny, type RuleContext } from './define-rule.js'
import {
  californiaArlSaveOffers,
  coloradoAutoRenewal,
  dsaInterfaceDesign,
  ftcNegativeOptionPolicy,
  minnesotaAutoRenewal,
  ucpdAggressiveBarriers,
  ukDmccSubscriptions,
} from './data/legal-references.js'
import { IDENTIFYING_FIELD_WORDS } from './data/identifying-fields.js'
import { type CancelPath, cancelPathOf, type PathClick, pressedOn } from './lib/cancel-path.js'
import { type ChoiceOption, choiceOptionOf, isConsentOption, pressableText } from './lib/choice-options.js'
import { controlKind, labelOf, radioGroup } from './lib/controls.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { sensitiveKind } from './lib/sensitive-fields.js'
import { isClickLike, pathOf, ranFlows, type SeenStep, seenSteps } from './lib/flows.js'
import { screenKey } from './lib/screens.js'
import { describeLook, type Look, lookOf, prominenceFacts, prominenceGap, type ProminenceGap } from './lib/prominence.js'
import { FAINT_CONTRAST } from './lib/visibility.js'
import { readingLanguage } from './lib/site-language.js'

/** More than this many offer or survey screens between asking to cancel and cancelling is a maze:
 * one save offer or one feedback form is what the save-offer provisions allow for. */
const MAX_RETENTION_SCREENS = 1
/** The way on counts as "equally prominent" (CA B&P §17602 as amended by AB 2863) only when it is not
 * a text link beside a button, at least half the offer button's area, at least 80% of its text size,
 * not faint, and not pushed below the fold. These are looser than `visual-interference`'s: equal
 * prominence is the legal yardstick here, not gross dominance. */
const MAX_AREA_RATIO = 2
const MIN_FONT_RATIO = 0.8

const TEXT_TYPES = new Set(['text', undefined])
/** A placeholder or value like "name@example.com" asks for an address, whatever the label says. */
const EMAIL_LIKE = /[\w.+-]+@[\w-]+\.[\w.]+/
// A search box asks nothing of a member who is leaving.
const SEARCH = /search|such|recherch|buscar|busca|zoek/i

const asksForData = (label: string | undefined): boolean => {
  const asks = fieldAsks(label)?.asks
  return asks !== undefined && asks !== 'message'
}

/** A question a survey asks: a group of radio buttons or one field, with what it is about. */
interface Question {
  element: SnapshotElement
  label: string
  kind: 'choice' | 'text' | 'menu'
  options: number
  required: boolean
}

/** The quoted name at the end of a region descriptor: a fieldset's legend ("Why are you leaving?"). */
const regionName = (region: string | undefined): string | undefined => /"([^"]+)"\s*$/.exec(region ?? '')?.[1]

/** Fields that ask for an opinion: radio groups, checkboxes, menus, free text. Not what identifies
 * or pays (name, e-mail, password, card, address), which another step of leaving may need. */
function questionsOn(snapshot: PageSnapshot): Question[] {
  const questions: Question[] = []
  const grouped = new Set<SnapshotElement>()
  for (const el of snapshot.elements) {
    if (!el.visible || el.disabled || grouped.has(el)) continue
    const kind = controlKind(el)
    if (kind === 'radio') {
      const group = [el, ...radioGroup(snapshot, el).filter((o) => o.visible)]
      group.forEach((o) => grouped.add(o))
      questions.push({
        element: el,
        label: regionName(el.region) ?? labelOf(el),
        kind: 'choice',
        options: group.length,
        required: group.some((o) => o.required),
      })
      continue
    }
    // A listbox's options (role=option) are the answers of one question, like a radio group.
    if (el.role === 'option') {
      const group = snapshot.elements.filter((o) => o.visible && o.role === 'option' && o.region === el.region)
      group.forEach((o) => grouped.add(o))
      questions.push({ element: el, label: regionName(el.region) ?? labelOf(el), kind: 'choice', options: group.length, required: false })
      continue
    }
    if (kind === 'checkbox') {
      questions.push({ element: el, label: labelOf(el), kind: 'choice', options: 1, required: Boolean(el.required) })
      continue
    }
    const label = el.labelText || el.name
    if (el.role === 'searchbox' || SEARCH.test(`${label} ${el.selector}`)) continue
    // Who is leaving and which contract: what a cancellation may ask (BGB § 312k(2)), not a survey.
    const named = `${label ?? ''} ${el.contextText ?? ''}`
    const identifying =
      sensitiveKind(el) !== undefined ||
      mentions(label, 'password') ||
      mentions(label, 'paymentDetails') ||
      findEntries(named.toLowerCase(), IDENTIFYING_FIELD_WORDS).length > 0 ||
      EMAIL_LIKE.test(`${label ?? ''} ${el.value ?? ''}`)
    if (identifying) continue
    // A phone number, a serial number or a date of birth is data asked of the member, not an opinion:
    // excessive-required-fields judges those.
    if (asksForData(label)) continue
    if (el.tag === 'select') questions.push({ element: el, label, kind: 'menu', options: 0, required: Boolean(el.required) })
    else if (el.tag === 'textarea' || (el.tag === 'input' && TEXT_TYPES.has(el.type))) {
      questions.push({ element: el, label, kind: 'text', options: 0, required: Boolean(el.required) })
    }
  }
  return questions
}

const describeQuestion = (q: Question): string =>
  `${quote(q.label, 60)} (${q.kind === 'choice' && q.options > 1 ? `${q.options} options` : q.kind === 'text' ? 'free text' : q.kind === 'menu' ? 'a menu' : 'a checkbox'}${q.required ? ', required' : ', optional'})`

/** The instruction to type a set phrase, from the field's own label, name or the line around it. */
function typedPhraseOf(el: SnapshotElement, lang: string): { phrase: string; instruction: string } | undefined {
  for (const text of [el.labelText, el.name, el.contextText]) {
    if (!text) continue
    const found = typedConfirmation(text, { lang: lang || undefined })
    if (found.match && found.phrase) return { phrase: found.phrase, instruction: found.evidence[0] ?? text }
  }
  return undefined
}

interface Screen {
  seen: SeenStep
  /** The survey's questions: every field but the one for a typed phrase. */
  questions: Question[]
  typed?: { question: Question; phrase: string; instruction: string }
  offers: ChoiceOption[]
  ways: ChoiceOption[]
}

const largest = (options: readonly ChoiceOption[], snapshot: PageSnapshot): { option: ChoiceOption; look: Look } | undefined =>
  options
    .map((option) => ({ option, look: lookOf(option.element, snapshot) }))
    .sort((a, b) => (b.look.shape === 'button' ? 1 : 0) - (a.look.shape === 'button' ? 1 : 0) || b.look.area - a.look.area)[0]

/** Why the way on is less prominent than the offer; empty when it is as prominent. */
function shortfalls(gap: ProminenceGap, weak: Look): string[] {
  return [
    gap.buttonOverText ? 'a text link beside a button' : '',
    gap.areaRatio >= MAX_AREA_RATIO ? `${gap.areaRatio}× smaller in area` : '',
    gap.fontRatio < MIN_FONT_RATIO ? `text ${Math.round(gap.fontRatio * 100)}% of the offer's size` : '',
    weak.contrastRatio !== null && weak.contrastRatio < FAINT_CONTRAST && (gap.strongContrast ?? 0) >= FAINT_CONTRAST
      ? `faint (${weak.contrastRatio}:1, below ${FAINT_CONTRAST}:1)`
      : '',
    gap.weakBelowFold ? 'below the fold while the offer is above it' : '',
  ].filter(Boolean)
}

/** The choice options of a page, each read in the page's language and, failing that, in the
 * language its own words are in (a French button on a page whose product blurbs are English). */
const optionsOn = (snapshot: PageSnapshot, lang: string): ChoiceOption[] =>
  snapshot.elements.flatMap((el) => {
    const option = el.visible ? (choiceOptionOf(el, lang) ?? choiceOptionOf(el, undefined)) : undefined
    return option ? [option] : []
  })

/** The control the flow pressed to leave a screen on its way to cancelling ("Continue", "Next"),
 * when it is not one of the screen's offers: whatever its wording, it was the way on. */
function pressedToGoOn(flow: FlowTrace, group: readonly SeenStep[], options: readonly ChoiceOption[]): ChoiceOption[] {
  const shown = new Set(group.map((s) => s.step.index))
  const leaving = flow.steps.filter((step) => isClickLike(step) && step.status === 'ok' && shown.has(step.index - 1)).at(-1)
  const before = leaving && group.find((s) => s.step.index === leaving.index - 1)
  const element = before && leaving ? pressedOn(before.snapshot, leaving) : undefined
  if (!element || options.some((o) => o.element.selector === element.selector && o.side === 'costly')) return []
  const text = pressableText(element)
  return text ? [{ element, text, kind: 'decline', side: 'saving', wording: [] }] : []
}

/** A link to a cancellation address (/cancel, /kuendigen) says where the member is: on the way out. */
const isCancellationAddress = (url: string): boolean => mentions(pathOf(url).replace(/[/_-]/g, ' '), 'cancel')

/** The screens of `steps`, each once, at its first showing, with every step that showed it. */
function screensOf(steps: readonly SeenStep[]): { seen: SeenStep; group: SeenStep[] }[] {
  const byKey = new Map<string, { seen: SeenStep; group: SeenStep[] }>()
  for (const s of steps) {
    const key = screenKey(s.snapshot)
    const known = byKey.get(key)
    if (known) known.group.push(s)
    else byKey.set(key, { seen: s, group: [s] })
  }
  return [...byKey.values()]
}

/** The fields of a screen that held the way on back: a button shown disabled on the screen became
 * usable only after the member answered them (a survey that must be filled in, whatever the markup's
 * `required` says). */
function answersHeldBack(group: readonly SeenStep[]): Set<string> {
  const first = group[0]
  if (!first) return new Set()
  const disabled = new Set(first.snapshot.elements.filter((el) => el.visible && el.disabled && pressableText(el)).map((el) => el.selector))
  const answered = new Set<string>()
  const held = new Set<string>()
  for (const s of group) {
    if (s.step.target && ['fill', 'click', 'check', 'select'].includes(s.step.kind)) answered.add(s.step.target.selector)
    const released = s.snapshot.elements.some((el) => disabled.has(el.selector) && el.visible && !el.disabled)
    if (released && answered.size > 0) {
      answered.forEach((sel) => held.add(sel))
      break
    }
  }
  return held
}

const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

function checkPath(path: CancelPath, ctx: RuleContext): Finding[] {
  const findings: Finding[] = []
  const flow = path.flow
  // A flow that failed before pressing any cancel control shows nothing of the way out.
  if (!path.entry && flow.status === 'failed') return findings
  const steps = path.entry ? path.between : seenSteps(flow).filter((s) => !path.start || s.step.index >= path.start.step.index)
  // The page the entry was pressed on counts when it is itself a page for cancelling (/cancel…): an
  // offer there is already a save offer.
  const onTheWayOut = path.entry && isCancellationAddress(path.entry.on.snapshot.url) ? [path.entry.on] : []
  const screens: Screen[] = screensOf([...onTheWayOut, ...steps]).map(({ seen, group }) => {
    // A consent banner's "Accept all" is not a save offer, nor its "Reject all" a way on.
    const lang = readingLanguage(seen.snapshot) ?? seen.snapshot.lang
    const options = optionsOn(seen.snapshot, lang).filter((o) => !isConsentOption(o, lang))
    const heldBack = answersHeldBack(group)
    const fields = questionsOn(seen.snapshot).map((q) => (heldBack.has(q.element.selector) ? { ...q, required: true } : q))
    const typed = fields
      .filter((q) => q.kind === 'text')
      .flatMap((question) => {
        const found = typedPhraseOf(question.element, seen.snapshot.lang)
        return found ? [{ question, ...found }] : []
      })[0]
    return {
      seen,
      questions: fields.filter((q) => q !== typed?.question),
      typed,
      offers: options.filter((o) => o.kind === 'keep'),
      ways: [...options.filter((o) => o.side === 'saving'), ...pressedToGoOn(flow, group, options)],
    }
  })

  for (const screen of screens) {
    const { seen } = screen
    // (a) A typed phrase: the member has to type what the site dictates before the cancel goes through.
    const { typed } = screen
    if (typed) {
      const label = typed.question.label
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: seen.step.index,
          message: `On the way to cancelling, ${where(seen)} asks the member to type ${quote(typed.phrase)} into ${quote(label, 60)}${label.includes(typed.instruction) ? '' : ` (${quote(typed.instruction, 60)})`} before the cancellation can go on.`,
          evidence: evidenceAt(seen, typed.question.element, label, { phrase: typed.phrase, required: typed.question.required }),
        }),
      )
    }
    // (b) A survey that must be answered.
    const required = screen.questions.filter((q) => q.required)
    if (required.length > 0) {
      const first = required[0] as Question
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: seen.step.index,
          message: `On the way to cancelling, ${where(seen)} requires ${required.length === 1 ? 'an answer' : `${required.length} answers`} before the cancellation can go on: ${required.map(describeQuestion).join(', ')}.`,
          evidence: evidenceAt(seen, first.element, first.label, {
            requiredQuestions: required.length,
            questions: required.map((q) => q.label).join(' | '),
            optionalQuestions: screen.questions.length - required.length,
          }),
        }),
      )
    }
    // (c) A save offer whose way on is not as prominent as the offer.
    const offer = largest(screen.offers, seen.snapshot)
    if (!offer) continue
    const way = largest(screen.ways, seen.snapshot)
    if (!way) {
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: seen.step.index,
          message: `The save offer ${quote(offer.option.text)} on ${where(seen)} shows no control to go on cancelling beside it.`,
          evidence: evidenceAt(seen, offer.option.element, offer.option.text, { offer: offer.option.text, offerLook: describeLook(offer.look) }),
        }),
      )
      continue
    }
    const gap = prominenceGap(offer.look, way.look)
    const short = shortfalls(gap, way.look)
    if (short.length === 0) continue
    findings.push(
      ctx.finding({
        flow: flow.name,
        step: seen.step.index,
        message: `The save offer on ${where(seen)} is ${quote(offer.option.text)}, ${describeLook(offer.look)}; the way on, ${quote(way.option.text)}, is ${describeLook(way.look)}: ${short.join(', ')}.`,
        evidence: evidenceAt(seen, way.option.element, way.option.text, {
          offer: offer.option.text,
          offerSelector: offer.option.element.selector,
          wayOn: way.option.text,
          ...prominenceFacts(offer.look, way.look, gap, ['offer', 'wayOn']),
        }),
      }),
    )
  }

  // (d) Screen after screen: surveys and offers between asking to cancel and cancelling.
  const retention = screens.filter((s) => s.questions.length > 0 || s.offers.length > 0)
  if (retention.length > MAX_RETENTION_SCREENS) {
    const first = retention[0] as Screen
    const pressing = (click: PathClick): string => `pressing ${quote(click.element.name || click.element.text, 50)} on ${where(click.on)}`
    const span = !path.entry
      ? `In the ${flow.name} flow`
      : path.final && path.final !== path.entry
        ? `Between ${pressing(path.entry)} and ${pressing(path.final).replace(/^pressing /, '')}`
        : `After ${pressing(path.entry)}`
    const list = retention.map((s) => {
      const what = [
        s.questions.length ? `survey: ${s.questions.length} question${s.questions.length === 1 ? '' : 's'}, ${s.questions.filter((q) => q.required).length} required` : '',
        s.offers.length ? `offer: ${quote((largest(s.offers, s.seen.snapshot)?.option.text ?? ''), 50)}` : '',
      ].filter(Boolean)
      return `${pathOf(s.seen.snapshot.url)} (${what.join('; ')})`
    })
    findings.push(
      ctx.finding({
        flow: flow.name,
        step: first.seen.step.index,
        message: `${span}, the ${flow.name} flow went through ${retention.length} retention screens (more than ${MAX_RETENTION_SCREENS}): ${list.join(', ')}.`,
        evidence: evidenceOfPage(first.seen, {
          retentionScreens: retention.length,
          maxRetentionScreens: MAX_RETENTION_SCREENS,
          screens: retention.map((s) => pathOf(s.seen.snapshot.url)).join(' → '),
          surveyScreens: retention.filter((s) => s.questions.length > 0).length,
          offerScreens: retention.filter((s) => s.offers.length > 0).length,
        }),
      }),
    )
  }
  return findings
}

export default defineRule({
  meta: {
    id: 'retention-obstruction',
    title: 'Surveys and save offers stand in the way of cancelling',
    category: 'obstruction',
    severity: 'serious',
    severityByJurisdiction: { 'us-ca': 'critical', 'us-mn': 'critical' },
    requires: [{ flows: ['cancel'], needs: 'every-page' }],
    references: [
      californiaArlSaveOffers,
      minnesotaAutoRenewal,
      coloradoAutoRenewal,
      ftcNegativeOptionPolicy,
      ucpdAggressiveBarriers,
      dsaInterfaceDesign,
      ukDmccSubscriptions,
    ],
    help: 'A required "why are you leaving" survey, a phrase to type, offer after offer, or an offer whose way on is a small grey link all make cancelling a test of persistence. Save offers are allowed in several jurisdictions only when a way to go on cancelling is shown at the same time and as prominently.',
    fix: 'Ask at most one optional question or show at most one offer, with a "Continue to cancel" button as prominent as the offer.',
    decides: {
      how: [
        'Follows the cancel flow from the first control that asks to cancel to the last one, screen by screen: a single-page app\'s steps at one address are told apart by their headings and buttons. The page the first cancel control was pressed on counts too when its address is a cancellation page (/cancel…).',
        'On each screen it looks for a phrase the member must type.',
        'It looks for survey questions that must be answered: radio groups, listbox options, menus, free text and boxes marked required, or whose answer released a button the screen showed disabled (a validator in script); fields that identify the member or the contract (name, e-mail, customer or contract number, password, payment) are not questions.',
        'It looks for a save offer (pause, discount, keep) whose way on is less prominent: a text link beside a button, under half its area, under 80% of its text size, faint, or below the fold, where the way on is a declining control or the control the flow pressed to leave the screen ("Continue", "Next").',
        'It looks for more than one screen with a survey or an offer between asking to cancel and cancelling.',
      ],
      flagged: 'A cancellation at one address whose first screen keeps "Next" disabled until "What could we do better?" is filled in, followed by a screen offering "Pause for 3 months".',
      notFlagged: 'A "Which contract?" screen whose "Next" waits for the customer number, then the confirmation.',
    },
  },
  check(site, ctx) {
    return failIfAny(ranFlows(site).flatMap((flow) => checkPath(cancelPathOf(site, flow), ctx)))
  },
})
