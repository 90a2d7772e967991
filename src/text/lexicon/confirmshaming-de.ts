import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** German. The verb often comes last ("ich möchte kein Geld sparen"), so a refusal reaches the benefit
 * across a few words; compounds ("Sonderrabatte", "Sparangebote") need the `*` entries. */
export const confirmshamingDe: ConfirmshamingLexicon = {
  openers: [
    'nein danke', 'nein, danke', 'nein', 'nö', 'ne danke', 'lieber nicht', 'nicht jetzt', 'jetzt nicht',
    'vielleicht später', 'überspringen',
  ],
  refusals: [
    'ich möchte nicht', 'ich möchte kein*', 'ich möchte lieber nicht', 'ich möchte lieber kein*',
    'ich will nicht', 'ich will kein*', 'ich mag nicht', 'ich mag kein*', 'ich brauche nicht',
    'ich brauche kein*', 'ich hasse', 'ich verzichte auf', 'ich verzichte lieber auf', 'ich verzichte gerne auf',
    'ich verzichte gern auf', 'ich verzichte', 'ich habe kein interesse an', 'ich habe keine lust auf',
    'ich habe keine lust', 'ich pfeife auf', 'ich verpasse', 'ich verpasse lieber', 'ich lasse mir',
    'ich spare nicht', 'ich spare ungern', 'wer braucht schon',
  ],
  benefits: [
    'spar*', '*sparen', 'geld', 'rabatt*', '*rabatt', '*rabatte', 'angebot*', '*angebot', '*angebote', 'deal*',
    'schnäppchen', 'gratis', 'kostenlos*', 'umsonst', 'geschenk*', '*geschenk', 'gutschein*', 'prämie*',
    'bonus*', 'vorteil*', '*vorteile', 'gewinn*', 'glück', 'besser*', 'klüger', 'schlauer', 'günstig*',
    'ermäßigung*', 'preisnachlass', 'versandkostenfrei*', 'gratisversand', 'coole sachen', 'schöne dinge',
    'schutz', 'informiert', 'auf dem laufenden', '#%', '#% rabatt', '<amount> rabatt',
  ],
  choices: [
    'ich zahle', 'ich bezahle', 'ich zahl', 'ich bleibe', 'ich nehme', 'ich mache es', 'ich mach es',
    'ich kaufe', 'ich riskiere', 'ich lebe', 'ich möchte lieber', 'ich will lieber',
  ],
  losses: [
    'voll* preis*', 'den vollen preis', 'vollpreis', 'regulär* preis*', 'normal* preis*', 'mehr bezahlen',
    'mehr zahlen', 'lieber mehr', 'drauf',
    'versandkosten', 'uninformiert', 'ahnungslos', 'auf die harte tour', 'auf die teure tour', 'ohne rabatt',
    'ohne ermäßigung', 'ohne gutschein', 'ohne schutz', 'ungeschützt', 'es drauf ankommen', 'im dunkeln',
  ],
  notForMe: [
    'nichts für mich', 'nix für mich', 'brauche ich nicht', 'brauch ich nicht', 'sind überbewertet',
    'ist überbewertet',
  ],
  ordinary: [
    'erhalten', 'bekommen', 'zugeschickt', 'zusenden', 'zuschicken', 'newsletter*', 'e-mail*', 'email*', 'mail*',
    'sms', 'benachrichtigung*', 'nachrichten', 'kontaktiert', 'werbung', 'abonnieren', 'anmelden', 'cookies',
    'karte', 'kartendaten', 'zahlungsdaten', 'passwort', 'adresse', 'meine daten', 'daten', 'speichern',
    'einstellungen', 'warenkorb', 'merkliste',
  ],
  inverters: ['verpassen', 'verlieren', 'verschenken', 'zahlen', 'bezahlen', 'ausgeben', 'verzichten'],
  negations: ['nicht', 'kein*', 'nie', 'niemals'],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
