import type { TypedConfirmationLexicon } from '../typed-confirmation.js'

export const typedConfirmationFr: TypedConfirmationLexicon = {
  instructions: ['tapez', 'saisissez', 'écrivez', 'entrez', 'veuillez saisir', 'veuillez taper', 'saisir', 'taper'],
}
