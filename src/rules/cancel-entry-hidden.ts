import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { LANGUAGES } from '../text/detect-language.js'
import { choiceWording } from '../text/choice-wording.js'
import { defineRule, type RuleContext } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlCancellation,
  dsaInterfaceDesign,
  ftcNegativeOptionPolicy,
  roscaNegativeOption,
} from './data/legal-references.js'
import { type PathClick, pressedOn, seenAt, wayStartOf } from './lib/cancel-path.js'
import { isCancelControl, pressableText } from './lib/choice-options.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { isClickLike, pagePath, pathOf, ranFlows, type SeenStep } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { ownElements } from './lib/own-elements.js'
import { styleOf } from './lib/prominence.js'
import { labelLanguages } from './lib/site-language.js'
import { FAINT_CONTRAST, isShown, median } from './lib/visibility.js'

// When the way in to cancelling is hidden. Each threshold alone is enough:
/** Below 80% of the links around it, a link reads as the fine print of its group. */
const MIN_SIBLING_RATIO = 0.8
/** 12px is the smallest size browsers' defaults and most design systems use for readable UI text. */
const MIN_FONT_PX = 12
/** Three clicks past the account page before the first cancel control: a member has to go looking. */
const MAX_CLICKS_BEFORE = 2
/** Fifteen or more links in one group is a wall of links (a site footer, a settings index). */
const LINK_WALL = 15

const round = (n: number): number => Math.round(n * 100) / 100

/** The visible links and buttons of the entry's own group (same region of the same document),
 * itself excluded: a chat widget's footer of help articles is no part of the site's footer. */
const siblingsOf = (snapshot: PageSnapshot, entry: SnapshotElement): SnapshotElement[] =>
  snapshot.elements.filter(
    (e) =>
      e.selector !== entry.selector &&
      e.visible &&
      e.region === entry.region &&
      e.context?.shadowHost === entry.context?.shadowHost &&
      e.context?.frameUrl === entry.context?.frameUrl &&
      pressableText(e) !== undefined,
  )

/** The words of an address's path, as a label: "/account/cancel-membership" reads "account cancel membership". */
const pathWords = (url: string): string => {
  try {
    const u = new URL(url)
    return `${u.pathname} ${u.hash.replace(/^#/, '')}`.replace(/[/_\-.?=&#]+/g, ' ').trim()
  } catch {
    return ''
  }
}

/** An address whose path says it is about cancelling ("/unsubscribe", "/konto/kuendigung"). A path is
 * no button: a bare "cancel" in it is not a "Cancel" that closes a form. */
const addressSaysLeaving = (url: string): boolean => {
  const words = pathWords(url)
  return words !== '' && LANGUAGES.some((lang) => choiceWording(`go to ${words}`, { lang }).kind === 'leave')
}

/** The press that led the member into cancelling: the first on a control worded as cancelling (read
 * in the page's language and the site's), or, before it, one that opened a page whose address says
 * it is about cancelling ("Continuer" → /unsubscribe). */
function entryOf(site: SiteTrace, flow: FlowTrace): PathClick | undefined {
  for (let i = 1; i < flow.steps.length; i++) {
    const step = flow.steps[i]
    if (!step || step.status !== 'ok' || !isClickLike(step)) continue
    const on = seenAt(flow, i - 1)
    const element = on && pressedOn(on.snapshot, step)
    if (!on || !element) continue
    const worded = labelLanguages(site, on.snapshot).some((lang) => isCancelControl(element, lang))
    const opened = step.snapshot !== undefined && pagePath(step.snapshot.url) !== pagePath(on.snapshot.url) && addressSaysLeaving(step.snapshot.url)
    if (worded || opened) return { step, on, element }
  }
  return undefined
}

/** A control with neither a control's markup nor its look: a span in a sentence that happens to
 * take clicks, with no underline, fill or border to tell it apart from the words around it. */
const looksLikePlainText = (el: SnapshotElement): boolean =>
  el.clickable !== undefined && !el.look.underline && styleOf(el) === 'plain'

/** The click that made the entry visible on its page: a disclosure ("More options") the flow had to open. */
function revealedBy(flow: FlowTrace, entry: PathClick): { step: SeenStep; opener: string; element?: SnapshotElement } | undefined {
  const path = pagePath(entry.on.snapshot.url)
  const at = flow.steps.indexOf(entry.step)
  for (let i = at - 1; i >= 1; i--) {
    const click = flow.steps[i]
    const before = flow.steps[i - 1]
    if (!click || !before?.snapshot || !click.snapshot || !isClickLike(click)) continue
    if (pagePath(before.snapshot.url) !== path || pagePath(click.snapshot.url) !== path) break
    // Hidden (collapsed, faded out) or not rendered at all before the click, shown after it.
    const hidden = ownElements(before.snapshot).find((e) => e.selector === entry.element.selector)
    const shown = ownElements(click.snapshot).find((e) => e.selector === entry.element.selector)
    if ((!hidden || !isShown(hidden)) && shown && isShown(shown)) {
      const opener = pressedOn(before.snapshot, click)
      return {
        step: { flow, step: click, snapshot: click.snapshot },
        opener: opener ? (pressableText(opener) ?? (opener.text || opener.name || opener.selector)) : click.action,
        element: opener,
      }
    }
  }
  return undefined
}

/** The clicks between the start page and the entry that got the member closer: those that opened
 * another page or revealed the entry. A form opened and closed on the way counts for nothing. */
function clicksBefore(flow: FlowTrace, startIndex: number, entry: PathClick, revealStep: number | undefined): number {
  const at = flow.steps.indexOf(entry.step)
  let clicks = 0
  let previous = flow.steps[startIndex]?.snapshot
  for (let i = startIndex + 1; i < at; i++) {
    const step = flow.steps[i]
    if (!step) continue
    if (isClickLike(step) && step.status === 'ok') {
      const moved = previous && step.snapshot && pagePath(previous.url) !== pagePath(step.snapshot.url)
      if (moved || step.index === revealStep) clicks++
    }
    if (step.snapshot) previous = step.snapshot
  }
  return clicks
}

function judge(site: SiteTrace, flow: FlowTrace, ctx: RuleContext): { finding?: Finding; entry: boolean } {
  const entry = entryOf(site, flow)
  if (!entry) return { entry: false }
  const path = { start: wayStartOf(flow, flow.steps.indexOf(entry.step)) }
  const { element: el, on } = entry
  const text = el.name || el.text
  const siblings = siblingsOf(on.snapshot, el)
  const siblingSizes = siblings.map((s) => s.look.fontSizePx).filter((px) => px > 0)
  const reference = median(siblingSizes) ?? on.snapshot.bodyFontSizePx
  const against = siblingSizes.length ? 'the links beside it' : "the page's body text"
  const revealed = revealedBy(flow, entry)
  const startIndex = path.start ? flow.steps.indexOf(path.start.step) : 0
  const clicks = clicksBefore(flow, startIndex, entry, revealed?.step.step.index)
  const from = path.start ? pathOf(path.start.snapshot.url) : 'the first page'
  const fontRatio = reference > 0 ? round(el.look.fontSizePx / reference) : 1
  const contrast = el.look.contrastRatio

  const signs = [
    el.look.fontSizePx < MIN_FONT_PX ? `${el.look.fontSizePx}px text (under ${MIN_FONT_PX}px)` : '',
    fontRatio < MIN_SIBLING_RATIO ? `${el.look.fontSizePx}px beside ${round(reference)}px for ${against} (${Math.round(fontRatio * 100)}%)` : '',
    contrast !== null && contrast < FAINT_CONTRAST ? `a contrast of ${contrast}:1 (${el.look.color} on ${el.look.backgroundColor}, below ${FAINT_CONTRAST}:1)` : '',
    revealed ? `hidden until ${quote(revealed.opener, 40)} was pressed (step ${revealed.step.step.index})` : '',
    revealed?.element && looksLikePlainText(revealed.element)
      ? `${quote(revealed.opener, 40)} itself is text with no link or button styling (${revealed.element.look.fontSizePx}px, no underline, fill or border)`
      : looksLikePlainText(el)
        ? `text with no link or button styling (${el.look.fontSizePx}px, no underline, fill or border)`
        : '',
    siblings.length + 1 >= LINK_WALL ? `one of ${siblings.length + 1} links in its group${el.region ? ` (${el.region})` : ''}` : '',
    clicks > MAX_CLICKS_BEFORE ? `${clicks} clicks past ${from}` : '',
  ].filter(Boolean)
  if (signs.length === 0) return { entry: true }
  return {
    entry: true,
    finding: ctx.finding({
      flow: flow.name,
      step: on.step.index,
      message: `The way in to cancelling, ${quote(text, 60)} on ${pathOf(on.snapshot.url)} (${flow.name} flow, pressed at step ${entry.step.index}), is ${signs.join('; ')}. It was reached after ${clicks} click${clicks === 1 ? '' : 's'} from ${from}.`,
      evidence: evidenceAt(on, el, text, {
        clicksBefore: clicks,
        startPage: from,
        fontSizePx: el.look.fontSizePx,
        referenceFontSizePx: round(reference),
        referenceIs: against,
        fontRatio,
        contrastRatio: contrast,
        color: el.look.color,
        backgroundColor: el.look.backgroundColor,
        collapsed: Boolean(revealed),
        revealedBy: revealed?.opener ?? null,
        linksInGroup: siblings.length + 1,
        region: el.region ?? null,
      }),
    }),
  }
}

export default defineRule({
  meta: {
    id: 'cancel-entry-hidden',
    title: 'The way in to cancelling is hidden',
    category: 'obstruction',
    severity: 'serious',
    severityByJurisdiction: { de: 'critical' },
    requires: [{ flows: ['cancel'], needs: 'cancel-entry' }],
    references: [californiaArlCancellation, roscaNegativeOption, ftcNegativeOptionPolicy, dsaInterfaceDesign, bgbCancellationButton],
    help: 'A "Cancel membership" link in tiny, faint type, behind a collapsed "More options" section, several clicks deep or lost among a wall of links is one most members never find. Cancelling has to be offered as plainly as signing up, and German law requires a cancellation button that is clearly legible and easy to reach.',
    fix: 'Put a clearly labelled "Cancel membership" button on the account page, at the size and contrast of the other account actions, outside any collapsed section.',
    decides: {
      how: [
        'Finds the way in: the first press on a control worded as cancelling (read in the page\'s own language and the site\'s), or an earlier press that opened a page whose address says it is about cancelling ("/unsubscribe", "/account/cancel-membership"). Sites word the way in as they like ("Continuer", a plan\'s name); their addresses less so.',
        'The way starts on the last page opened by address before it, or on the page a sign-in led to; a form opened and closed on the way counts for nothing.',
        'Reports it as hidden on any one sign: text under 12 px (the smallest size common design systems use for readable interface text); under 80% of the size of the links and buttons of its group; contrast under 3:1 (WCAG\'s minimum for interface components); not rendered, collapsed or faded out (opacity under 0.1) until another press on the same page showed it; that press, or the entry itself, made on text with neither a control\'s markup nor its look (no underline, fill or border); one of 15 or more links in its group (a wall of links); more than two clicks past the page the way starts on.',
        'Its group is its region of its own document: the links of a chat widget or an ad drawn into the page (a frame with no address of its own) are not counted beside it.',
      ],
      flagged: 'The cancel button sits in a "Manage subscription" section laid out at opacity 0 until its toggle is pressed; the only way in is the plan\'s name in a sentence, a span with no link styling, whose dialog leads to /unsubscribe.',
      notFlagged: '"Manage subscription" opens a page of its own on which "Cancel my plan" is a button like the others; a "Cancel" that closes an edit form on the way is not the way in.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const noEntry: string[] = []
    for (const flow of ranFlows(site)) {
      const { finding, entry } = judge(site, flow, ctx)
      if (finding) findings.push(finding)
      else if (!entry) noEntry.push(flow.name)
    }
    return conclude({
      findings,
      reviewReason: noEntry.length
        ? `the ${noEntry.join(', ')} flow${noEntry.length === 1 ? '' : 's'} pressed no control worded as cancelling and opened no page whose address says so, so the way in could not be measured`
        : undefined,
    })
  },
})
