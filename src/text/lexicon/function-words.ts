import type { Language } from '../detect-language.js'

/** The short, frequent words that give a language away even in a button label. French elisions are
 * read by their first part ("l'offre" counts "l"), so "l" and "qu" are listed. Words shared between
 * languages ("de", "la", "no") are allowed: they count for each language that lists them, split
 * between them. Politeness words are here too, because "No thanks" is often the whole text. */
export const FUNCTION_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'the', 'and', 'to', 'of', 'a', 'an', 'in', 'is', 'are', 'you', 'your', "you're", 'for', 'on', 'with', 'this',
    'that', 'it', 'i', "i'm", "i'd", "i'll", 'my', 'me', 'we', 'our', 'us', 'be', 'will', 'not', 'no', "don't",
    "doesn't", 'do', 'would', 'if', 'or', 'at', 'by', 'please', 'thanks', 'thank', 'only', 'just', 'can', 'may',
    'any', 'all', 'have', 'want', 'like', 'rather', 'prefer', 'until', 'ends', 'now', 'today',
  ],
  de: [
    'der', 'die', 'das', 'und', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'ist', 'sie', 'ich', 'nicht',
    'mit', 'von', 'für', 'auf', 'wir', 'uns', 'ihr', 'ihre', 'ihren', 'bitte', 'danke', 'nein', 'kein',
    'keine', 'wenn', 'oder', 'nur', 'noch', 'bei', 'per', 'im', 'aus', 'möchte', 'möchten', 'werden', 'wird',
    'sich', 'auch', 'zum', 'zur', 'heute', 'an', 'in', 'lieber', 'mich', 'mir', 'endet',
  ],
  fr: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'est', 'vous', 'votre', 'vos', 'je', "j'ai", 'ne',
    'pas', 'pour', 'sur', 'avec', 'nous', 'merci', 'non', 'si', 'ou', 'en', 'au', 'aux', 'qui', 'que', 'ce', 'se', 'l', 'qu',
    'cette', 'mon', 'ma', 'mes', 'seulement', "aujourd'hui", 'plus', 'dans', "n'ai", 'préfère', 'veux',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'y', 'un', 'una', 'es', 'que', 'en', 'por', 'para', 'con', 'no',
    'gracias', 'tu', 'su', 'mi', 'yo', 'si', 'o', 'al', 'lo', 'le', 'se', 'sin', 'solo', 'sólo', 'hoy', 'más',
    'nos', 'usted', 'quiero', 'prefiero', 'me',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'is', 'je', 'jij', 'u', 'uw', 'ik', 'niet', 'geen', 'met', 'voor', 'op',
    'te', 'dat', 'die', 'wij', 'we', 'ons', 'nee', 'bedankt', 'dank', 'als', 'of', 'alleen', 'vandaag', 'nog',
    'bij', 'aan', 'wil', 'mijn', 'ook', 'liever', 'om', 'in', 'tot', 'wordt', 'worden', 'zijn', 'naar', 'maar', 'er',
  ],
}

/** Letters that only some of the languages use; each one seen counts like a function word. */
export const TELLING_LETTERS: Readonly<Record<Language, string>> = {
  en: '',
  de: 'äöüß',
  fr: 'èêëçœàâîôûù',
  es: 'ñ¿¡áíóú',
  nl: 'ĳ',
}
