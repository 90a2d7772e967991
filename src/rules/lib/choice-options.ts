import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'
import { type ChoiceKind, type ChoiceSide, choiceWording, isConsentChoice } from '../../text/choice-wording.js'

const BUTTON_TYPES = new Set(['submit', 'button', 'reset'])

/** What a user reads on something they can press (a link or button); undefined for anything else. */
export function pressableText(el: SnapshotElement): string | undefined {
  const role = el.role ?? ''
  const pressable =
    el.tag === 'a' ||
    el.tag === 'button' ||
    el.tag === 'summary' ||
    role === 'link' ||
    role === 'button' ||
    role === 'menuitem' ||
    (el.tag === 'input' && BUTTON_TYPES.has(el.type ?? ''))
  if (!pressable) return undefined
  return el.text || el.name || undefined
}

/** A link or button read as one side of a choice: keeping and paying, or leaving and declining. */
export interface ChoiceOption {
  element: SnapshotElement
  text: string
  kind: ChoiceKind
  side: ChoiceSide
  /** The words that decided the side. */
  wording: string[]
}

export function choiceOptionOf(el: SnapshotElement, lang?: string): ChoiceOption | undefined {
  const text = pressableText(el)
  if (!text || el.disabled) return undefined
  const wording = choiceWording(text, { lang: lang || undefined })
  if (!wording.kind || !wording.side) return undefined
  return { element: el, text, kind: wording.kind, side: wording.side, wording: wording.evidence }
}

/** The visible choice options of a page, read in `lang` (by default the page's `lang` attribute). */
export const choiceOptions = (snapshot: PageSnapshot, lang = snapshot.lang): ChoiceOption[] =>
  snapshot.elements.flatMap((el) => {
    const option = el.visible ? choiceOptionOf(el, lang) : undefined
    return option ? [option] : []
  })

/** A control that asks to end the subscription ("Cancel membership"), not a "Cancel" that closes a form. */
export const isCancelControl = (el: SnapshotElement, lang?: string): boolean => choiceOptionOf(el, lang)?.kind === 'leave'

/** A choice about cookies or personal data (a consent banner's "Accept all"), told by its group's name
 * or the line around it. */
export const isConsentOption = (option: ChoiceOption, lang?: string): boolean =>
  isConsentChoice(`${option.element.region ?? ''} ${option.element.contextText ?? ''}`, { lang: lang || undefined })
