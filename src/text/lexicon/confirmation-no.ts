import type { ConfirmationLexicon } from '../confirmation.js'

/** Norwegian (bokmål). */
export const confirmationNo: ConfirmationLexicon = {
  orderPlaced: [
    'takk for bestillingen', 'takk for kjøpet', 'bestillingen er bekreftet', 'bestillingen er mottatt',
    'betalingen er gjennomført', 'betalingen er mottatt', 'du er nå abonnent', 'du er nå medlem', '(bookingen|reservasjonen) er (bekreftet|mottatt)', 'takk for (bookingen|reservasjonen)',
  ],
  cancelled: ['oppsagt', 'sagt opp', 'avsluttet', 'kansellert', 'avbestilt', 'fornyes ikke'],
  unsubscribed: ['meldt deg av', 'meldt av', 'avmeldt', 'avmeldingen er bekreftet', 'vil ikke lenger motta'],
  references: ['ordrenummer', 'bestillingsnummer', 'referansenummer', 'bookingnummer', 'reservasjonsnummer'],
  endTimings: ['umiddelbart', 'med en gang', 'i dag', 'ved slutten av'],
  subjects: ['abonnement*', 'medlemskap*', 'avtale*', 'konto'],
  mailings: ['nyhetsbrev*', 'e-post*'],
  negations: ['ikke', 'aldri', 'mislyktes'],
  negatedTemplates: ['{negations} …2 {cancelled}', '{negations} …2 {unsubscribed}'],
}
