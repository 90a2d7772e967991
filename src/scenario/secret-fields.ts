import type { Step, Target } from './schema.js'

/** What a field holding a secret is called in a scenario: passwords, card numbers, security codes,
 * IBANs, PINs, one-time codes (the words the in-page snapshot masks values by, plus autocomplete's). */
const SECRET_FIELD = /passw|passcode|card|cc-?(num|csc|exp)|cvc|cvv|\bcsc\b|security.?code|\biban\b|\bpin\b|one.?time.?code|\botp\b|verification.?code/i

/** How the value of a secret field is shown in a step's description. */
export const SECRET_VALUE_MASK = '•••'

/** Shorter values cannot be redacted by search and replace: three or four digits also turn up in
 * timestamps, ports and sizes, which would be mangled. Their fields are masked by kind instead. */
export const MIN_REDACTED_LENGTH = 6

/** Whether the target names a field that holds a secret, by the text the scenario gives it. */
export function looksSecret(target: Target): boolean {
  const text =
    'role' in target ? (target.name ?? '') : 'label' in target ? target.label : 'text' in target ? target.text
    : 'placeholder' in target ? target.placeholder : 'testId' in target ? target.testId : target.css
  return SECRET_FIELD.test(text)
}

/** A secret-field fill as written, its value replaced by the mask unless it is all `${env.NAME}`
 * placeholders (which already say nothing). Other steps come back unchanged. */
export function withSecretValueMasked(step: Step): Step {
  if (!('fill' in step) || !looksSecret(step.fill.target)) return step
  if (/^(\$\{env\.[A-Za-z_][A-Za-z0-9_]*\})+$/.test(step.fill.value)) return step
  return { fill: { ...step.fill, value: SECRET_VALUE_MASK } }
}

/** The values the scenario types into secret fields, as the page may show them: a card number also
 * without its spaces or dashes. Values too short to redact safely are left to masking by field. */
export function typedSecrets(steps: readonly Step[]): string[] {
  const found = new Set<string>()
  for (const step of steps) if ('fill' in step && looksSecret(step.fill.target)) for (const form of secretForms(step.fill.value)) found.add(form)
  return [...found]
}

/** A secret value as it is typed and, for a card number, without its spaces or dashes; nothing for a
 * value too short to redact safely. */
export function secretForms(value: string): string[] {
  const forms: string[] = []
  if (value.length >= MIN_REDACTED_LENGTH) forms.push(value)
  const compact = value.replace(/[\s-]+/g, '')
  if (compact !== value && /^\d+$/.test(compact) && compact.length >= MIN_REDACTED_LENGTH) forms.push(compact)
  return forms
}
