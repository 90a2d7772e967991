import type { Locator } from 'playwright'
import { isSecretField } from '../capture/secret-field-kinds.js'
import { secretForms } from '../scenario/secret-fields.js'

/** A flow script reads its secrets from `process.env` itself and types them with Playwright, so they
 * are not in the scenario: a value it types is a secret when it is the value of an environment
 * variable or goes into a field of a secret kind (password, card, one-time code…), as a `fill` step
 * into such a field would be. */
export async function scriptTypedSecrets(typed: { value: string; field: Locator }, timeoutMs: number): Promise<string[]> {
  const forms = secretForms(typed.value)
  if (forms.length === 0) return []
  const fromEnvironment = Object.values(process.env).includes(typed.value)
  return fromEnvironment || (await isSecretField(typed.field, timeoutMs)) ? forms : []
}
