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
      const prompt = control && dismissesPrompt(label, { lang: before.snapshot.lang || undefined }).match ? promptHolding(before.snapshot, control) : undefined
      if (prompt && !tracked.some((t) => similarity(t.dismissal.prompt.text, prompt.text) >= SAME_PROMPT)) {
        tracked.push({ dismissal: { prompt, control: label, at: current ?? { flow, step, snapshot: before.snapshot } }, comebacks: [] })
      }
    }
    if (current) {
      for (const nag of tracked) {
        if (nag.dismissal.at.step === step) continue
        const showing = promptsOn(current.snapshot).find((p) => similarity(p.text, nag.dismissal.prompt.text) >= SAME_PROMPT)
        const wasShowing = before ? promptsOn(before.snapshot).some((p) => similarity(p.text, nag.dismissal.prompt.text) >= SAME_PROMPT) : false
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
  },
  check(site, ctx) {
    // A fresh browser context has no memory of a dismissal: a prompt shown again there is shown once.
    const nags = chainsOf(site).flatMap(nagsIn)
    const dialogNags = chainsOf(site).flatMap(dialogNagsIn)
    if (nags.length === 0 && dialogNags.length === 0) return pass('no step dismissed a dialog or banner')

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
    return conclude({ findings, passReason: `${nags.length} dismissed prompt(s) stayed dismissed` })
  },
})
