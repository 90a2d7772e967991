import type { TypedConfirmationLexicon } from '../typed-confirmation.js'

export const typedConfirmationNl: TypedConfirmationLexicon = {
  instructions: ['typ', 'voer', 'vul', 'schrijf', 'typ het woord', 'voer het woord'],
}
