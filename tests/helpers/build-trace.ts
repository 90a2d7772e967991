import type { StepMark } from '../../src/scenario/step-mark.js'
// Builders for handmade artifacts: a rule's test describes only what matters to the rule (a ticked
// box, a toast, a footer link) and gets sensible defaults for the rest: visible, a box, 16px text
// in #222 on #fff (contrast 15.9).
import type { ActionKind, FlowTrace, SiteTrace, StepRecord } from '../../src/artifacts/site-trace.js'
import type { Box, ComputedLook, PageSnapshot, SnapshotElement, TextBlock } from '../../src/capture/page-snapshot.js'

let counter = 0
const nextId = (prefix: string): string => `${prefix}-${++counter}`
let nextY = 0
const nextBox = (height = 20): Box => {
  nextY += height + 10
  return { x: 40, y: nextY, width: 320, height }
}

export const ORIGIN = 'https://shop.example'
export const url = (path: string): string => new URL(path, ORIGIN).href

export function look(overrides: Partial<ComputedLook> = {}): ComputedLook {
  return {
    fontSizePx: 16,
    fontWeight: 400,
    color: 'rgb(34, 34, 34)',
    backgroundColor: 'rgb(255, 255, 255)',
    opacity: 1,
    contrastRatio: 15.9,
    ...overrides,
  }
}

export function element(partial: Partial<SnapshotElement> & { tag: string }): SnapshotElement {
  return {
    selector: `#${nextId(partial.tag)}`,
    name: '',
    text: '',
    visible: true,
    box: nextBox(),
    look: look(),
    ...partial,
  }
}

interface ControlInput {
  label: string
  checked?: boolean
  selector?: string
  required?: boolean
  disabled?: boolean
  visible?: boolean
  region?: string
  contextText?: string
  /** An ARIA switch or checkbox instead of a native input. */
  role?: 'switch' | 'checkbox' | 'radio'
}

const control = (type: 'checkbox' | 'radio', input: ControlInput): SnapshotElement =>
  element({
    tag: input.role ? 'button' : 'input',
    type: input.role ? undefined : type,
    role: input.role ?? type,
    selector: input.selector,
    name: input.label,
    labelText: input.role ? undefined : input.label,
    contextText: input.contextText,
    checked: input.checked ?? false,
    required: input.required,
    disabled: input.disabled,
    visible: input.visible ?? true,
    region: input.region,
    box: nextBox(16),
  })

export const checkbox = (input: ControlInput): SnapshotElement => control('checkbox', input)
export const radio = (input: ControlInput): SnapshotElement => control('radio', input)

export function link(input: {
  text: string
  href?: string
  selector?: string
  region?: string
  fontSizePx?: number
  color?: string
  contrastRatio?: number | null
  visible?: boolean
}): SnapshotElement {
  return element({
    tag: 'a',
    role: 'link',
    selector: input.selector,
    name: input.text,
    text: input.text,
    href: input.href ?? url(`/${input.text.toLowerCase().replace(/\W+/g, '-')}`),
    region: input.region,
    visible: input.visible ?? true,
    look: look({
      fontSizePx: input.fontSizePx ?? 16,
      color: input.color ?? 'rgb(34, 34, 34)',
      contrastRatio: input.contrastRatio === undefined ? 15.9 : input.contrastRatio,
    }),
  })
}

export function button(input: { text: string; selector?: string; region?: string; fontSizePx?: number }): SnapshotElement {
  return element({
    tag: 'button',
    type: 'submit',
    role: 'button',
    selector: input.selector,
    name: input.text,
    text: input.text,
    region: input.region,
    look: look({ fontSizePx: input.fontSizePx ?? 16 }),
  })
}

export function field(input: {
  label: string
  type?: string
  selector?: string
  value?: string
  region?: string
  tag?: 'input' | 'textarea'
}): SnapshotElement {
  const tag = input.tag ?? 'input'
  return element({
    tag,
    type: tag === 'input' ? (input.type ?? 'text') : undefined,
    role: 'textbox',
    selector: input.selector,
    name: input.label,
    labelText: input.label,
    value: input.value,
    region: input.region,
  })
}

export function text(
  content: string,
  options: Partial<Omit<TextBlock, 'text'>> = {},
): TextBlock {
  return {
    selector: options.selector ?? `#${nextId('text')}`,
    tag: options.tag ?? 'p',
    kind: options.kind ?? 'paragraph',
    text: content,
    visible: options.visible ?? true,
    box: options.box ?? nextBox(),
    fontSizePx: options.fontSizePx ?? 16,
    fixed: options.fixed ?? false,
    live: options.live ?? false,
    region: options.region,
    context: options.context,
  }
}

export const heading = (content: string, options: Partial<Omit<TextBlock, 'text'>> = {}): TextBlock =>
  text(content, { tag: 'h1', kind: 'heading', fontSizePx: 28, ...options })

/** A toast: fixed, in a live region, as sites show "Saved" or "Request received". */
export const toast = (content: string, options: Partial<Omit<TextBlock, 'text'>> = {}): TextBlock =>
  text(content, { tag: 'div', kind: 'status', fixed: true, live: true, ...options })

export function snapshot(input: {
  url?: string
  path?: string
  title?: string
  elements?: SnapshotElement[]
  texts?: TextBlock[]
  bodyFontSizePx?: number
  lang?: string
}): PageSnapshot {
  const pageUrl = input.url ?? url(input.path ?? '/')
  return {
    url: pageUrl,
    title: input.title ?? 'Page',
    protocol: 'https',
    lang: input.lang ?? 'en',
    viewport: { width: 1280, height: 800 },
    documentSize: { width: 1280, height: 2000 },
    bodyFontSizePx: input.bodyFontSizePx ?? 16,
    elements: input.elements ?? [],
    texts: input.texts ?? [],
    forms: [],
    openDialogs: [],
    unreadable: [],
  }
}

/** The element as the snapshot records it inside a frame: by default one a script wrote into an empty
 * frame, as chat widgets and ad slots are drawn. */
export const inFrame = (el: SnapshotElement, frameUrl = 'about:blank'): SnapshotElement => ({ ...el, context: { ...el.context, frameUrl } })

/** The target of a step, as the walker records it: the element's selector, accessible name, tag. */
export const target = (el: SnapshotElement): NonNullable<StepRecord['target']> => ({
  selector: el.selector,
  text: el.name,
  tag: el.tag,
})

export interface StepInput {
  kind?: ActionKind
  action?: string
  target?: SnapshotElement
  snapshot?: PageSnapshot
  status?: 'ok' | 'failed'
  error?: string
  index?: number
}

/** A step; its index is set by `flow` from its position unless given. */
export function step(input: StepInput): StepRecord {
  const kind = input.kind ?? 'goto'
  const pageUrl = input.snapshot?.url ?? url('/')
  return {
    index: input.index ?? -1,
    kind,
    action: input.action ?? (input.target ? `${kind}: ${input.target.name}` : `${kind}: ${new URL(pageUrl).pathname}`),
    target: input.target ? target(input.target) : undefined,
    url: pageUrl,
    title: input.snapshot?.title ?? 'Page',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 100,
    status: input.status ?? 'ok',
    error: input.error,
    snapshot: input.snapshot,
    screenshot: input.snapshot ? `screenshots/step-${nextId('shot')}.png` : undefined,
  }
}

/** The step as the scenario marked it (`mark: places-order`). */
export const marked = (s: StepRecord, mark: StepMark): StepRecord => ({ ...s, mark })

/** Shorthands for the common steps. */
export const goto = (page: PageSnapshot): StepRecord => step({ kind: 'goto', snapshot: page })
export const click = (el: SnapshotElement, page: PageSnapshot): StepRecord => step({ kind: 'click', target: el, snapshot: page })
export const check = (el: SnapshotElement, page: PageSnapshot): StepRecord => step({ kind: 'check', target: el, snapshot: page })
export const uncheck = (el: SnapshotElement, page: PageSnapshot): StepRecord => step({ kind: 'uncheck', target: el, snapshot: page })
export const fill = (el: SnapshotElement, page: PageSnapshot): StepRecord => step({ kind: 'fill', target: el, snapshot: page })

export function flow(
  name: string,
  steps: StepRecord[],
  options: { status?: FlowTrace['status']; fresh?: boolean; context?: string; error?: string; settled?: PageSnapshot; settledAfterMs?: number; role?: FlowTrace['role'] } = {},
): FlowTrace {
  const failedAt = steps.findIndex((s) => s.status === 'failed')
  return {
    name,
    ...(options.role ? { role: options.role } : {}),
    status: options.status ?? (failedAt >= 0 ? 'failed' : 'completed'),
    error: options.error ?? (failedAt >= 0 ? steps[failedAt]?.error : undefined),
    fresh: options.fresh ?? false,
    ...(options.context === undefined ? {} : { context: options.context }),
    durationMs: steps.length * 100,
    steps: steps.map((s, i) => ({ ...s, index: s.index >= 0 ? s.index : i })),
    settled: options.settled
      ? { afterMs: options.settledAfterMs ?? 3000, snapshot: options.settled, screenshot: 'screenshots/settled.png' }
      : undefined,
  }
}

export function site(flows: FlowTrace[], name = 'shop'): SiteTrace {
  return { site: name, baseUrl: ORIGIN, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1000, flows }
}
