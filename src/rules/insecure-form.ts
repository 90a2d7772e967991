import type { SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { defineRule, notApplicable, type RuleContext } from './define-rule.js'
import { ftcActDeception, gdprSecurityOfProcessing } from './data/legal-references.js'
import { labelOf } from './lib/controls.js'
import { evidenceAt, quote } from './lib/evidence.js'
import { pagePath, pathOf, ranFlows, seenSteps, type SeenStep } from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { isSecureDestination, SENSITIVE_NOUN, sensitiveKind, type SensitiveKind } from './lib/sensitive-fields.js'

interface SensitiveField {
  element: SnapshotElement
  kind: SensitiveKind
}

const KIND_ORDER: SensitiveKind[] = ['card', 'password', 'personal']

/** "card details and personal data", most sensitive first. */
function whatIsAsked(fields: readonly SensitiveField[]): string {
  const kinds = KIND_ORDER.filter((k) => fields.some((f) => f.kind === k)).map((k) => SENSITIVE_NOUN[k])
  return kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : (kinds[0] ?? '')
}

const fieldList = (fields: readonly SensitiveField[]): string =>
  fields
    .slice(0, 4)
    .map((f) => quote(labelOf(f.element), 40))
    .join(', ') + (fields.length > 4 ? ` and ${fields.length - 4} more` : '')

export default defineRule({
  meta: {
    id: 'insecure-form',
    title: 'Card, password or personal data sent over plain HTTP',
    category: 'sneaking',
    severity: 'serious',
    requires: [{ flows: ['any'], needs: 'every-page' }],
    scan: true,
    references: [gdprSecurityOfProcessing, ftcActDeception],
    help: 'A form on an http:// page, or one whose action is an http:// address, sends what is typed into it unencrypted, where anyone on the network path can read or change it. Card numbers, passwords and contact details sent that way are exposed however secure the page around them looks.',
    fix: 'Serve every page that asks for card, password or personal data over HTTPS and point its form at an https:// address.',
    decides: {
      how: [
        'Reads every page of every flow for visible fields that take something sensitive: a password (a password field, or one labelled or autocompleted as one); card or account details (`cc-` autocomplete, or a label naming the card number, security code, expiry, IBAN or account number); personal data (an e-mail or phone field, autocomplete for a name, address, postcode or birthday, or a label naming an address). Labels are read in English and German. A search box, a checkbox or a coupon code takes nothing sensitive, and a field still hidden is not counted.',
        'A page served over plain http:// that shows such a field is reported, once per address. On an https:// page, a form whose action is an http:// address is reported when it holds such a field, once per form and action: the padlock of the page says nothing about where its forms send.',
        'Plain HTTP to this machine (localhost, 127.0.0.0/8, ::1) is not reported: browsers treat it as a secure context, and the demo sites are served from it. An action that cannot be read as a URL is not judged. When no page asked for anything sensitive, the rule does not apply.',
      ],
      flagged: 'A checkout at https://vpn.example/checkout whose card form posts to http://pay.vpn-payments.example/charge.',
      notFlagged: 'A help page whose search box sends to an http:// search host beside a card form that posts over HTTPS, or a card form on http://127.0.0.1:4173.',
    },
  },
  check(site, ctx) {
    const findings: Finding[] = []
    const reported = new Set<string>()
    let sensitiveSeen = 0

    for (const seen of ranFlows(site).flatMap(seenSteps)) {
      const { snapshot } = seen
      const fields = snapshot.elements
        .filter((el) => el.visible)
        .flatMap((el): SensitiveField[] => {
          const kind = sensitiveKind(el)
          return kind ? [{ element: el, kind }] : []
        })
      if (fields.length === 0) continue
      sensitiveSeen += fields.length

      if (!isSecureDestination(snapshot.url)) {
        const key = `page|${pagePath(snapshot.url)}`
        if (!reported.has(key)) {
          reported.add(key)
          findings.push(pageFinding(ctx, seen, fields))
        }
        continue
      }
      for (const form of snapshot.forms) {
        if (isSecureDestination(form.action)) continue
        const inForm = fields.filter((f) => f.element.form === form.selector)
        if (inForm.length === 0) continue
        const key = `form|${pagePath(snapshot.url)}|${form.selector}|${form.action}`
        if (reported.has(key)) continue
        reported.add(key)
        const first = inForm[0]!.element
        findings.push(
          ctx.finding({
            flow: seen.flow.name,
            step: seen.step.index,
            message: `The form ${form.selector} on ${pathOf(snapshot.url)} (${seen.flow.name} flow, step ${seen.step.index}) asks for ${whatIsAsked(inForm)} (${fieldList(inForm)}) and sends it by ${form.method.toUpperCase()} to ${form.action}, over plain HTTP.`,
            evidence: evidenceAt(seen, first, labelOf(first), {
              formSelector: form.selector,
              formAction: form.action,
              formMethod: form.method,
              pageProtocol: snapshot.protocol,
              fields: inForm.map((f) => labelOf(f.element)).join('; '),
              kinds: KIND_ORDER.filter((k) => inForm.some((f) => f.kind === k)).join(', '),
            }),
          }),
        )
      }
    }

    if (sensitiveSeen === 0) return notApplicable('no page asked for card, password or personal data')
    return conclude({ findings, passReason: 'every field for card, password or personal data was on an HTTPS page (or this machine) and posted to one' })
  },
})

function pageFinding(ctx: RuleContext, seen: SeenStep, fields: SensitiveField[]): Finding {
  const first = fields[0]!.element
  return ctx.finding({
    flow: seen.flow.name,
    step: seen.step.index,
    message: `The page ${seen.snapshot.url} (${seen.flow.name} flow, step ${seen.step.index}) is served over plain HTTP and asks for ${whatIsAsked(fields)} (${fieldList(fields)}).`,
    evidence: evidenceAt(seen, first, labelOf(first), {
      pageProtocol: seen.snapshot.protocol,
      fields: fields.map((f) => labelOf(f.element)).join('; '),
      kinds: KIND_ORDER.filter((k) => fields.some((f) => f.kind === k)).join(', '),
    }),
  })
}
