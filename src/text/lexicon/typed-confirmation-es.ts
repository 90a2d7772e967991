import type { TypedConfirmationLexicon } from '../typed-confirmation.js'

export const typedConfirmationEs: TypedConfirmationLexicon = {
  instructions: ['escribe', 'escriba', 'introduce', 'introduzca', 'teclea', 'teclee', 'ingresa', 'ingrese'],
}
