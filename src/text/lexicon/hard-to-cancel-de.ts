import type { HardToCancelLexicon } from '../hard-to-cancel.js'

// Die Adresse einer Kontakt- oder Hilfeseite: "example.de/kontakt", "www.example.de/hilfe".
const CONTACT_PAGE = '<site>/(kontakt|hilfe|kundenservice|support|contact|help)'

/** German. The withdrawal right ("Widerruf") is not cancelling: its statutory model text names
 * letter, fax and e-mail, and says nothing about how a contract ends. */
export const hardToCancelDe: HardToCancelLexicon = {
  cancel: ['*kündig*', '(stornier*|storno)', '(abo|mitgliedschaft|vertrag) beenden', 'abbestellen'],
  offlineRoutes: [
    // Ein Anruf.
    '(anrufen|rufen sie uns an|ruf uns an|rufen sie|telefonisch|per telefon|am telefon|hotline)',
    // Eine E-Mail.
    '(per|via) (e-mail|mail)', '(e-)?mail an',
    // Schriftlich: Brief, Post, Fax.
    '(schreiben sie uns|schreib uns|schriftlich|schriftform)', '(in|der) textform',
    '(per post|postalisch|per brief|brief|einschreiben)', '(per )?fax',
    // Ein Chat, der Kundenservice.
    '(per|im) chat', '(kundenservice|kundendienst|kundenbetreuung)',
    '(kontaktieren( sie)?|wenden sie sich an|wende dich an)', 'kontaktformular', '<phone>', '<email>', CONTACT_PAGE,
  ],
  onlineRoutes: [
    'online', '(im |in ihrem |in deinem )?kundenkonto', '(mein|im|in ihrem|in deinem) konto',
    '(kündigungsbutton|kündigungsschaltfläche)', '(verträge )?hier kündigen', '(in der|über die) app',
    'auf unserer website', 'einstellungen', 'selbst',
  ],
  clicks: ['(mit einem )?klick*', '(tippe|tippen|antippen|drücke|drücken)', '(schaltfläche|button)'],
  contactForms: ['kontaktformular', 'formular', 'anfrage'],
  restrictions: [
    // Wo man wohnt: "Einwohner von", "mit Wohnsitz in", "Kunden aus". Nicht "Kunden in": "Kunden in
    // ihrem Konto" sagt nichts über den Ort.
    '(einwohner*|wohnhaft*|wohnsitz*|ansässig*|(kunden|kundinnen|mitglieder) aus)',
    'nur für',
  ],
  oneOff: ['bestellung*', 'auftrag', 'aufträge', 'buchung*', 'reservierung*', 'artikel', 'lieferung*', 'termin*'],
  subscriptions: [
    'abo', '*abo', 'abos', 'abonnement*', 'mitgliedschaft*', 'vertrag', '*vertrag', 'vertrags*', 'verträge', 'tarif',
    'laufzeit', 'konto',
  ],
  contactInstructions: [
    'kontaktieren sie uns', 'kontaktiere uns', 'rufen sie uns an', 'ruf uns an', 'schreiben sie uns', 'schreib uns',
    'wenden sie sich an', 'wende dich an', 'melden sie sich bei', 'erreichen sie uns', '<phone>', '<email>',
    CONTACT_PAGE,
  ],
  questions: ['fragen', 'frage', 'rückfragen', 'bei problemen'],
  outbound: [
    'kündigungsbestätigung', 'bestätigung', 'bestätigen wir', 'wir senden ihnen', 'wir schicken ihnen', 'sie erhalten', 'du erhältst',
    'wir informieren sie',
  ],
  requirements: ['muss', 'müssen', 'nur', 'ausschließlich', 'bitte', 'bedarf', 'erforderlich', 'notwendig'],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  oneOffTemplates: ['{cancel} …3 {oneOff}', '{oneOff} …4 {cancel}'],
}
