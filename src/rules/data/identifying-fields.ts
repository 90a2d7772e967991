/** Words naming a field that identifies the member or the contract a cancellation is about: what a
 * cancellation may ask for (German BGB § 312k(2) lists name, contract identification and a way to
 * reach the member), and not a survey question. One list, every supported language; entries match
 * whole words, a trailing `*` lets the word run on. */
export const IDENTIFYING_FIELD_WORDS: readonly string[] = [
  // en
  'email*', 'e-mail*', 'username', 'user name', 'full name', 'your name', 'name', 'customer number', 'customer id',
  'customer no', 'account number', 'account id', 'contract number', 'membership number', 'member number', 'member id',
  'subscription id', 'order number', 'reference number',
  // de
  'kundennummer', 'vertragsnummer', 'mitgliedsnummer', 'benutzername', 'vorname', 'nachname',
  // fr
  'courriel', 'adresse électronique', 'nom', 'prénom', 'numéro client', 'numéro de client', 'numéro de contrat',
  "nom d'utilisateur", "numéro d'abonné",
  // es
  'correo*', 'nombre', 'apellido*', 'número de cliente', 'número de contrato', 'usuario',
  // nl
  'naam', 'voornaam', 'achternaam', 'klantnummer', 'contractnummer', 'lidnummer', 'gebruikersnaam',
]
