import type { TrickQuestionLexicon } from '../trick-question.js'

/** German. The separable verb puts the negation between its parts ("kreuzen Sie nicht an"). */
export const trickQuestionDe: TrickQuestionLexicon = {
  boxActions: [
    'ankreuzen', 'kreuzen', 'kreuz', 'anklicken', 'häkchen', 'kästchen', 'checkbox', 'feld', 'markieren',
    'markiert', 'aktivieren', 'aktiviert', 'auswählen', 'angekreuzt', 'wählen',
  ],
  boxNegations: [
    'abwählen', 'häkchen entfernen', 'entfernen sie das häkchen', 'entferne das häkchen', 'leer lassen', 'leer',
    'deaktivieren', 'deaktiviert',
  ],
  negations: ['nicht', 'kein*', 'nie', 'niemals', 'weder'],
  consentTopics: [
    'erhalten', 'zusenden', 'zugeschickt', 'kontakt*', 'newsletter*', 'e-mail*', 'email*', 'werbung', 'angebote',
    'informationen', 'informiert', 'neuigkeiten', 'weitergabe', 'weitergegeben', 'daten', 'partner*', 'sms',
    'einwilligung', 'einverstanden',
  ],
  conditions: ['wenn sie', 'falls sie', 'sofern sie', 'wenn du', 'falls du', 'sofern du'],
  negatedActionTemplates: ['{negations} …2 {boxActions}', '{boxActions} …2 {negations}'],
  refusalTemplates: ['{conditions} …3 {negations}'],
  optOuts: ['abmelden', 'abmeldung', 'abbestellen', 'austragen'],
}
