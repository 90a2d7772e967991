import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** Dutch. Like German, compounds carry the benefit ("kortingscode", "ledenvoordeel"). */
export const confirmshamingNl: ConfirmshamingLexicon = {
  openers: ['nee bedankt', 'nee, bedankt', 'nee dank je', 'nee dank u', 'nee', 'liever niet', 'nu niet', 'overslaan'],
  refusals: [
    'ik wil geen', 'ik wil niet', 'ik hou niet van', 'ik houd niet van', 'ik heb geen interesse in',
    'ik heb geen zin in', 'ik heb een hekel aan', 'ik haat', 'ik hoef geen', 'ik hoef niet', 'ik mis liever',
    'ik sla', 'ik laat', 'ik zie af van', 'ik heb geen behoefte aan', 'wie heeft',
  ],
  benefits: [
    'bespar*', 'besparing*', 'korting*', '*korting', 'aanbieding*', 'deal*', 'gratis', 'cadeau*', 'geld',
    'voordeel*', '*voordeel', 'winnen', 'prijzen', 'geluk', 'beter*', 'slimmer', 'goedkoper', 'acties',
    'bescherming', 'beschermen', 'op de hoogte', '#%', '#% korting',
  ],
  choices: ['ik betaal', 'ik blijf', 'ik ga', 'ik neem', 'ik kies', 'ik wil liever', 'ik doe het'],
  losses: [
    'volle prijs', 'de volle prijs', 'normale prijs', 'hoofdprijs', 'meer betalen', 'liever meer', 'te veel', 'verzendkosten',
    'zonder korting', 'zonder bescherming', 'onwetend', 'in het ongewisse', 'op de moeilijke manier',
  ],
  notForMe: ['niets voor mij', 'niks voor mij', 'niet voor mij'],
  ordinary: [
    'ontvangen', 'e-mail*', 'email*', 'mail*', 'nieuwsbrie*', 'sms', 'meldingen', 'berichten', 'benaderd',
    'gecontacteerd', 'aanmelden', 'inschrijven', 'cookies', 'kaart', 'wachtwoord', 'adres', 'gegevens', 'opslaan',
    'instellingen', 'winkelwagen',
  ],
  inverters: ['missen', 'mislopen', 'verliezen', 'betalen', 'uitgeven', 'verspillen'],
  negations: ['niet', 'geen', 'nooit'],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
