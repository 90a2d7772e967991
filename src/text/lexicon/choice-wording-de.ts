import type { ChoiceWordingLexicon } from '../choice-wording.js'

/** German. "Abbrechen" stops an action (closing a form); ending a contract is "kündigen" or "beenden". */
export const choiceWordingDe: ChoiceWordingLexicon = {
  leave: [
    '*kündig*', 'abo beenden', 'mitgliedschaft beenden', 'vertrag beenden', 'beenden', 'abbestellen', 'abmelden',
    'stornieren', 'stornierung', 'weiter zur kündigung', 'trotzdem kündigen',
  ],
  keep: [
    'behalten', 'bleiben', 'ich bleibe', 'annehmen', 'angebot annehmen', 'akzeptieren', 'alle akzeptieren',
    'einlösen', 'sichern', 'jetzt sichern', 'wechseln', 'wechseln zu', 'upgrade*', 'hinzufügen', 'pausieren', 'ja',
    'verlängern', 'weiter abonnieren',
  ],
  decline: [
    'nein danke', 'nein, danke', 'nicht jetzt', 'ablehnen', 'alle ablehnen', 'überspringen', 'weiter ohne', 'ohne',
    'entfernen', 'nicht', 'nein',
  ],
  consentTopics: ['cookie*', 'einwilligung', 'datenschutz*', 'tracking', 'zustimmung'],
  dismissal: ['abbrechen', 'schließen', 'zurück', 'verwerfen', 'änderungen verwerfen'],
}
