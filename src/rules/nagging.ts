import type { FlowTrace } from '../artifacts/site-trace.js'
import type { Box, PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { normalizeText } from '../text/match-topic.js'
import { dismissesPrompt } from '../text/prompt-dismissal.js'
import { defineRule, pass } from './define-rule.js'
import { dsaInterfaceDesign, gdprConditionsForConsent, ucpdAggressivePractices } from './data/legal-references.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import { isPageChrome } from './lib/final-page.js'
import { chainsOf, isClickLike, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { choiceOptionOf, choiceOptions, isConsentOption, pressableText } from './lib/choice-options.js'
import { screenKey } from './lib/screens.js'
import { pageLabelLanguages } from './lib/site-language.js'

/** Texts this alike (shared words over all words) are the same prompt: a countdown or a name filled
 * in differs, the offer does not. */
const SAME_PROMPT = 0.8

/** A dialog, alert or fixed banner on a page: what it says and the block to outline. */
interface Prompt {
  text: string
  block: TextBlock
  /** The box that holds the whole prompt, for finding the control inside it. */
  box: Box
  region?: string
  /** For an overlay told by what its dismissal took away: its blocks' texts, as compared. */
  blocks?: string[]
}

const inside = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1

const hull = (boxes: readonly Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y }
}

/** The prompts showing on a page: each open dialog or alert, and each group of fixed blocks (a banner)
 * sharing a region outside any dialog. A sticky header or navigation is furniture, not a prompt. */
function promptsOn(snapshot: PageSnapshot): Prompt[] {
  const visible = snapshot.texts.filter((t) => t.visible && !isPageChrome(t))
  const dialogs = visible.filter((t) => t.kind === 'dialog' || t.kind === 'alert')
  const prompts: Prompt[] = dialogs.map((block) => ({ text: block.text, block, box: block.box, region: block.region }))
  const banners = new Map<string, TextBlock[]>()
  for (const block of visible) {
    if (!block.fixed || dialogs.includes(block) || dialogs.some((d) => inside(d.box, block.box))) continue
    const key = block.region ?? block.selector
    banners.set(key, [...(banners.get(key) ?? []), block])
  }
  for (const blocks of banners.values()) {
    const first = blocks[0] as TextBlock
    prompts.push({ text: blocks.map((b) => b.text).join(' '), block: first, box: hull(blocks.map((b) => b.box)), region: first.region })
  }
  return prompts
}

const words = (text: string): Set<string> =>
  new Set(normalizeText(text).toLowerCase().replace(/\d+/g, '#').split(/[^\p{L}#]+/u).filter(Boolean))

function similarity(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  const all = new Set([...x, ...y]).size
  return all === 0 ? 0 : shared / all
}

/** The prompt the control sits in: a dialog around it, or a banner of its region. */
function promptHolding(snapshot: PageSnapshot, control: SnapshotElement): Prompt | undefined {
  const prompts = promptsOn(snapshot)
  return (
    prompts.find((p) => (p.block.kind === 'dialog' || p.block.kind === 'alert') && inside(p.box, control.box)) ??
    prompts.find((p) => p.block.kind !== 'dialog' && p.block.kind !== 'alert' && p.region !== undefined && p.region === control.region)
  )
}

/** A page's text as compared across readings: digits of clocks and counters do not count. */
const sameText = (text: string): string => normalizeText(text).toLowerCase().replace(/\d+/g, '#')

/** An overlay the page drew without a dialog role, told by what a dismissing click took away: the
 * blocks of text that were on the page before the click and gone after it, at the same address,
 * when the click brought nothing new. */
function vanishedPrompt(before: PageSnapshot, after: PageSnapshot): Prompt | undefined {
  if (pathOf(before.url) !== pathOf(after.url)) return undefined
  // Closing an overlay only takes away; a click that also brought new text moved on to another screen.
  const was = new Set(before.texts.filter((t) => t.visible).map((t) => sameText(t.text)))
  if (after.texts.some((t) => t.visible && !isPageChrome(t) && !was.has(sameText(t.text)))) return undefined
  const remaining = new Set(after.texts.filter((t) => t.visible).map((t) => sameText(t.text)))
  const gone = before.texts.filter((t) => t.visible && !isPageChrome(t) && !remaining.has(sameText(t.text)))
  if (gone.length === 0) return undefined
  const block = gone.find((t) => t.kind === 'heading') ?? (gone[0] as TextBlock)
  return { text: gone.map((t) => t.text).join(' '), block, box: hull(gone.map((t) => t.box)), region: block.region, blocks: gone.map((t) => sameText(t.text)) }
}

/** The prompt as it shows on a page, if it does: a dialog or banner saying the same, or, for an
 * overlay told by what its dismissal took away, every one of its blocks back on the page. */
function showingOn(snapshot: PageSnapshot, prompt: Prompt): Prompt | undefined {
  const { blocks } = prompt
  if (!blocks) return promptsOn(snapshot).find((p) => similarity(p.text, prompt.text) >= SAME_PROMPT)
  const visible = snapshot.texts.filter((t) => t.visible)
  const back = blocks.map((b) => visible.find((t) => sameText(t.text) === b))
  if (back.some((t) => t === undefined)) return undefined
  const found = back as TextBlock[]
  const block = found.find((t) => t.kind === 'heading') ?? (found[0] as TextBlock)
  return { text: prompt.text, block, box: hull(found.map((t) => t.box)), region: block.region, blocks }
}

interface Dismissal {
  prompt: Prompt
  control: string
  at: SeenStep
}

interface Comeback {
  seen: SeenStep
  prompt: Prompt
}

const at = (s: SeenStep): string => `${s.flow.name} step ${s.step.index} (${pathOf(s.snapshot.url)})`

/** Dismissals of prompts in one browser context, in order, each with the later steps that showed the
 * same prompt again after it had gone. */
function nagsIn(chain: readonly FlowTrace[]): { dismissal: Dismissal; comebacks: Comeback[] }[] {
  const steps = chain.flatMap((flow) => flow.steps.map((step) => ({ flow, step })))
  const seen: SeenStep[] = chain.flatMap(seenSteps)
  const tracked: { dismissal: Dismissal; comebacks: Comeback[] }[] = []
  let before: SeenStep | undefined
  for (const { flow, step } of steps) {
    const current = seen.find((s) => s.step === step)
    if (before && isClickLike(step) && step.status === 'ok' && step.target) {
      const control = before.snapshot.elements.find((e) => e.selector === step.target?.selector && e.visible)
      const label = control ? control.name || control.text : ''
      const dismisses = control !== undefined && pageLabelLanguages(before.snapshot).some((lang) => dismissesPrompt(label, { lang }).match)
      const prompt = control && dismisses ? (promptHolding(before.snapshot, control) ?? (current && vanishedPrompt(before.snapshot, current.snapshot))) : undefined
      if (prompt && !tracked.some((t) => similarity(t.dismissal.prompt.text, prompt.text) >= SAME_PROMPT)) {
        tracked.push({ dismissal: { prompt, control: label, at: current ?? { flow, step, snapshot: before.snapshot } }, comebacks: [] })
      }
    }
    if (current) {
      for (const nag of tracked) {
        if (nag.dismissal.at.step === step) continue
        const showing = showingOn(current.snapshot, nag.dismissal.prompt)
        const wasShowing = before ? showingOn(before.snapshot, nag.dismissal.prompt) !== undefined : false
        // A prompt still on screen from the step before has not come back; it has stayed.
        if (showing && (!wasShowing || step.kind === 'goto' || pathOf(before?.snapshot.url ?? '') !== pathOf(current.snapshot.url))) {
          nag.comebacks.push({ seen: current, prompt: showing })
        }
      }
      before = current
    }
  }
  return tracked
}

/** A browser dialog (confirm or prompt) the walk declined: the page has no DOM element for it, so it
 * is told apart by its message. */
interface DialogNag {
  message: string
  type: string
  dismissedAt: SeenStep
  comebacks: SeenStep[]
}

/** confirm() and prompt() dialogs declined in one browser context, each with the later showings of
 * the same question. Alerts are only acknowledged, so one shown twice is not a choice ignored. */
function dialogNagsIn(chain: readonly FlowTrace[]): DialogNag[] {
  const tracked: DialogNag[] = []
  for (const seen of chain.flatMap(seenSteps)) {
    for (const dialog of seen.step.dialogs ?? []) {
      if (dialog.type !== 'confirm' && dialog.type !== 'prompt') continue
      const earlier = tracked.find((t) => similarity(t.message, dialog.message) >= SAME_PROMPT)
      if (earlier) earlier.comebacks.push(seen)
      else if (dialog.response === 'dismiss') tracked.push({ message: dialog.message, type: dialog.type, dismissedAt: seen, comebacks: [] })
    }
  }
  return tracked.filter((t) => t.comebacks.length > 0)
}

/** An offer turned down with "No thanks", and the later screens that offered it again. */
interface DeclinedOffer {
  offer: SnapshotElement
  declinedWith: string
  at: SeenStep
  comebacks: { seen: SeenStep; offer: SnapshotElement }[]
}

/** Offers declined in one browser context, each with the later screens that put a button for the
 * same offer before the user again ("Get 50% off" on every step of a cancellation after "No
 * thanks"). A screen is told by its address, headings and buttons, so a single-page app's steps count
 * apart; the screen the offer was declined on does not count, nor one the user stayed on. */
function declinedOffersIn(chain: readonly FlowTrace[]): DeclinedOffer[] {
  const seen = chain.flatMap(seenSteps)
  const tracked: DeclinedOffer[] = []
  let before: SeenStep | undefined
  for (const current of seen) {
    const { step } = current
    if (before && isClickLike(step) && step.status === 'ok' && step.target) {
      const lang = before.snapshot.lang || undefined
      const control = before.snapshot.elements.find((e) => e.selector === step.target?.selector && e.visible)
      const declined = control ? choiceOptionOf(control, lang) ?? choiceOptionOf(control, undefined) : undefined
      if (declined?.kind === 'decline') {
        // The offer the "No thanks" answered sits beside it, in its region; a cookie banner's
        // "Accept all" elsewhere on the page is another question.
        for (const option of choiceOptions(before.snapshot)) {
          if (option.kind !== 'keep' || option.element.region !== control?.region || isConsentOption(option, lang)) continue
          if (tracked.some((t) => similarity(pressableText(t.offer) ?? '', option.text) >= SAME_PROMPT)) continue
          tracked.push({ offer: option.element, declinedWith: declined.text, at: before, comebacks: [] })
        }
      }
    }
    for (const t of tracked) {
      if (t.at === current || (before && screenKey(before.snapshot) === screenKey(current.snapshot))) continue
      if (screenKey(current.snapshot) === screenKey(t.at.snapshot)) continue
      // Going back to the offer's own page by its address is the user's choice, not the offer's return.
      if (step.kind === 'goto' && pathOf(current.snapshot.url) === pathOf(t.at.snapshot.url)) continue
      const again = current.snapshot.elements.find((el) => el.visible && similarity(pressableText(el) ?? '', pressableText(t.offer) ?? '') >= SAME_PROMPT)
      if (again) t.comebacks.push({ seen: current, offer: again })
    }
    before = current
  }
  return tracked.filter((t) => t.comebacks.length > 0)
}

export default defineRule({
  meta: {
    id: 'nagging',
    title: 'A dismissed prompt keeps coming back',
    category: 'nagging',
    severity: 'moderate',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    references: [ucpdAggressivePractices, dsaInterfaceDesign, gdprConditionsForConsent],
    help: 'An offer or "are you sure?" prompt that returns on page after page once the user has said "Not now" wears people down until they give in, and every return interrupts what they came to do. A choice to decline that the site does not remember is not respected.',
    fix: 'Remember that a prompt was dismissed and do not show it again in the same session.',
    decides: {
      how: [
        'Within one browser context, a click on a control that closes or declines a prompt ("Close", "No thanks", "×") marks the prompt dismissed: the dialog, alert or fixed banner holding the control, or, for an overlay drawn without a dialog role, the blocks of text the click took away from the same page while bringing nothing new.',
        'The prompt comes back when the same text (80% of words shared, digits aside) shows again after a step where it was not showing.',
        'A declined offer counts too: the buttons for keeping or taking an offer on the screen where "No thanks" was pressed, when a button for the same offer shows on a later, different screen of the flow; going back to the offer\'s own page by its address is the user\'s choice and does not count.',
        'Browser confirm and prompt dialogs declined and asked again are reported as well.',
      ],
      flagged: 'A daily-bonus overlay closed with × that is open again after returning from the shop; "Get 40% off" declined with "No thanks" and offered again on the next two steps of the cancellation.',
      notFlagged: 'A "Get 40% off" offer declined and not shown on later screens, or shown again only when the user goes back to the offer page by its address.',
    },
  },
  check(site, ctx) {
    // A fresh browser context has no memory of a dismissal: a prompt shown again there is shown once.
    const nags = chainsOf(site).flatMap(nagsIn)
    const dialogNags = chainsOf(site).flatMap(dialogNagsIn)
    const offers = chainsOf(site).flatMap(declinedOffersIn)
    if (nags.length === 0 && dialogNags.length === 0 && offers.length === 0) return pass('no step dismissed a dialog or banner')

    const findings: Finding[] = []
    for (const nag of dialogNags) {
      const first = nag.comebacks[0] as SeenStep
      const times = nag.comebacks.length === 1 ? 'once' : `${nag.comebacks.length} times`
      findings.push(
        ctx.finding({
          flow: first.flow.name,
          step: first.step.index,
          message: `The browser ${nag.type} dialog ${quote(nag.message, 80)} was declined at ${at(nag.dismissedAt)} and was asked again ${times}: ${nag.comebacks.map(at).join(', ')}.`,
          evidence: evidenceOfPage(
            first,
            { dialogType: nag.type, dismissedAt: at(nag.dismissedAt), comebacks: nag.comebacks.length, comebackSteps: nag.comebacks.map(at).join(' | ') },
            nag.message,
          ),
        }),
      )
    }
    for (const { dismissal, comebacks } of nags) {
      const first = comebacks[0]
      if (!first) continue
      const times = comebacks.length === 1 ? 'once' : `${comebacks.length} times`
      findings.push(
        ctx.finding({
          flow: first.seen.flow.name,
          step: first.seen.step.index,
          message: `The prompt ${quote(dismissal.prompt.text, 80)} was dismissed with ${quote(dismissal.control)} at ${at(dismissal.at)} and came back ${times}: ${comebacks.map((c) => at(c.seen)).join(', ')}.`,
          evidence: evidenceAt(first.seen, first.prompt.block, first.prompt.text, {
            dismissedWith: dismissal.control,
            dismissedAt: at(dismissal.at),
            comebacks: comebacks.length,
            comebackSteps: comebacks.map((c) => at(c.seen)).join(' | '),
          }),
        }),
      )
    }
    for (const declined of offers) {
      const first = declined.comebacks[0]
      if (!first || findings.some((f) => f.flow === first.seen.flow.name && f.step === first.seen.step.index)) continue
      const times = declined.comebacks.length === 1 ? 'once' : `${declined.comebacks.length} times`
      const offerText = pressableText(declined.offer) ?? ''
      findings.push(
        ctx.finding({
          flow: first.seen.flow.name,
          step: first.seen.step.index,
          message: `The offer ${quote(offerText, 60)} was declined with ${quote(declined.declinedWith)} at ${at(declined.at)} and was offered again ${times}: ${declined.comebacks.map((c) => `${quote(pressableText(c.offer) ?? '', 40)} at ${at(c.seen)}`).join(', ')}.`,
          evidence: evidenceAt(first.seen, first.offer, pressableText(first.offer) ?? '', {
            declinedWith: declined.declinedWith,
            declinedAt: at(declined.at),
            comebacks: declined.comebacks.length,
            comebackSteps: declined.comebacks.map((c) => at(c.seen)).join(' | '),
          }),
        }),
      )
    }
    return conclude({ findings, passReason: `${nags.length} dismissed prompt(s) stayed dismissed` })
  },
})
