import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** Dutch. Like German, compounds carry the benefit ("kortingscode", "ledenvoordeel"). */
export const confirmshamingNl: ConfirmshamingLexicon = {
  openers: ['nee,? (bedankt|dank je|dank u)', 'nee', '(liever|nu) niet', 'overslaan'],
  refusals: [
    // Niet willen, niet hoeven, niet houden van.
    'ik (wil|hoef) (geen|niet)', 'ik (hou|houd) niet van', 'ik heb geen (interesse in|zin in|behoefte aan)',
    // Iemand in de zorg van de gebruiker moet het missen: het huisdier, het gezin.
    '(mijn|ons|onze) (hond|kat|huisdier|gezin|kind|kinderen|tuin) (wil|willen|hoeft|hoeven|verdient|verdienen) (geen|niet)',
    '(ik heb een hekel aan|ik haat)',
    // Afzien, overslaan, laten lopen.
    '(ik mis liever|ik sla|ik laat|ik zie af van)', 'wie heeft',
  ],
  benefits: [
    '(bespar*|besparing*|geld)', '(korting*|*korting|aanbieding*|deal*|acties)', '(gratis|cadeau*)',
    '(voordeel*|*voordeel|goedkoper)', '(winnen|prijzen|geluk)', '(beter*|slimmer)', '(bescherming|beschermen)',
    'op de hoogte', '#%( korting)?',
  ],
  choices: ['ik (betaal|blijf|ga|neem|kies|doe het)', 'ik wil liever'],
  losses: [
    // Meer betalen dan het aanbod vraagt: de volle prijs, de verzendkosten.
    '(de )?(volle|normale) prijs', 'hoofdprijs', '(meer|te veel) betalen', 'liever meer', 'te veel', 'verzendkosten',
    'zonder (korting|bescherming)', '(onwetend|in het ongewisse)', 'op de moeilijke manier',
    // Zelf het risico dragen.
    '((neem|loop) het risico|het risico (nemen|lopen)|op mijn eigen risico)',
  ],
  notForMe: ['(niets|niks|niet) voor mij'],
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
