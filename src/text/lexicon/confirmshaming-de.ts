import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** German. The verb often comes last ("ich möchte kein Geld sparen"), so a refusal reaches the benefit
 * across a few words; compounds ("Sonderrabatte", "Sparangebote") need the `*` entries. */
export const confirmshamingDe: ConfirmshamingLexicon = {
  openers: [
    '(nein|nö|ne|nee),? danke', '(nein|nö)', '(lieber|jetzt|heute) nicht', 'nicht (jetzt|heute)',
    'vielleicht (später|ein andermal|nächstes mal)', 'überspringen',
  ],
  refusals: [
    // Nicht wollen, nicht brauchen, nicht mögen.
    'ich (möchte|will|mag|brauche|benötige)( lieber)? (nicht|kein*)',
    // Jemand in der Obhut des Nutzers geht leer aus: das Haustier, die Familie.
    '(mein|meine|unser|unsere) (hund|katze|haustier|familie|kinder|kind|garten|haut) (braucht|brauchen|verdient|verdienen|will|wollen) (nicht|kein*)',
    'ich (hasse|verabscheue)',
    // Verzichten, verpassen, sich entgehen lassen.
    'ich verzichte( (lieber|gerne|gern))?( auf)?', 'ich verpasse( lieber)?', 'ich lasse mir', 'ich pfeife auf',
    'ich habe (kein interesse an|keinen bedarf an|keine lust( auf)?)',
    'ich spare (nicht|ungern)', 'wer braucht schon',
  ],
  benefits: [
    '(spar*|*sparen)', 'geld', '(rabatt*|*rabatt|*rabatte|ermäßigung*|preisnachlass)',
    '(angebot*|*angebot|*angebote|deal*|schnäppchen)', '(gratis|kostenlos*|umsonst|versandkostenfrei*|gratisversand)',
    '(geschenk*|*geschenk|gutschein*|prämie*|bonus*|vorteil*|*vorteile)', '(gewinn*|glück)',
    '(besser*|klüger|schlauer|günstig*|gesund*)', '(coole|schöne|tolle) (sachen|dinge)', 'schutz',
    '(informiert|auf dem laufenden)', '(#%( rabatt)?|<amount> rabatt)',
  ],
  choices: [
    'ich (zahle|bezahle|zahl|bleibe|nehme|kaufe|riskiere|lebe)', 'ich mach(e)? es',
    'ich (möchte|will) lieber',
  ],
  losses: [
    // Mehr zahlen als nötig: den vollen Preis, die Versandkosten.
    '((den )?(voll*|regulär*|normal*) preis*|vollpreis|mehr (be)?zahlen|lieber mehr|drauf|versandkosten)',
    'ohne (rabatt|ermäßigung|gutschein|schutz)',
    '(uninformiert|ahnungslos|im dunkeln)', 'auf die (harte|teure|schwere) tour',
    // Das Risiko selbst tragen; "das Risiko" allein steht auch in Antworten ("Nein, das Risiko trägt …").
    '(ungeschützt|es drauf ankommen( lassen)?|(trage|übernehme) (das (volle )?|jedes )?risiko|auf mein eigenes risiko)',
  ],
  notForMe: ['(nichts|nix) für mich', 'brauch(e)? ich nicht', '(ist|sind) überbewertet'],
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
