import type { TypedConfirmationLexicon } from '../typed-confirmation.js'

export const typedConfirmationEn: TypedConfirmationLexicon = {
  instructions: ['type', 'please type', 'enter', 'please enter', 'write', 'type in', 'type the word', 'enter the word'],
}
