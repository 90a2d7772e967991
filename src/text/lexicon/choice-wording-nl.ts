import type { ChoiceWordingLexicon } from '../choice-wording.js'

/** Dutch. "Annuleren" alone closes a form; a subscription is ended with "opzeggen" or "beëindigen". */
export const choiceWordingNl: ChoiceWordingLexicon = {
  leave: [
    'opzeggen', '*opzegging', 'abonnement opzeggen', 'lidmaatschap opzeggen', 'beëindigen', 'uitschrijven',
    'abonnement annuleren', 'lidmaatschap annuleren', 'toch opzeggen', 'doorgaan met opzeggen',
  ],
  keep: [
    'behouden', 'houden', 'blijven', 'ik blijf', 'accepteren', 'alles accepteren', 'aanbod aannemen', 'aannemen',
    'overstappen naar', 'toevoegen', 'ja', 'pauzeren', 'verlengen',
  ],
  decline: ['nee bedankt', 'nee, bedankt', 'niet nu', 'weigeren', 'alles weigeren', 'overslaan', 'doorgaan zonder', 'zonder', 'nee'],
  consentTopics: ['cookie*', 'toestemming', 'privacy', 'tracking'],
  dismissal: ['annuleren', 'sluiten', 'terug', 'verwerpen'],
}
