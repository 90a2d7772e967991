import type { FormFieldsLexicon } from '../form-fields.js'

export const formFieldsEn: FormFieldsLexicon = {
  identification: [
    '(full |first |last |sur|your )?name', 'e-mail*', 'email address', 'user( |-)?name', '(customer|account|contract|member|membership|subscription|order|reference|policy)( number| no| id|ship number)',
    '(postal |street |billing |home )?address', 'post( |-)?code', 'zip( code)?', 'city',
  ],
  birthDate: ['(date of birth|birth ?date|birthday|dob)'],
  phone: ['(tele)?phone*', '(mobile|cell)( phone)?( number)?', 'tel'],
  hardToHave: [
    '(serial|model|product|part|article|device)( number| no| code| #)', 'serial', 'imei',
    '(purchase date|date of purchase|bought on|purchased on)', '(invoice|receipt)( number| no)?', 'proof of purchase',
    '(photo|picture|image|screenshot)s?', 'attach*', 'upload*', 'file', 'document*',
  ],
  unrelated: ['gender', 'sex', 'salary', 'income', 'occupation', 'job title', 'how did you (hear|find|learn) (about|of) us', 'marital status'],
  credentials: ['password*', 'passcode', 'pin( code)?', 'confirm( your)? password'],
  payment: ['(credit |debit )?card( number)?', 'cvc', 'cvv', 'security code', 'expiry( date)?', 'iban', 'bank account', 'sort code', 'routing number'],
  message: ['message', 'subject', '(your )?question', 'description', 'describe*', 'how can we help( you)?', 'comment*', 'enquiry', 'inquiry', 'request', 'details'],
  requiredMarks: ['(required|mandatory|must be filled)'],
  optionalMarks: ['optional', 'if (available|applicable)', 'not required'],
}
