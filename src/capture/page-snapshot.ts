import { z } from 'zod'

/** A box in page coordinates (CSS pixels from the top-left of the document, not the viewport),
 * so it can be drawn directly onto the step's full-page screenshot. */
export const Box = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
})
export type Box = z.infer<typeof Box>

export const ComputedLook = z.object({
  fontSizePx: z.number(),
  fontWeight: z.number(),
  color: z.string(),
  /** The first non-transparent background found walking up the ancestors. */
  backgroundColor: z.string(),
  opacity: z.number(),
  /** WCAG 2 contrast ratio of `color` on `backgroundColor`; null where it cannot be computed
   * (background image, gradient). */
  contrastRatio: z.number().nullable(),
  /** The control's own fill where it stands out from what is behind it (a colour, or `gradient`). */
  fill: z.string().optional(),
  /** Contrast of that fill against the background behind the control. */
  fillContrast: z.number().optional(),
  /** Width of a visible border, px. */
  borderPx: z.number().optional(),
  shadow: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** The page sets the pointer cursor on it: people take it for something to click. */
  pointer: z.boolean().optional(),
})
export type ComputedLook = z.infer<typeof ComputedLook>

/** Where an element lives when it is not in the top document's light DOM. */
export const ElementContext = z.object({
  /** Selector of the open shadow root's host, when inside one (nested hosts joined by " >>> "). */
  shadowHost: z.string().optional(),
  /** URL of the same-origin iframe, when inside one: `about:blank` or `about:srcdoc` for a frame that
   * a script or the markup filled rather than one loaded from an address (see rules/lib/own-elements.ts). */
  frameUrl: z.string().optional(),
})

/** An interactive element as the live page has it: properties, not attributes. */
export const SnapshotElement = z.object({
  /** A selector unique in its document (or shadow root / frame; see `context`). */
  selector: z.string(),
  tag: z.string(),
  /** `type` of an input or button. */
  type: z.string().optional(),
  role: z.string().optional(),
  /** Accessible name (aria-label, aria-labelledby, label, text, title, alt, placeholder). */
  name: z.string(),
  /** Visible text, whitespace-folded, at most 300 characters. */
  text: z.string(),
  /** Text of the associated <label> elements. */
  labelText: z.string().optional(),
  /** Text of the nearest block container (label, li, tr, p, div...), at most 300 characters:
   * where a price next to a checkbox is found. */
  contextText: z.string().optional(),
  href: z.string().optional(),
  /** Current value of fields; always "•••" for passwords and card-like fields. */
  value: z.string().optional(),
  checked: z.boolean().optional(),
  /** For a <select>: the visible text of the selected option(s). */
  selectedText: z.string().optional(),
  disabled: z.boolean().optional(),
  required: z.boolean().optional(),
  /** The page marks the field invalid (`aria-invalid`), or the browser does after sending its form was
   * tried (`:user-invalid`): a form that refused to go on without it. */
  invalid: z.boolean().optional(),
  /** The `autocomplete` tokens of a field, lower case ("cc-number", "shipping email"). */
  autocomplete: z.string().optional(),
  /** Selector of the form a field belongs to, matching one of the snapshot's `forms`. */
  form: z.string().optional(),
  visible: z.boolean(),
  box: Box,
  look: ComputedLook,
  /** Descriptor of the nearest landmark-like ancestor, e.g. `aside#order-summary "Order summary"`. */
  region: z.string().optional(),
  context: ElementContext.optional(),
  /** Set on controls without a control's markup (a div card, a span "No thanks"): why it counts as
   * clickable. `checked` on such a control means it is shown as the selected one (aria state or a
   * selected/active class). */
  clickable: z.enum(['pointer', 'tabindex', 'handler']).optional(),
  /** For a checkbox, radio button or switch: the card it sits in (its largest ancestor holding no other
   * control of its kind, up to 500 characters of text), where a plan's name and price are read. */
  card: z.object({ text: z.string(), box: Box }).optional(),
})
export type SnapshotElement = z.infer<typeof SnapshotElement>

export const TextBlockKind = z.enum([
  'heading',
  'paragraph',
  'listitem',
  'row',
  'cell',
  'label',
  'dialog',
  'alert',
  'status',
  'other',
])

/** A block of visible text (heading, paragraph, list item, table row, dialog, toast...). */
export const TextBlock = z.object({
  selector: z.string(),
  tag: z.string(),
  kind: TextBlockKind,
  text: z.string(),
  visible: z.boolean(),
  box: Box,
  fontSizePx: z.number(),
  /** position: fixed or sticky: overlays, toasts and banners. */
  fixed: z.boolean(),
  /** Inside an aria-live region, role=status/alert, or <output>. */
  live: z.boolean(),
  region: z.string().optional(),
  context: ElementContext.optional(),
})
export type TextBlock = z.infer<typeof TextBlock>

export const FormInfo = z.object({
  selector: z.string(),
  action: z.string(),
  method: z.string(),
})

export const PageSnapshot = z.object({
  url: z.string(),
  title: z.string(),
  protocol: z.string(),
  lang: z.string(),
  viewport: z.object({ width: z.number(), height: z.number() }),
  documentSize: z.object({ width: z.number(), height: z.number() }),
  /** Median font size of the page's paragraph text: the "surrounding text" for size comparisons. */
  bodyFontSizePx: z.number(),
  elements: z.array(SnapshotElement),
  texts: z.array(TextBlock),
  forms: z.array(FormInfo),
  /** Selectors of dialogs open at capture time (<dialog open>, role=dialog/alertdialog visible). */
  openDialogs: z.array(z.string()),
  /** Parts of the page that could not be read (cross-origin iframes, closed shadow roots). */
  unreadable: z.array(z.string()),
})
export type PageSnapshot = z.infer<typeof PageSnapshot>
