import type { FormFieldsLexicon } from '../form-fields.js'

export const formFieldsFr: FormFieldsLexicon = {
  identification: [
    'nom', 'prénom', 'nom de famille', 'courriel', 'e-mail', 'adresse (e-mail|électronique|mail)', "nom d'utilisateur", 'identifiant',
    'numéro (de |d\')?(client|contrat|abonné|commande|adhérent)', 'adresse( postale)?', 'code postal', 'ville',
  ],
  birthDate: ['date de naissance', 'né(e)? le'],
  phone: ['téléphone', 'numéro de (téléphone|portable|mobile)', 'portable', 'mobile', 'tél'],
  hardToHave: [
    'numéro de (série|modèle|produit|facture|ticket)', 'référence (du produit|produit|de l\'appareil)', 'imei', 'date d\'achat', 'preuve d\'achat',
    'facture', 'ticket de caisse', 'justificatif*', 'photo*', 'image*', 'capture d\'écran', 'pièce(s)? jointe(s)?', 'fichier*', 'joindre', 'téléverser', 'document*',
  ],
  unrelated: ['sexe', 'genre', 'revenu*', 'salaire', 'profession', 'situation familiale', 'comment avez-vous connu'],
  credentials: ['mot de passe', 'code pin', 'pin'],
  payment: ['iban', 'bic', 'carte (bancaire|de crédit)', 'numéro de carte', 'cryptogramme', 'rib'],
  message: ['message', 'objet', 'sujet', 'votre (question|demande)', 'description', 'commentaire*', 'comment pouvons-nous vous aider'],
  requiredMarks: ['obligatoire*', 'requis'],
  optionalMarks: ['facultatif', 'optionnel', 'si disponible'],
}
