import { cancellationButtonDe } from './lexicon/cancellation-button-de.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The German words of the cancellation button of BGB § 312k: the button on the site, the button on
 * the confirmation page, and what the confirmation page may ask. The provision is German law, so the
 * lists are German only. */
export interface CancellationButtonLexicon {
  /** Labels of the cancellation button (§ 312k(2) sentence 1): "Verträge hier kündigen" and equally
   * unambiguous wordings. */
  buttonLabels: readonly string[]
  /** Labels of the confirmation button (§ 312k(2) sentence 2): "jetzt kündigen" and equally
   * unambiguous wordings. */
  confirmLabels: readonly string[]
  /** Labels of a control that saves the declaration (§ 312k(3)): download, print, save. */
  saveLabels: readonly string[]
  /** Field labels of what § 312k(2) lets the confirmation page ask: the kind of termination and the
   * reason for an extraordinary one, who the consumer is, which contract, when it should end, and
   * where to send the confirmation. */
  allowedFields: readonly string[]
  /** Field labels of credentials: asking for them makes the page a login. */
  credentialFields: readonly string[]
  /** Field labels of payment details, which ending a contract never needs. */
  paymentFields: readonly string[]
  /** Words of a question about why the consumer leaves: a survey, unless the reason is the one an
   * extraordinary termination needs. */
  reasonWords: readonly string[]
}

const lexicon = cancellationButtonDe

const first = (label: string | undefined, entries: readonly string[]): string | undefined =>
  label ? findEntries(normalizeText(label), entries)[0] : undefined

/** The cancellation-button wording in a control's label ("Verträge hier kündigen"), if any. */
export const cancellationButtonLabelIn = (label: string | undefined): string | undefined => first(label, lexicon.buttonLabels)

/** The confirmation-button wording in a control's label ("Jetzt kündigen"), if any. */
export const confirmationLabelIn = (label: string | undefined): string | undefined => first(label, lexicon.confirmLabels)

/** The save wording in a control's label ("Bestätigung speichern", "Als PDF herunterladen"), if any. */
export const saveLabelIn = (label: string | undefined): string | undefined => first(label, lexicon.saveLabels)

/** What a field on the confirmation page asks for, by its label: something § 312k(2) allows,
 * credentials, payment details, a reason for leaving, or something else. */
export type FieldPurpose = 'allowed' | 'credentials' | 'payment' | 'reason' | 'other'

export function fieldPurpose(label: string): FieldPurpose {
  if (first(label, lexicon.credentialFields)) return 'credentials'
  if (first(label, lexicon.paymentFields)) return 'payment'
  if (first(label, lexicon.allowedFields)) return 'allowed'
  if (first(label, lexicon.reasonWords)) return 'reason'
  return 'other'
}
