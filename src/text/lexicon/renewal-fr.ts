import type { RenewalLexicon } from '../renewal-disclosure.js'

/** French. "Tacite reconduction" is the legal term for a contract renewed without a word. */
export const renewalFr: RenewalLexicon = {
  renewals: [
    'renouvelé automatiquement', 'renouvelée automatiquement', 'se renouvelle automatiquement',
    'renouvellement automatique', 'reconduit tacitement', 'reconduite tacitement', 'tacite reconduction',
    'reconduction tacite', 'reconduit automatiquement', 'reconduction automatique', 'prélèvement récurrent',
    'prélèvements récurrents', 'paiement récurrent', 'paiements récurrents', 'facturation récurrente',
    "jusqu'à résiliation",
    // A contract that runs on, said by its term or by how it ends rather than by "renouvellement".
    'renouvelé', 'renouvelée', 'renouvelable', 'se renouvelle', 'reconduit', 'reconduite', 'sans engagement',
    'résiliable*', "d'une durée de", 'durée minimale', "durée d'engagement", 'engagement de # mois',
    'engagement de # ans',
  ],
  untilCancelled: [
    "jusqu'à résiliation", "jusqu'à ce que vous résiliiez", "jusqu'à annulation", 'sauf résiliation',
    'sauf si vous résiliez', 'à moins que vous ne résiliiez', 'sauf annulation',
  ],
  charges: [
    'sera prélevé', 'seront prélevés', 'vous sera facturé', 'sera facturé', 'serez prélevé', 'serez facturé',
    'sera débité',
  ],
  trialEnds: [
    "après la période d'essai", "à la fin de la période d'essai", "à l'issue de la période d'essai",
    "après l'essai gratuit", 'après # jours', 'après le premier mois',
  ],
  prices: ['<amount>'],
  periods: [
    'par mois', 'mensuel*', 'chaque mois', 'tous les mois', 'par an', 'annuel*', 'chaque année', 'par semaine',
    'hebdomadaire', 'toutes les # semaines', '/mois', '/an',
  ],
  renewalTemplates: ['{charges} …10 {untilCancelled}', '{untilCancelled} …10 {charges}', '{trialEnds} …8 {charges}'],
}
