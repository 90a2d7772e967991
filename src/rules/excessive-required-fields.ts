import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { type FieldAsks, fieldAsks, labelMarksOptional, labelMarksRequired } from '../text/form-fields.js'
import { conclude } from './lib/outcome.js'
import { defineRule, type RuleContext } from './define-rule.js'
import {
  bgbCancellationConfirmationPage,
  californiaArlCancellation,
  ftcNegativeOptionPolicy,
  roscaNegativeOption,
  ucpdAggressiveBarriers,
} from './data/legal-references.js'
import { cancellationChoiceOf } from './lib/cancellation-page.js'
import { isFormField } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { fieldNames } from './lib/field-label.js'
import { flowsWithRole, pagePath, pathOf, type SeenStep, seenSteps } from './lib/flows.js'
import { siteLanguage } from './lib/site-language.js'

/** What a field asks, from its type first (a file input, a password box) and then its label. */
type Asks = FieldAsks | 'upload' | 'other'

interface Field {
  element: SnapshotElement
  label: string
  asks: Asks
  required: boolean
  /** The label says it may be left empty ("Password (optional, to track your order)"). */
  optional: boolean
}

/** Two answers nobody has at hand make a request for help a search through drawers: one (a model
 * number on a product's own help form) is what a manufacturer may reasonably need. */
const MIN_HARD_ANSWERS = 2

/** A file input is often hidden behind a styled label that opens it: the label is what people see. */
const shown = (el: SnapshotElement): boolean => el.visible || (el.type === 'file' && Boolean(el.labelText))

function asksOf(el: SnapshotElement, label: string): Asks {
  if (el.type === 'file') return 'upload'
  if (el.type === 'password') return 'credentials'
  if (el.type === 'tel') return 'phone'
  if (/(^|\s)bday/.test(el.autocomplete ?? '')) return 'birthDate'
  return fieldAsks(label)?.asks ?? (el.tag === 'textarea' ? 'message' : 'other')
}

/** A form as the flow met it: the page where it was first read, and its fields over every reading of
 * that page, so that a field the form refused to go on without (flagged invalid once sending was
 * tried) counts as required though the page as shown did not say so. */
interface FormRead {
  seen: SeenStep
  fields: Field[]
}

/** The forms of the given readings, by page and form (fields outside any form share one per page), in
 * the order they were first met. */
function formsRead(readings: readonly SeenStep[]): FormRead[] {
  const forms = new Map<string, { seen: SeenStep; fields: Map<string, Field> }>()
  for (const seen of readings) {
    for (const el of seen.snapshot.elements) {
      if (!isFormField(el) || !shown(el) || el.disabled) continue
      const key = `${pagePath(seen.snapshot.url)} ${el.form ?? ''}`
      const form = forms.get(key) ?? { seen, fields: new Map<string, Field>() }
      forms.set(key, form)
      const named = fieldNames(seen.snapshot, el) || el.selector
      const required = el.required === true || el.invalid === true || labelMarksRequired(named)
      const known = form.fields.get(el.selector)
      if (known) {
        known.required ||= required
        continue
      }
      // The asterisk that marks a field required says nothing of what it asks: the message leaves it out.
      const label = named.replace(/\s*\*\s*:?\s*$/, '')
      form.fields.set(el.selector, { element: el, label, asks: asksOf(el, label), required, optional: !required && labelMarksOptional(named) })
    }
  }
  return [...forms.values()].map(({ seen, fields }) => ({ seen, fields: [...fields.values()] }))
}

const NOUN: Record<Asks, string> = {
  upload: 'a file to upload',
  credentials: 'a password',
  payment: 'payment details',
  hardToHave: 'something rarely at hand',
  birthDate: 'the date of birth',
  unrelated: 'something unrelated to the request',
  phone: 'a phone number',
  identification: 'identification',
  message: 'the request',
  other: 'an answer',
}

const describe = (f: Field): string => `${quote(f.label, 50)} (${NOUN[f.asks]})`
const labels = (fields: readonly Field[]): string => fields.map((f) => quote(f.label, 50)).join(', ')
const requiredInAll = (fields: readonly Field[]): string => (fields.length ? ` Required in all: ${labels(fields)}.` : '')
/** A password or payment box asks what no request for help or cancellation needs, marked required or
 * not, unless its label offers to leave it empty. */
const demandsAnyway = (f: Field): boolean => (f.asks === 'credentials' || f.asks === 'payment') && !f.optional
const where = (seen: SeenStep): string => `${pathOf(seen.snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index})`

/** What a request for help cannot reasonably be made to depend on. */
const HARD_FOR_SUPPORT: ReadonlySet<Asks> = new Set(['hardToHave', 'upload', 'unrelated', 'birthDate', 'payment'])
/** What goes beyond identifying the consumer and the contract on a cancellation form. A question about
 * why the consumer leaves is a survey, which `retention-obstruction` judges. */
const BEYOND_IDENTIFICATION: ReadonlySet<Asks> = new Set(['hardToHave', 'upload', 'unrelated', 'phone', 'credentials', 'payment'])

const isMessageForm = (fields: readonly Field[]): boolean => fields.some((f) => f.asks === 'message' || f.element.tag === 'textarea')
/** A form that opens an account: two password boxes (one to repeat it) or one the page marks as new. */
const opensAccount = (fields: readonly Field[]): boolean =>
  fields.filter((f) => f.element.type === 'password').length >= 2 || fields.some((f) => /new-password/.test(f.element.autocomplete ?? ''))

function supportFindings(ctx: RuleContext, flow: FlowTrace): Finding[] {
  const findings: Finding[] = []
  let messageFormSeen = false
  for (const { seen, fields } of formsRead(seenSteps(flow))) {
    const required = fields.filter((f) => f.required)
    if (isMessageForm(fields)) {
      messageFormSeen = true
      const uploads = required.filter((f) => f.asks === 'upload')
      const account = fields.filter((f) => f.asks === 'credentials' && !f.optional)
      const hard = required.filter((f) => HARD_FOR_SUPPORT.has(f.asks))
      if (uploads.length === 0 && account.length === 0 && hard.length < MIN_HARD_ANSWERS) continue
      const demands = [...new Set([...account, ...hard])]
      const first = demands[0] as Field
      const parts = [
        hard.length ? `${hard.map(describe).join(', ')}` : '',
        account.length ? `a password, i.e. an account (${labels(account)})` : '',
      ].filter(Boolean)
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: seen.step.index,
          message: `The contact form on ${where(seen)} cannot be sent without ${parts.join(' and ')}.${requiredInAll(required)}`,
          evidence: evidenceAt(seen, first.element, demands.map((f) => f.label).join(' | '), {
            form: 'support',
            requiredFields: required.map((f) => f.label).join(' | '),
            demands: demands.length,
            upload: uploads.length > 0,
            account: account.length > 0,
          }),
        }),
      )
    } else if (!messageFormSeen && opensAccount(fields)) {
      const passwords = fields.filter((f) => f.asks === 'credentials')
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: seen.step.index,
          message: `The ${flow.name} flow asks to create an account on ${where(seen)} before any form to write to support: ${labels(fields)}.`,
          evidence: evidenceAt(seen, (passwords[0] as Field).element, fields.map((f) => f.label).join(' | '), {
            form: 'support',
            requiredFields: required.map((f) => f.label).join(' | '),
            account: true,
          }),
        }),
      )
    }
  }
  return findings
}

function cancellationFinding(ctx: RuleContext, site: SiteTrace, flow: FlowTrace): Finding | undefined {
  const { form } = cancellationChoiceOf(site, flow)
  if (!form) return undefined
  const { seen } = form
  const page = pagePath(seen.snapshot.url)
  const readings = seenSteps(flow).filter((s) => s.step.index >= seen.step.index && pagePath(s.snapshot.url) === page)
  const fields = formsRead(readings).flatMap((f) => f.fields)
  const required = fields.filter((f) => f.required)
    const beyond = fields.filter((f) => BEYOND_IDENTIFICATION.has(f.asks) && (f.required || demandsAnyway(f)))
  const first = beyond[0]
  if (!first) return undefined
  return ctx.finding({
    flow: flow.name,
    step: seen.step.index,
    message: `The cancellation form on ${where(seen)} asks for more than who the consumer is and which contract: ${beyond.map(describe).join(', ')}.${requiredInAll(required)}`,
    evidence: evidenceAt(seen, first.element, beyond.map((f) => f.label).join(' | '), {
      form: 'cancellation',
      requiredFields: required.map((f) => f.label).join(' | '),
      beyondIdentification: beyond.length,
    }),
  })
}

export default defineRule({
  meta: {
    id: 'excessive-required-fields',
    title: 'A support or cancellation form demands what a person cannot be expected to have',
    category: 'obstruction',
    severity: 'moderate',
    requires: [
      { flows: ['support', 'cancel'], needs: 'any-page' },
      { flows: ['cancel'], needs: 'cancellation-form', optional: true },
    ],
    scan: true,
    references: [ucpdAggressiveBarriers, bgbCancellationConfirmationPage, roscaNegativeOption, ftcNegativeOptionPolicy, californiaArlCancellation],
    help: 'A contact form that cannot be sent without a model number, the date of purchase and a photo of the receipt, or without creating an account, turns away people who only want an answer. A cancellation form that wants a phone number or a password on top of who the consumer is and which contract puts a barrier between the consumer and the end of the contract.',
    fix: 'Require on a contact form only a way to answer and the request itself, and on a cancellation form only what identifies the consumer and the contract; make everything else optional.',
    decides: {
      how: [
        'Reads the fields of every page of a `support` flow and of the cancellation form of a `cancel` flow (the page that confirms the cancellation, reached after choosing to cancel). A field must be filled when the page marks it so (`required`, `aria-required`), its label does ("*", "(required)", "Pflichtfeld", "obligatoire", "obligatorio", "verplicht"), or the form refused to go on without it: a later reading of the same page shows it flagged invalid (`aria-invalid`, or the browser\'s own check once sending was tried); what a field asks is read from its type (file, password, tel, `autocomplete="bday"`) and its label, in English, German, French, Spanish and Dutch.',
        `A contact form (a form with a message box) is reported when it cannot be sent without a file upload, when it asks for a password (an account just to write) that its label does not offer to leave empty, or when it requires ${MIN_HARD_ANSWERS} or more answers a person rarely has at hand or that have nothing to do with the request: serial or model number, date or proof of purchase, a photo, the date of birth, gender, income, payment details. One such answer (a model number on a manufacturer\'s help form) is left alone. A registration form met in a support flow before any message form is reported as an account demanded before writing.`,
        'A cancellation form is reported when it requires more than identification (name, e-mail, customer or contract number, postal address, date of birth: BGB § 312k(2) lists what may be asked): a phone number, something rarely at hand, an upload or an unrelated answer; a password or payment box is reported whether or not it is marked required, unless its label offers to leave it empty. Questions about why the consumer leaves are left to `retention-obstruction`; a login before the form to `cancel-login-wall`; on a German site the confirmation page is judged field by field by `cancellation-button-de`, so this rule leaves it alone there.',
        'An optional field, a required message, name or e-mail, and a login form met before the choice to cancel are not reported. The finding lists every required field by its label.',
      ],
      flagged: 'A contact form that requires "Model number", "Date of purchase" and an upload of "Photo of the receipt"; a cancellation form that requires "Phone number".',
      notFlagged: 'A contact form requiring name, e-mail and message with an optional "Attach a photo (optional)"; a cancellation form asking name, e-mail and contract number.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    for (const flow of flowsWithRole(site, ['support'])) findings.push(...supportFindings(ctx, flow))
    // § 312k(2) BGB on a German site: cancellation-button-de judges every field of the confirmation page.
    const german = siteLanguage(site)?.lang === 'de'
    if (!german) {
      for (const flow of flowsWithRole(site, ['cancel'])) {
        const found = cancellationFinding(ctx, site, flow)
        if (found) findings.push(found)
      }
    }
    return conclude({ findings })
  },
})
