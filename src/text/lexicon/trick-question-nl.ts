import type { TrickQuestionLexicon } from '../trick-question.js'

/** Dutch. */
export const trickQuestionNl: TrickQuestionLexicon = {
  boxActions: ['aanvinken', 'vink', 'vinkje', 'vakje', 'selecteer', 'selecteren', 'aangevinkt', 'kruis', 'aankruisen'],
  boxNegations: ['uitvinken', 'vink uit', 'deselecteer*', 'leeg laten', 'laat leeg', 'verwijder het vinkje'],
  negations: ['niet', 'geen', 'nooit'],
  consentTopics: [
    'ontvangen', 'contact*', 'nieuwsbrie*', 'e-mail*', 'email*', 'aanbiedingen', 'acties', 'informatie',
    'op de hoogte', 'gedeeld', 'delen', 'derden', 'partners', 'sms', 'berichten',
  ],
  conditions: ['als u', 'als je', 'indien u', 'indien je', 'wanneer u', 'wanneer je'],
  negatedActionTemplates: ['{negations} …2 {boxActions}', '{boxActions} …2 {negations}'],
  refusalTemplates: ['{conditions} …3 {negations}'],
  optOuts: ['afmelden', 'afmelding', 'uitschrijven', 'uitschrijving', 'opzeggen'],
}
