import type { FormFieldsLexicon } from '../form-fields.js'

export const formFieldsNl: FormFieldsLexicon = {
  identification: [
    '(voor|achter)?naam', 'e-mail*', 'e-mailadres', 'gebruikersnaam', '(klant|contract|lid|abonnee|bestel|order)( |-)?(nummer|nr)',
    'adres', 'straat', 'postcode', 'woonplaats', 'plaats',
  ],
  birthDate: ['geboortedatum'],
  phone: ['telefoon*', 'mobiel( nummer)?', 'gsm( nummer)?', 'tel'],
  hardToHave: [
    '(serie|model|product|artikel|factuur)( |-)?(nummer|nr)', 'imei', 'aankoopdatum', 'datum van aankoop', 'aankoopbewijs', 'kassabon', 'bon',
    'factuur', 'foto*', 'afbeelding*', 'schermafbeelding', 'bijlage*', 'bestand*', 'uploaden', 'document*',
  ],
  unrelated: ['geslacht', 'inkomen', 'salaris', 'beroep', 'burgerlijke staat', 'hoe (heeft u|heb je) ons gevonden'],
  credentials: ['wachtwoord*', 'pincode', 'pin'],
  payment: ['iban', 'bic', 'bankrekening*', 'creditcard*', 'kaartnummer', 'rekeningnummer'],
  message: ['bericht', 'onderwerp', '(uw|je) vraag', 'vraag', 'omschrijving', 'beschrijving', 'opmerking*', 'hoe kunnen we (u|je) helpen'],
  requiredMarks: ['verplicht*', 'vereist'],
  optionalMarks: ['optioneel', 'niet verplicht', 'indien (beschikbaar|van toepassing)'],
}
