import type { SnapshotElement } from '../../capture/page-snapshot.js'
import { mentionOf } from '../../text/match-topic.js'

/** What a field asks for that must not travel unencrypted. */
export type SensitiveKind = 'card' | 'password' | 'personal'

export const SENSITIVE_NOUN: Record<SensitiveKind, string> = { card: 'card details', password: 'a password', personal: 'personal data' }

const FIELD_TAGS = new Set(['input', 'textarea', 'select'])
const NOT_TYPED = new Set(['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'range', 'color', 'file', 'search'])
// The autocomplete tokens (HTML Living Standard, "autofill field names") that name personal data.
const PERSONAL_AUTOFILL = /(^|\s)(name|given-name|family-name|email|tel(-national)?|bday(-day|-month|-year)?|street-address|address-line[1-3]|postal-code|sex)(\s|$)/
// Of the payment-detail words, those that are the card or account itself rather than an address.
const CARD_WORDS = /card|cvc|cvv|security code|expir|exp\b|iban|bic|account number|routing|sort code|karte|prüfnummer|sicherheitscode|ablauf|gültig|konto/i

/** The kind of sensitive data a field takes, from its type, its autocomplete tokens and its label;
 * undefined for a field that takes nothing sensitive (a search box, a coupon code). */
export function sensitiveKind(el: SnapshotElement): SensitiveKind | undefined {
  if (!FIELD_TAGS.has(el.tag) || NOT_TYPED.has(el.type ?? '')) return undefined
  const autocomplete = el.autocomplete ?? ''
  if (el.type === 'password' || /(^|\s)(current|new)-password(\s|$)/.test(autocomplete)) return 'password'
  if (/(^|\s)cc-/.test(autocomplete)) return 'card'
  if (PERSONAL_AUTOFILL.test(autocomplete) || el.type === 'email' || el.type === 'tel') return 'personal'
  const label = el.labelText || el.name
  if (mentionOf(label, 'password')) return 'password'
  const payment = mentionOf(label, 'paymentDetails')
  if (payment) return CARD_WORDS.test(payment) ? 'card' : 'personal'
  return undefined
}

/** Whether data sent to `url` travels encrypted: over https (or wss), or to this machine, which
 * browsers treat as a secure context (127.0.0.0/8, ::1, localhost and *.localhost). */
export function isSecureDestination(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'wss:') return true
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'ws:') return true
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}
