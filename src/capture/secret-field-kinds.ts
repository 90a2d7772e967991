import type { Locator } from 'playwright'

/** Fields that hold secrets by their kind, whatever their value: passwords, card data, one-time
 * codes, and fields named like them (the names the in-page snapshot masks values by). A value too
 * short to redact by search and replace, such as a three-digit CVC, is hidden this way. */
export const SECRET_FIELD_SELECTOR = [
  'input[type="password" i]',
  'input[autocomplete^="cc-" i]',
  'input[autocomplete~="current-password" i]',
  'input[autocomplete~="new-password" i]',
  'input[autocomplete~="one-time-code" i]',
].join(', ')
export const SECRET_FIELD_NAME = /card|cc-?num|cvc|cvv|csc|iban|security.?code|passwor|pin\b/i

/** Whether the field a locator points at holds a secret by its kind. False when it cannot be read. */
export function isSecretField(field: Locator, timeoutMs: number): Promise<boolean> {
  return field
    .first()
    .evaluate(
      (el, { selector, name }) =>
        el.matches(selector) || new RegExp(name, 'i').test(`${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''}`),
      { selector: SECRET_FIELD_SELECTOR, name: SECRET_FIELD_NAME.source },
      { timeout: timeoutMs },
    )
    .catch(() => false)
}
