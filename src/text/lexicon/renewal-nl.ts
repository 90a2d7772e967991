import type { RenewalLexicon } from '../renewal-disclosure.js'

/** Dutch. "Stilzwijgend verlengd" is the legal term for a contract renewed without a word. */
export const renewalNl: RenewalLexicon = {
  renewals: [
    'wordt automatisch verlengd', 'automatisch verlengd', 'verlengt automatisch', 'automatische verlenging',
    'stilzwijgend verlengd', 'stilzwijgende verlenging', 'terugkerende betaling*', 'terugkerende kosten',
    'doorlopend abonnement', 'loopt automatisch door', 'gaat automatisch over in', 'tot wederopzegging',
    // A contract that runs on, said by its term or by how it ends.
    'wordt verlengd', 'opzegbaar', 'maandelijks opzegbaar', 'minimale looptijd', 'looptijd van',
  ],
  untilCancelled: [
    'tot je opzegt', 'tot u opzegt', 'tenzij je opzegt', 'tenzij u opzegt', 'totdat je opzegt', 'totdat u opzegt',
    'tot wederopzegging', 'tenzij opgezegd',
  ],
  charges: ['wordt afgeschreven', 'schrijven we', 'wordt in rekening gebracht', 'brengen we'],
  trialEnds: ['na de proefperiode', 'na afloop van de proefperiode', 'na # dagen', 'na de eerste maand'],
  prices: ['<amount>'],
  periods: [
    'per maand', 'maandelijks', 'elke maand', 'per jaar', 'jaarlijks', 'elk jaar', 'per week', 'wekelijks',
    'elke # weken', '/maand', '/jaar', 'per kwartaal',
  ],
  renewalTemplates: ['{charges} …10 {untilCancelled}', '{untilCancelled} …10 {charges}', '{trialEnds} …8 {charges}'],
}
