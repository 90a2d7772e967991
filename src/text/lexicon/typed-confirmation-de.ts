import type { TypedConfirmationLexicon } from '../typed-confirmation.js'

/** German puts the separable prefix last ("Geben Sie KÜNDIGEN ein"): the verb opens the instruction. */
export const typedConfirmationDe: TypedConfirmationLexicon = {
  instructions: ['geben sie', 'gib', 'tippen sie', 'tippe', 'schreiben sie', 'schreibe', 'bitte geben sie', 'bitte tippen sie'],
}
