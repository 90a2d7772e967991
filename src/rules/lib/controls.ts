import type { PageSnapshot, SnapshotElement } from '../../capture/page-snapshot.js'
import { costIn, pricesIn, type Price } from './price.js'

export type ControlKind = 'checkbox' | 'radio' | 'switch'

/** Checkboxes, radio buttons and switches, native or ARIA: the controls that have a ticked state. */
export function controlKind(el: SnapshotElement): ControlKind | undefined {
  const role = el.role ?? ''
  if (role === 'switch') return 'switch'
  if (el.type === 'radio' || role === 'radio' || role === 'menuitemradio') return 'radio'
  if (el.type === 'checkbox' || role === 'checkbox' || role === 'menuitemcheckbox') return 'checkbox'
  return undefined
}

export const isChoiceControl = (el: SnapshotElement): boolean => controlKind(el) !== undefined

const BUTTON_INPUTS = new Set(['submit', 'button', 'reset', 'image', 'hidden'])
/** A field a form asks to fill (text, choice, menu, file), not one of its buttons. */
export const isFormField = (el: SnapshotElement): boolean =>
  (el.tag === 'input' && !BUTTON_INPUTS.has(el.type ?? 'text')) || el.tag === 'select' || el.tag === 'textarea'

export const NOUN: Record<ControlKind, string> = { checkbox: 'checkbox', radio: 'option', switch: 'switch' }
export const TICKED: Record<ControlKind, string> = { checkbox: 'ticked', radio: 'selected', switch: 'switched on' }

/** What the control says to the user: its label, else its accessible name, else the text around it. */
export function labelOf(el: SnapshotElement): string {
  return el.labelText || el.name || el.contextText || el.text || el.selector
}

/** The cost the control adds, read from its own label first and from the line around it only when
 * the price sits right beside the label (the line of a checkbox can hold another item's price). */
export function costOfControl(el: SnapshotElement): Price | undefined {
  const own = costIn(el.labelText) ?? costIn(el.name)
  if (own) return own
  const context = el.contextText
  if (!context) return undefined
  const costs = pricesIn(context).filter((p) => p.amount > 0 && !p.negative)
  if (costs.length !== 1) return undefined
  const [price] = costs as [Price]
  const label = el.labelText || el.name
  if (!label) return context.length <= 120 ? price : undefined
  const at = context.toLowerCase().indexOf(label.toLowerCase())
  if (at < 0) return undefined
  const priceAt = context.indexOf(price.text)
  const gap = priceAt >= at ? priceAt - (at + label.length) : at - (priceAt + price.text.length)
  return gap <= 40 ? price : undefined
}

/** The other radio buttons of the group `el` belongs to: those in the same region of the same page.
 * The snapshot does not keep the `name` attribute, and a region is what people see as one group. */
export function radioGroup(snapshot: PageSnapshot, el: SnapshotElement): SnapshotElement[] {
  return snapshot.elements.filter(
    (other) =>
      other !== el &&
      controlKind(other) === 'radio' &&
      other.region === el.region &&
      other.context?.shadowHost === el.context?.shadowHost &&
      other.context?.frameUrl === el.context?.frameUrl,
  )
}
